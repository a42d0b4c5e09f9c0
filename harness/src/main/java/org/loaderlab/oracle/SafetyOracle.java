package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.Observation;

/**
 * Safety: code must never run in a lib that is not mapped, and the pairing the engine asserts
 * must hold in its trace.
 *
 * <ul>
 *   <li>Each {@code code-ran-unmapped} observation is a violation whose kind says what code it
 *       was: an optional API, a threadstorage destructor, a channel technology's callback, a
 *       registered application/function/CLI command/manager action/AGI command, an
 *       {@code unload_module}, or other module code. Its chain: the last hold dropped on the lib,
 *       the engine's LibClosed, the world's unmapping, the crash (and the thread or channel).
 *   <li>{@code lib-closed-while-held}: a LibClosed while the reference events still show a holder
 *       of the lib, or after {@code block_unload}.
 *   <li>{@code lib-closed-twice}: the world saw a lib unmapped a second time.
 *   <li>{@code holder-count-negative}: a ReferenceDropped by a holder the events never show holding.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SafetyOracle implements LedgerWalk.Walking {

  @Override
  public List<Violation> check(Trace trace) {
    return LedgerWalk.judge(this, trace);
  }

  @Override
  public LedgerWalk.Part part(Trace trace, List<OperationWindows.Window> windows) {
    List<Violation> found = new ArrayList<>();
    return new LedgerWalk.Part() {
      @Override
      public void at(int appliedCount, Ledger ledger) {
        if (appliedCount < trace.entries().size()) {
          judge(trace.entries().get(appliedCount), ledger, found);
        }
      }

      @Override
      public List<Violation> found() {
        found.sort(Violation.ORDER);
        return List.copyOf(found);
      }
    };
  }

  /** Judges {@code entry} against the state before it. */
  private static void judge(Trace.Entry entry, Ledger ledger, List<Violation> found) {
    if (entry instanceof Trace.ObservedEntry observed) {
      if (observed.observation() instanceof Observation.CodeRanUnmapped crash) {
        found.add(crash(entry, crash, ledger));
      } else if (observed.observation() instanceof Observation.UnmapRepeated repeated) {
        found.add(new Violation.Safety(Violation.Safety.Kind.LIB_CLOSED_TWICE, entry.stepIndex(),
            List.of(repeated.lib().module()), "lib " + repeated.lib() + " was closed again after it was unmapped",
            new Chain().entry(ledger.unmappedAt(repeated.lib()).orElse(null)).entry(entry).lines()));
      }
    } else {
      LifecycleEvent event = ((Trace.EventEntry) entry).event();
      if (event instanceof LifecycleEvent.LibClosed) {
        closedWhileHeld(entry, event.module(), ledger).ifPresent(found::add);
      } else if (event instanceof LifecycleEvent.ReferenceDropped dropped) {
        Ledger.ModuleState module = ledger.module(dropped.module());
        if (!module.holders(dropped.target()).containsKey(dropped.holder())) {
          Trace.Entry before = dropped.target() == RefTarget.LIB
              ? module.lastLibDrop : module.lastInstanceDrop;
          found.add(new Violation.Safety(Violation.Safety.Kind.HOLDER_COUNT_NEGATIVE, entry.stepIndex(),
              List.of(dropped.module()), dropped.holder() + " let go of the " + EntryText.target(dropped.target())
                  + " of " + dropped.module() + ", which it did not hold",
              new Chain().entry(before).entry(entry).lines()));
        }
      }
    }
  }

  private static Violation crash(Trace.Entry entry, Observation.CodeRanUnmapped crash, Ledger ledger) {
    ModuleName module = crash.lib().module();
    Chain chain = new Chain();
    ledger.find(module).ifPresent(state -> chain.entry(state.lastLibDrop).entry(state.libOpen ? null : state.libEntry));
    chain.entry(ledger.unmappedAt(crash.lib()).orElse(null));
    if (crash.kind() == CodeKind.THREADSTORAGE_DESTRUCTOR) {
      for (Ledger.ThreadRecord thread : ledger.threads()) {
        if (thread.lib.equals(crash.lib()) && thread.exited != null && thread.destroyed == null
            && thread.storageKey.filter(crash.name()::equals).isPresent()) {
          chain.entry(thread.started).entry(thread.exited);
        }
      }
    } else if (crash.kind() == CodeKind.CHANNEL_TECH) {
      ledger.channels().values().stream()
          .filter(started -> ((Observation.ChannelStarted) ((Trace.ObservedEntry) started).observation())
              .techModule().equals(module))
          .forEach(chain::entry);
    }
    chain.entry(entry);
    String where = ledger.unmappedAt(crash.lib()).isPresent() ? "after its lib was unmapped" : "in a lib never mapped";
    String what = crash.kind() == CodeKind.OPTIONAL_API
        ? "optional api '" + crash.name() + "' of " + crash.lib() + " was called " + where
            + ": an optional-API call holds no reference on its provider"
        : crash.kind().label().replace('_', ' ') + " '" + crash.name() + "' of " + crash.lib() + " ran " + where;
    return new Violation.Safety(kindOf(crash.kind()), entry.stepIndex(), List.of(module), what, chain.lines());
  }

  private static Violation.Safety.Kind kindOf(CodeKind kind) {
    switch (kind) {
      case OPTIONAL_API:
        return Violation.Safety.Kind.OPTIONAL_API_UNMAPPED;
      case THREADSTORAGE_DESTRUCTOR:
        return Violation.Safety.Kind.THREADSTORAGE_DESTRUCTOR_UNMAPPED;
      case CHANNEL_TECH:
        return Violation.Safety.Kind.CHANNEL_TECH_UNMAPPED;
      case APPLICATION:
      case FUNCTION:
      case CLI_COMMAND:
      case MANAGER_ACTION:
      case AGI_COMMAND:
        return Violation.Safety.Kind.REGISTERED_CODE_UNMAPPED;
      case UNLOAD_MODULE:
        return Violation.Safety.Kind.UNLOAD_MODULE_UNMAPPED;
      default:
        return Violation.Safety.Kind.OTHER_CODE_UNMAPPED;
    }
  }

  private static Optional<Violation> closedWhileHeld(Trace.Entry entry, ModuleName name, Ledger ledger) {
    Ledger.ModuleState module = ledger.module(name);
    if (module.libHolders.isEmpty() && !module.blocked) {
      return Optional.empty();
    }
    String held = module.libHolders.keySet().stream().map(Object::toString).collect(Collectors.joining(", "));
    String why = module.blocked ? (held.isEmpty() ? "blocked by block_unload" : "held by " + held + " and blocked")
        : "held by " + held;
    return Optional.of(new Violation.Safety(Violation.Safety.Kind.LIB_CLOSED_WHILE_HELD, entry.stepIndex(),
        List.of(name), "the lib of " + name + " closed while " + why,
        new Chain().entries(module.libHolders.values()).entry(module.blocked ? module.blockedEntry : null).entry(entry)
            .lines()));
  }
}
