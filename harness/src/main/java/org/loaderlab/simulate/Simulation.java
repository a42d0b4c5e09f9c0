package org.loaderlab.simulate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.linker.FakeLinker;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.sim.PctScheduler;
import org.loaderlab.sim.RandomScheduler;
import org.loaderlab.sim.RunResult;
import org.loaderlab.sim.Scheduler;
import org.loaderlab.sim.SimRuntime;
import org.loaderlab.sim.TaskHandle;

/**
 * Runs one simulation: a loader in a fake world, driven by seeded random actions on the
 * deterministic runtime, recorded and judged. A run is a pure function of the world and the
 * settings: everything random is drawn from one tape seeded by {@code settings.seed()}, nothing
 * reads a clock, so the trace is the same byte for byte.
 *
 * <ol>
 *   <li>Draw the actions from the tape over the world's {@link WorldView} ({@link ActionGen}). If
 *       one writes to the world (a hot install), the run gets its own copy of the world.
 *   <li>Build the runtime (its scheduler drawing from the same tape), the observation log, the
 *       {@link FakeLinker} stamped with the runtime's step, and the loader ({@link LoaderFactory})
 *       with a listener recording each event and its step.
 *   <li>Spawn the admin ({@link AdminTask}): start, the actions, shutdown. It spawns channels and
 *       optional callers. Before each step, due delayed releases run.
 *   <li>Run until quiescent or a hang; render the trace; ask the {@link Judge}, whose oracles
 *       read the facts of the world as the run changed it ({@link FactsDuringRun}).
 * </ol>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Simulation {

  /** PCT's bug depth: two change points find the races of an unload against one call. */
  static final int PCT_DEPTH = 3;
  /** PCT's guess of a run's steps per action, to spread its change points over the run. */
  static final int PCT_STEPS_PER_ACTION = 40;

  private Simulation() {}

  /** Reads the world of {@code folder}, runs once, closes the world; world errors end it before any step. */
  public static SimulationRun run(Path folder, SimulationSettings settings) {
    Objects.requireNonNull(settings, "settings");
    Parsed<PreparedWorld> read = PreparedWorld.fromFolder(folder);
    if (read.value().isEmpty()) {
      return SimulationRun.worldFailed(settings, read.diagnostics());
    }
    try (PreparedWorld world = read.orElseThrow()) {
      SimulationRun run = run(world, settings, Judges.standard());
      return new SimulationRun(settings, read.diagnostics(), run.evidence(), run.trace(), run.violations());
    }
  }

  /** Runs once on a prepared world, judged by {@link Judges#standard()}. */
  public static SimulationRun run(PreparedWorld world, SimulationSettings settings) {
    return run(world, settings, Judges.standard());
  }

  /**
   * Runs once on a prepared world.
   *
   * @throws IllegalArgumentException if {@code settings.loader()} has no implementation yet
   * @throws org.loaderlab.property.tape.Discarded if the run drew more than {@code drawsMax} choices
   */
  public static SimulationRun run(PreparedWorld world, SimulationSettings settings, Judge judge) {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(judge, "judge");
    ChoiceTape tape = ChoiceTape.random(settings.seed(), settings.drawsMax());
    List<Action> actions = new ActionGen(world.view()).draw(tape, settings.actions());
    return run(world, settings, settings.loader().factory(), tape, actions, judge);
  }

  /**
   * Runs {@code actions} exactly as given instead of drawing them, on the loader {@code factory}
   * builds, judged by {@link Judges#standard()}: a scenario a reader can follow. The admin starts
   * the loader, then performs the actions in order; end them with an {@link Action.Shutdown} for
   * a run that shuts down. {@code settings} still seed the tape (the schedule, each call's
   * length and choices) and set the scheduler and budgets; their {@code loader} and
   * {@code actions} only label the trace.
   *
   * @throws org.loaderlab.property.tape.Discarded if the run drew more than {@code drawsMax} choices
   */
  public static SimulationRun run(PreparedWorld world, SimulationSettings settings, LoaderFactory factory,
      List<Action> actions) {
    Objects.requireNonNull(world, "world");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(factory, "factory");
    List<Action> fixed = List.copyOf(actions);
    return run(world, settings, factory, ChoiceTape.random(settings.seed(), settings.drawsMax()), fixed,
        Judges.standard());
  }

  /** A run that writes the world (hot installs) works on its own copy, so the prepared world stays reusable. */
  private static SimulationRun run(PreparedWorld world, SimulationSettings settings, LoaderFactory factory,
      ChoiceTape tape, List<Action> actions, Judge judge) {
    if (actions.stream().noneMatch(Simulation::writesTheWorld)) {
      return runOn(world, settings, factory, tape, actions, judge);
    }
    try (PreparedWorld own = world.forWrites()) {
      return runOn(own, settings, factory, tape, actions, judge);
    }
  }

  private static boolean writesTheWorld(Action action) {
    return action instanceof Action.Install || action instanceof Action.EditManifest
        || action instanceof Action.ReplaceBinary;
  }

  private static SimulationRun runOn(PreparedWorld world, SimulationSettings settings, LoaderFactory factory,
      ChoiceTape tape, List<Action> actions, Judge judge) {
    SimRuntime runtime = SimRuntime.builder(tape, scheduler(settings, tape))
        .stepsMax(settings.stepsMax())
        .recording(SimRuntime.Recording.OFF)
        .build();
    ObservationLog log = new ObservationLog();
    FakeLinker linker = new FakeLinker(world.world().modulesFolder(), runtime::stepIndex, log, world.binaryImages());
    TraceRecorder trace = new TraceRecorder(runtime::stepIndex, log);
    Optional<Postponer> postponer = settings.releaseDelayStepsMax() == 0 ? Optional.empty()
        : Optional.of(new Postponer(settings.releaseDelayStepsMax(), tape, runtime::stepIndex, trace));
    org.loaderlab.oracle.TraceRecorder evidenceRecorder = new org.loaderlab.oracle.TraceRecorder(runtime::stepIndex, log);
    EventListener listener = event -> {
      trace.event(event);
      evidenceRecorder.onEvent(event);
    };
    Linker opener = postponer.<Linker>map(late -> new DelayingLinker(linker, late)).orElse(linker);
    ModuleLoader loader = factory.create(new LoaderSetup(world, opener, runtime, listener));
    // Channels and callers get the loader as module code does: with late releases in that mode.
    ModuleLoader seen = postponer.<ModuleLoader>map(late -> new DelayingLoader(loader, late)).orElse(loader);
    WorldWrites writes = new WorldWrites(world.world(), trace);
    runtime.spawn("admin", new AdminTask(new Stage(seen, linker, world, writes, trace, evidenceRecorder), actions));

    ReleasePump releases = new ReleasePump(linker, postponer);
    TaskHandle[] pump = {null};
    RunResult result = runtime.runUntil(() -> {
      if (releases.pending() && releases.runDue() && (pump[0] == null || pump[0].isDone())) {
        pump[0] = runtime.spawn("release-pump", releases);
      }
      return false;
    });

    List<Observation> observations = log.observations();
    evidenceRecorder.ran(result);
    List<WorldChange> changes = writes.changes();
    Evidence evidence = new Evidence(settings, actions, result, trace.events(), observations,
        evidenceRecorder.trace(FactsDuringRun.of(world.facts(), actions, changes)), changes);
    String text = trace.render("simulate " + world.world().name() + " " + settings.describe(), observations,
        "end " + result.describe());
    return new SimulationRun(settings, List.<Diagnostic>of(), Optional.of(evidence), text, judge.violations(evidence));
  }

  private static Scheduler scheduler(SimulationSettings settings, ChoiceTape tape) {
    return switch (settings.scheduler()) {
      case RANDOM -> new RandomScheduler(tape);
      case PCT -> new PctScheduler(tape, PCT_DEPTH,
          (int) Math.min(Integer.MAX_VALUE, Math.max(1L, (long) (settings.actions() + 1) * PCT_STEPS_PER_ACTION)));
    };
  }
}
