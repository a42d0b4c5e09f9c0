package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.lifecycle.LoaderBuilder;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.linker.FakeLinker;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.sim.FifoScheduler;
import org.loaderlab.sim.RandomScheduler;
import org.loaderlab.sim.RunResult;
import org.loaderlab.sim.SimRuntime;
import org.loaderlab.world.World;

/**
 * The real engine on a fixture world, wired as the harness wires it: the fake linker, the
 * simulation runtime (first-in first-out, or a seeded random schedule), and a trace recorder as
 * the engine's listener.
 */
final class SeedRun implements AutoCloseable {

  private static final int DRAWS_MAX = 10_000;
  private static final long STEPS_MAX = 10_000;

  final World world;
  final SimRuntime sim;
  final ObservationLog log = new ObservationLog();
  final FakeLinker linker;
  final TraceRecorder recorder;
  final ModuleLoader loader;

  /** First in, first out: the same run every time. */
  SeedRun(String worldName) {
    this(worldName, SimRuntime.builder(ChoiceTape.random(1L, DRAWS_MAX), new FifoScheduler()).stepsMax(STEPS_MAX).build());
  }

  /** A random schedule drawn from {@code seed}, engine tasks postponed by up to {@code engineDelayStepsMax} steps. */
  SeedRun(String worldName, long seed, int engineDelayStepsMax) {
    this(worldName, randomSim(seed, engineDelayStepsMax));
  }

  private static SimRuntime randomSim(long seed, int engineDelayStepsMax) {
    ChoiceTape tape = ChoiceTape.random(seed, DRAWS_MAX * 10);
    return SimRuntime.builder(tape, new RandomScheduler(tape)).engineDelayStepsMax(engineDelayStepsMax)
        .stepsMax(STEPS_MAX).build();
  }

  private SeedRun(String worldName, SimRuntime sim) {
    this.world = World.fromFolder(fixtures().resolve("worlds").resolve(worldName)).orElseThrow();
    this.sim = sim;
    linker = new FakeLinker(world.modulesFolder(), sim::stepIndex, log);
    recorder = new TraceRecorder(sim::stepIndex, log);
    loader = LoaderBuilder.create()
        .modulesFolder(world.modulesFolder())
        .modulesConf(new ModulesConfParser().parse(world.modulesConf()).orElseThrow())
        .extConfig(new ExtConfigParser().parse(world.extconfigConf()).orElseThrow())
        .dialplan(new DialplanParser().parse(world.extensionsConf()).orElseThrow())
        .linker(linker)
        .runtime(sim)
        .listener(recorder)
        .build();
  }

  /** Runs the simulator until nothing is left to do, and records how it ended. */
  RunResult settle() {
    RunResult result = sim.run();
    recorder.ran(result);
    assertThat(result.kind()).as(result.describe()).isEqualTo(RunResult.Kind.QUIESCENT);
    return result;
  }

  Trace trace() {
    return recorder.trace(WorldFacts.read(world).orElseThrow());
  }

  static Path fixtures() {
    return Path.of(System.getProperty("loaderlab.fixtures", "../fixtures"));
  }

  @Override
  public void close() {
    world.close();
  }
}
