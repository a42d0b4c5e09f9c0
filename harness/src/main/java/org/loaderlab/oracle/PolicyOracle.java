package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.resolve.Cycles;
import org.loaderlab.observe.Observation;

/**
 * Policy: what modules.conf and the world forbid never loads, and {@code require} is fatal.
 *
 * <p>A module is <em>loaded</em> when its lib goes from closed to open: the first of the engine's
 * LibOpened and the world's lib-mapped, whichever comes first, counts once per opening.
 *
 * <ul>
 *   <li>{@code banned-loaded}: a module modules.conf names in {@code neverload} was loaded, by any
 *       path (a load, a dependency, the dialplan).
 *   <li>{@code cycle-loaded}: a module on a cycle of the facts' needs graph was loaded.
 *   <li>{@code tampered-loaded}: a module whose binary the facts say does not match its manifest's
 *       checksum was loaded.
 *   <li>{@code require-not-fatal}: when a startup's window ends, a module modules.conf requires is
 *       not running, and yet the startup reported success, or a module it started still runs.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PolicyOracle implements LedgerWalk.Walking {

  @Override
  public List<Violation> check(Trace trace) {
    return LedgerWalk.judge(this, trace);
  }

  @Override
  public LedgerWalk.Part part(Trace trace, List<OperationWindows.Window> windows) {
    return new Reading(trace, windows);
  }

  /** Openings judged entry by entry, requires at the end of each startup window. */
  private static final class Reading implements LedgerWalk.Part {
    private final Trace trace;
    private final Dependencies dependencies;
    private final ModulesConf conf;
    private final List<Trace.OperationRun> startups;
    private final List<OperationWindows.Window> windows;
    private final List<Violation> openings = new ArrayList<>();
    private final List<Violation> requires = new ArrayList<>();
    private Trace.Entry lastPlan;
    private int windowIndex;
    private int startupCount;

    Reading(Trace trace, List<OperationWindows.Window> windows) {
      this.trace = trace;
      this.dependencies = trace.facts().dependencies();
      this.conf = trace.facts().modulesConf();
      this.startups = trace.operations().stream().filter(run -> run.operation() instanceof Operation.Startup).toList();
      this.windows = windows;
    }

    @Override
    public void at(int appliedCount, Ledger ledger) {
      while (windowIndex < windows.size() && windows.get(windowIndex).endIndex() <= appliedCount) {
        requires(windows.get(windowIndex++), ledger);
      }
      if (appliedCount < trace.entries().size()) {
        opening(trace.entries().get(appliedCount), ledger);
      }
    }

    @Override
    public List<Violation> found() {
      List<Violation> found = new ArrayList<>(openings);
      found.addAll(requires);
      found.sort(Violation.ORDER);
      return List.copyOf(found);
    }

    /** Judges {@code entry}, the ledger holding the entries before it. */
    private void opening(Trace.Entry entry, Ledger ledger) {
      Optional<ModuleName> opened = opened(entry).filter(module -> !ledger.isOpen(module));
      if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.PlanDecided) {
        lastPlan = entry;
      }
      if (opened.isEmpty()) {
        return;
      }
      ModuleName module = opened.get();
      if (conf.isBanned(module)) {
        String line = conf.bannedAt(module).map(Object::toString).orElse("modules.conf");
        openings.add(new Violation.Policy(Violation.Policy.Kind.BANNED_LOADED, entry.stepIndex(), List.of(module),
            module + " was loaded though modules.conf bans it", new Chain().entry(lastPlan).entry(entry)
                .fact("neverload=" + module + " (" + line + ")").lines()));
      }
      Optional<Cycles.Cycle> cycle = dependencies.cycleOf(module);
      if (cycle.isPresent()) {
        List<ModuleName> modules = new ArrayList<>(List.of(module));
        cycle.get().members().stream().filter(member -> !member.equals(module)).forEach(modules::add);
        openings.add(new Violation.Policy(Violation.Policy.Kind.CYCLE_LOADED, entry.stepIndex(), modules,
            module + " was loaded though it is on the dependency cycle " + cycle.get(),
            new Chain().entry(lastPlan).entry(entry).fact("cycle " + cycle.get()).lines()));
      }
      if (trace.facts().tampered().contains(module)) {
        openings.add(new Violation.Policy(Violation.Policy.Kind.TAMPERED_LOADED, entry.stepIndex(), List.of(module),
            module + " was loaded though its binary does not match its manifest's checksum",
            new Chain().entry(lastPlan).entry(entry)
                .fact("the binary of " + module + " does not match the checksum of " + module.manifestFileName())
                .lines()));
      }
    }

    /** Judges a window, the ledger holding the entries up to its end. */
    private void requires(OperationWindows.Window window, Ledger ledger) {
      if (!(window.operation() instanceof Operation.Startup) || !window.complete()) {
        return;
      }
      Optional<Boolean> reported = startupCount < startups.size()
          ? startups.get(startupCount).outcome().map(outcome -> outcome.success()) : Optional.empty();
      startupCount++;
      List<ModuleName> stillRunning = startedAndRunning(trace, window, ledger);
      for (ModuleName required : conf.required()) {
        if (ledger.phase(required) == Ledger.Phase.RUNNING) {
          continue;
        }
        boolean success = reported.orElse(false);
        if (!success && stillRunning.isEmpty()) {
          continue;
        }
        Trace.Entry last = trace.entries().get(window.endIndex() - 1);
        Chain chain = new Chain().entry(trace.entries().get(window.firstIndex()));
        for (Trace.Entry entry : trace.entries().subList(window.firstIndex(), window.endIndex())) {
          if (entry instanceof Trace.EventEntry event && event.event().module().equals(required)
              && (event.event() instanceof LifecycleEvent.LoadRefused || event.event() instanceof LifecycleEvent.InstanceFailed)) {
            chain.entry(entry);
          }
        }
        chain.fact("require=" + required + " (" + conf.requiredAt(required).map(Object::toString).orElse("modules.conf")
            + ")");
        requires.add(new Violation.Policy(Violation.Policy.Kind.REQUIRE_NOT_FATAL, last.stepIndex(), List.of(required),
            "startup went on though required " + required + " did not start"
                + (success ? "; it reported success" : "")
                + (stillRunning.isEmpty() ? "" : "; " + stillRunning.size() + " module(s) it started still run"),
            chain.lines()));
      }
    }
  }

  /** The module whose lib {@code entry} opens or maps, if it does. */
  private static Optional<ModuleName> opened(Trace.Entry entry) {
    if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.LibOpened) {
      return Optional.of(event.event().module());
    }
    if (entry instanceof Trace.ObservedEntry observed && observed.observation() instanceof Observation.LibMapped mapped) {
      return Optional.of(mapped.lib().module());
    }
    return Optional.empty();
  }

  private static List<ModuleName> startedAndRunning(Trace trace, OperationWindows.Window window, Ledger ledger) {
    List<ModuleName> running = new ArrayList<>();
    for (Trace.Entry entry : trace.entries().subList(window.firstIndex(), window.endIndex())) {
      if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.InstanceStarting
          && ledger.phase(event.event().module()) == Ledger.Phase.RUNNING && !running.contains(event.event().module())) {
        running.add(event.event().module());
      }
    }
    return running;
  }
}
