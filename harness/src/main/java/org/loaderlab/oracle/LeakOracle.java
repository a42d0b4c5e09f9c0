package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.observe.Observation;

/**
 * Leaks, judged at each checkpoint (the world quiet) of the trace, each reported at the first
 * checkpoint that shows it. "After shutdown" means a checkpoint after a shutdown was decided.
 *
 * <ul>
 *   <li>{@code lib-open-unheld}: a lib open (engine) or mapped (world) that no reference event
 *       shows held, and not blocked.
 *   <li>{@code instance-running-unheld}: an instance running that nothing holds.
 *   <li>{@code registration-left}: registrations of a module whose instance is not running.
 *   <li>{@code user-never-released}: a channel or user asked to go (UserCancelled) that still
 *       holds; after shutdown, any channel, user or dialplan hold, channel not hung up, or use
 *       module code took and never released.
 *   <li>{@code threadstorage-never-destroyed}: a thread using a key whose destructor the facts
 *       know exited without the destructor running to the end, or still lives after its lib was
 *       unmapped, or after shutdown.
 *   <li>{@code reference-left}: after shutdown, references still held, one violation per module,
 *       except users (above) and everything in the modules users keep running (and what those
 *       hold as dependents, transitively), {@code block_unload}, and the lib holds of blocked
 *       libs on the libs they use (transitively).
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class LeakOracle implements LedgerWalk.Walking {

  private static final Set<HolderKind> USERS = Set.of(HolderKind.CHANNEL, HolderKind.USER, HolderKind.DIALPLAN);

  @Override
  public List<Violation> check(Trace trace) {
    return LedgerWalk.judge(this, trace);
  }

  @Override
  public LedgerWalk.Part part(Trace trace, List<OperationWindows.Window> windows) {
    int shutdownIndex = firstShutdown(trace);
    List<Trace.Checkpoint> checkpoints = trace.checkpoints();
    SortedMap<String, Violation> reported = new TreeMap<>();
    List<Violation> found = new ArrayList<>();
    return new LedgerWalk.Part() {
      private int next;

      @Override
      public void at(int appliedCount, Ledger ledger) {
        while (next < checkpoints.size() && checkpoints.get(next).entryCount() <= appliedCount) {
          checkpoint(checkpoints.get(next++), shutdownIndex, trace, ledger, reported, found);
        }
      }

      @Override
      public List<Violation> found() {
        found.sort(Violation.ORDER);
        return List.copyOf(found);
      }
    };
  }

  /** Judges the state at {@code checkpoint}, reporting each leak once. */
  private static void checkpoint(Trace.Checkpoint checkpoint, int shutdownIndex, Trace trace, Ledger ledger,
      SortedMap<String, Violation> reported, List<Violation> found) {
    List<Violation> now = new ArrayList<>();
    boolean afterShutdown = shutdownIndex < checkpoint.entryCount();
    heldState(ledger, checkpoint.stepIndex(), now);
    users(ledger, checkpoint.stepIndex(), afterShutdown, now);
    ThreadLeaks.check(trace.facts(), ledger, checkpoint.stepIndex(), afterShutdown, now);
    if (afterShutdown) {
      referencesLeft(ledger, checkpoint.stepIndex(), now);
    }
    for (Violation violation : now) {
      if (reported.putIfAbsent(violation.category() + violation.modules() + violation.message(), violation) == null) {
        found.add(violation);
      }
    }
  }

  private static int firstShutdown(Trace trace) {
    for (Trace.Entry entry : trace.entries()) {
      if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.PlanDecided decided
          && decided.plan().operation() instanceof Operation.Shutdown) {
        return entry.index();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static void heldState(Ledger ledger, long step, List<Violation> found) {
    for (ModuleName module : ledger.openModules()) {
      Ledger.ModuleState state = ledger.module(module);
      if (state.libHolders.isEmpty() && !state.blocked) {
        Chain chain = new Chain().entry(state.libOpen ? state.libEntry : null).entry(state.lastLibDrop);
        ledger.mapped().forEach((lib, entry) -> {
          if (lib.module().equals(module)) {
            chain.entry(entry);
          }
        });
        found.add(new Violation.Leak(Violation.Leak.Kind.LIB_OPEN_UNHELD, step, List.of(module),
            "the lib of " + module + " is open and nothing holds it", chain.lines()));
      }
    }
    for (Ledger.ModuleState state : ledger.modules()) {
      if (state.phase == Ledger.Phase.RUNNING && state.instanceHolders.isEmpty()) {
        found.add(new Violation.Leak(Violation.Leak.Kind.INSTANCE_RUNNING_UNHELD, step, List.of(state.name),
            state.name + " is running and nothing holds it",
            new Chain().entry(state.phaseEntry).entry(state.lastInstanceDrop).lines()));
      }
      if (!state.isLive() && !state.registrations.isEmpty()) {
        found.add(new Violation.Leak(Violation.Leak.Kind.REGISTRATION_LEFT, step, List.of(state.name),
            state.name + " is not running but still registers " + state.registrations.values().stream()
                .map(LeakOracle::registered).collect(Collectors.joining(", ")),
            new Chain().entries(state.registrations.values()).entry(state.phaseEntry).lines()));
      }
    }
  }

  /** {@code application Foo}, as the RegistrationAdded entry names it. */
  private static String registered(Trace.Entry entry) {
    LifecycleEvent.RegistrationAdded added = (LifecycleEvent.RegistrationAdded) ((Trace.EventEntry) entry).event();
    return added.kind().manifestKind() + " " + added.name();
  }

  private static void users(Ledger ledger, long step, boolean afterShutdown, List<Violation> found) {
    Set<String> seen = new TreeSet<>();
    for (Ledger.ModuleState state : ledger.modules()) {
      for (Map.Entry<Holder, Trace.Entry> cancelled : state.cancelled.entrySet()) {
        Trace.Entry taken = state.instanceHolders.get(cancelled.getKey());
        if (taken != null && cancelled.getKey().kind() != HolderKind.DIALPLAN) {
          seen.add(state.name + " " + cancelled.getKey());
          found.add(userLeak(step, state.name, cancelled.getKey() + " was asked to let go of " + state.name
              + " but still holds it", new Chain().entry(taken).entry(cancelled.getValue())));
        }
      }
    }
    if (!afterShutdown) {
      return;
    }
    for (Ledger.ModuleState state : ledger.modules()) {
      state.instanceHolders.forEach((holder, taken) -> {
        if (USERS.contains(holder.kind()) && seen.add(state.name + " " + holder)) {
          found.add(userLeak(step, state.name, holder + " still holds " + state.name + " after shutdown",
              new Chain().entry(taken)));
        }
      });
    }
    for (Trace.Entry started : ledger.channels().values()) {
      Observation.ChannelStarted channel = (Observation.ChannelStarted) ((Trace.ObservedEntry) started).observation();
      if (seen.add(channel.techModule() + " channel:" + channel.channel())) {
        found.add(userLeak(step, channel.techModule(), "channel " + channel.channel() + " of " + channel.techModule()
            + " never hung up before shutdown ended", new Chain().entry(started)));
      }
    }
    for (Trace.Entry taken : ledger.uses()) {
      Observation.UseTaken use = (Observation.UseTaken) ((Trace.ObservedEntry) taken).observation();
      if (seen.add(use.target() + " user:" + use.user())) {
        found.add(userLeak(step, use.target(), use.user() + " never released its use of " + use.target()
            + " before shutdown ended", new Chain().entry(taken)));
      }
    }
  }

  private static Violation userLeak(long step, ModuleName module, String message, Chain chain) {
    return new Violation.Leak(Violation.Leak.Kind.USER_NEVER_RELEASED, step, List.of(module), message, chain.lines());
  }

  private static void referencesLeft(Ledger ledger, long step, List<Violation> found) {
    Set<ModuleName> blocked = heldFrom(ledger, state -> state.blocked && state.libOpen);
    Set<ModuleName> keptByUsers = heldFrom(ledger,
        state -> state.instanceHolders.keySet().stream().anyMatch(holder -> USERS.contains(holder.kind())));
    for (Ledger.ModuleState state : ledger.modules()) {
      if (keptByUsers.contains(state.name)) {
        continue; // its users are reported; what they keep running is theirs
      }
      List<String> left = new ArrayList<>();
      Chain chain = new Chain();
      state.instanceHolders.forEach((holder, taken) -> {
        left.add("instance by " + holder);
        chain.entry(taken);
      });
      state.libHolders.forEach((holder, taken) -> {
        if (!isExempt(holder, blocked) && !isUserCallbackOf(holder, keptByUsers)) {
          left.add("lib by " + holder);
          chain.entry(taken);
        }
      });
      if (!left.isEmpty()) {
        found.add(new Violation.Leak(Violation.Leak.Kind.REFERENCE_LEFT, step, List.of(state.name),
            state.name + " is still referenced after shutdown: " + String.join(", ", left), chain.lines()));
      }
    }
  }

  /**
   * A {@code user_callback} hold ({@code used/user}) on the lib of the module whose code took a
   * user: while that user still holds the used module, the user is the leak, reported as such;
   * the lib it keeps mapped for the user's callbacks is its consequence, not a second leak.
   */
  private static boolean isUserCallbackOf(Holder holder, Set<ModuleName> keptByUsers) {
    if (holder.kind() != HolderKind.USER_CALLBACK) {
      return false;
    }
    int slash = holder.id().indexOf('/');
    return slash > 0 && ModuleName.parse(holder.id().substring(0, slash)).filter(keptByUsers::contains).isPresent();
  }

  private static boolean isExempt(Holder holder, Set<ModuleName> exempt) {
    if (holder.kind() == HolderKind.BLOCK_UNLOAD) {
      return true;
    }
    return holder.kind() == HolderKind.DEPENDENT && ModuleName.parse(holder.id()).filter(exempt::contains).isPresent();
  }

  /**
   * The modules {@code seed} picks, and, to a fixpoint, every module one of them holds as a
   * dependent (instance or lib): a blocked lib keeps the libs it uses, a module users keep
   * running keeps what it needs. Each pass adds a module or ends, so there are at most as many
   * passes as modules.
   */
  private static Set<ModuleName> heldFrom(Ledger ledger, Predicate<Ledger.ModuleState> seed) {
    Set<ModuleName> held = new TreeSet<>();
    ledger.modules().stream().filter(seed).forEach(state -> held.add(state.name));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Ledger.ModuleState state : ledger.modules()) {
        boolean byHeld = Stream.concat(state.instanceHolders.keySet().stream(),
            state.libHolders.keySet().stream()).anyMatch(holder -> holder.kind() == HolderKind.DEPENDENT
                && ModuleName.parse(holder.id()).filter(held::contains).isPresent());
        if (byHeld && held.add(state.name)) {
          changed = true;
        }
      }
    }
    return held;
  }
}
