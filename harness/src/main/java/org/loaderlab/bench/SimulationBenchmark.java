package org.loaderlab.bench;

import java.util.Locale;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.simulate.ActionGen;
import org.loaderlab.simulate.PreparedWorld;
import org.loaderlab.simulate.Simulation;
import org.loaderlab.simulate.SimulationRun;
import org.loaderlab.simulate.SimulationSettings;
import org.loaderlab.world.World;
import org.loaderlab.world.WorldSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Complete simulations on one thread: {@code runs} seeds of 50 actions each (start, actions,
 * shutdown, trace, the standard judge) on a generated world of 50 modules with channel techs,
 * applications, optional APIs and threads. Runs are deterministic, so the steps of a batch are
 * known at setup and printed: runs per second is {@code runs / median}, steps per second is
 * {@code steps / median}. The baseline draws the same runs' actions and nothing else.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
@State(Scope.Benchmark)
public class SimulationBenchmark {

  /** Issue #5's figure: runs of 50 actions on a world of 50 modules. */
  static final int MODULES = 50;
  static final int ACTIONS = 50;
  /** A chain of uses every few modules, so unloads cascade and calls race with them. */
  private static final int CHAIN_EVERY = 4;
  private static final int TECH_EVERY = 5;
  private static final int THREAD_EVERY = 3;

  @Param("100")
  public int runs;

  private PreparedWorld world;
  private long steps;

  @Setup(Level.Trial)
  public void prepare() {
    Parsed<PreparedWorld> read = PreparedWorld.of(World.generate(spec(MODULES)));
    if (read.hasErrors()) {
      throw new IllegalStateException("generated world did not read cleanly: " + read.errors());
    }
    world = read.orElseThrow();
    for (int seed = 0; seed < runs; seed++) {
      SimulationRun run = Simulation.run(world, settings(seed));
      if (!run.violations().isEmpty()) {
        throw new IllegalStateException("seed " + seed + " found violations: " + run.violations());
      }
      steps += run.stepCount();
    }
    System.out.printf(Locale.ROOT, "%nsimulation: %d runs of %d actions on %d modules take %d steps (%d per run)%n",
        runs, ACTIONS, MODULES, steps, steps / runs);
  }

  @TearDown(Level.Trial)
  public void close() {
    world.close();
  }

  /** The baseline: draw each run's actions from its tape, run nothing. */
  @Benchmark
  public void baseline(Blackhole sink) {
    ActionGen gen = new ActionGen(world.view());
    for (int seed = 0; seed < runs; seed++) {
      sink.consume(gen.draw(ChoiceTape.random(seed, SimulationSettings.DRAWS_MAX_DEFAULT), ACTIONS));
    }
  }

  /** {@code runs} complete simulations, judged. */
  @Benchmark
  public long simulate() {
    long total = 0;
    for (int seed = 0; seed < runs; seed++) {
      total += Simulation.run(world, settings(seed)).stepCount();
    }
    if (total != steps) {
      throw new IllegalStateException("a run is not deterministic: " + total + " steps, " + steps + " at setup");
    }
    return total;
  }

  long steps() {
    return steps;
  }

  private static SimulationSettings settings(long seed) {
    return SimulationSettings.of(seed).withActions(ACTIONS);
  }

  /**
   * {@code count} modules, {@code autoload=yes}: every {@value #TECH_EVERY}th a channel driver
   * with a tech and an application, the others resources exporting an optional API; every
   * {@value #THREAD_EVERY}th starts a thread; each uses the one {@value #CHAIN_EVERY} before it.
   */
  static WorldSpec spec(int count) {
    WorldSpec.Builder builder = WorldSpec.builder("generated");
    for (int index = 0; index < count; index++) {
      String name = name(index);
      StringBuilder binary = new StringBuilder("[module]\nname=" + name + "\nload=success\nunload_module=yes\nblock_unload=no\n");
      StringBuilder provides = new StringBuilder();
      if (index % TECH_EVERY == 0) {
        binary.append("\n[registers]\nchannel_tech=T").append(index).append("\napplication=App").append(index).append('\n');
        provides.append("\n[provides]\napplication=App").append(index).append('\n');
      }
      if (index % THREAD_EVERY == 0) {
        binary.append("\n[threads]\nthread=worker\n");
      }
      if (index % TECH_EVERY != 0) {
        binary.append("\n[optional_api]\nexports=api_").append(index).append('\n');
      }
      String binaryText = binary.toString();
      StringBuilder manifest = new StringBuilder("[module]\nname=" + name + "\nchecksum=" + WorldSpec.checksumOf(binaryText)
          + "\nsupport_level=core\ndescription=Generated module " + index + "\n");
      if (index >= CHAIN_EVERY) {
        manifest.append("\n[uses]\nmodule=").append(name(index - CHAIN_EVERY)).append('\n');
      }
      manifest.append(provides);
      builder.manifestText(ModuleName.of(name), manifest.toString());
      builder.binaryText(ModuleName.of(name), binaryText);
    }
    return builder.etc("modules.conf", "[modules]\nautoload=yes\n").build();
  }

  private static String name(int index) {
    return (index % TECH_EVERY == 0 ? "chan_g" : "res_g") + index;
  }
}
