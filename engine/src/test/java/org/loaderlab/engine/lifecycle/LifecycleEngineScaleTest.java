package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: startup and shutdown scale: 100,000 embedded modules, each using about three others,
 * autoloaded in dependency order and shut down again, in under 5 s (planning is O(n log n), each
 * step O(log n)). Method: module i uses modules i/2, i/3 and i/5, a DAG of logarithmic depth; a
 * smaller world first, so the JIT's first compile is not what is measured; the catalog scan (the
 * manifest parser's cost, read once before startup as the proposal does) is timed apart; the
 * listener only counts events; the clock is read by the test, never by the engine.
 */
class LifecycleEngineScaleTest {

  private static final int MODULES = 100_000;

  @Test
  void startupAndShutdown_of100000Modules_takeWellUnderFiveSeconds() throws IOException {
    try (World warmUp = world(MODULES / 10)) {
      // Steady state, not the JIT's first compile, is what scaling is about.
      warmUp.start();
      warmUp.run(warmUp.engine().shutdown(false));
    }
    World world = world(MODULES);
    try (world) {
      long scanNanos = System.nanoTime();
      world.engine().show();
      long startNanos = System.nanoTime();
      Outcome started = world.start();
      long startedNanos = System.nanoTime();
      assertThat(started.success()).isTrue();
      assertThat(world.linker.open).hasSize(MODULES);
      Outcome stopped = world.run(world.engine().shutdown(false));
      long stoppedNanos = System.nanoTime();
      assertThat(stopped.success()).isTrue();
      assertThat(world.linker.open).isEmpty();
      assertThat(world.linker.opens.get(ModuleName.of("m1"))).isEqualTo(1);
      long millis = (stoppedNanos - startNanos) / 1_000_000;
      System.out.println("catalog scan " + (startNanos - scanNanos) / 1_000_000 + " ms, startup "
          + (startedNanos - startNanos) / 1_000_000 + " ms, shutdown "
          + (stoppedNanos - startedNanos) / 1_000_000 + " ms, " + world.eventCount + " events");
      assertThat(millis).as("startup and shutdown of %d modules, ms", MODULES).isLessThan(5_000);
    }
  }

  /** Module i uses i/2, i/3 and i/5: about three needs each, a DAG of logarithmic depth. */
  private static World world(int modules) {
    World world = new World();
    for (int i = 0; i < modules; i++) {
      StringBuilder uses = new StringBuilder("[uses]");
      for (int divisor : new int[] {2, 3, 5}) {
        if (i / divisor > 0) {
          uses.append("\nmodule=m").append(i / divisor);
        }
      }
      world.embedded("m" + i, uses.toString());
    }
    world.modulesConf("[modules]", "autoload=yes");
    world.countOnly = true;
    return world;
  }
}
