package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.testkit.InMemoryLinker;

/**
 * Goal: startup and shutdown stay correct at scale: 20,000 embedded modules, each using about
 * three others, autoloaded in dependency order, each lib opened once, and every lib closed again
 * by shutdown. Method: module i uses modules i/2, i/3 and i/5, a DAG of logarithmic depth. How
 * fast this is, up to 100,000 modules, is measured by {@code loaderlab bench lifecycle}, never here.
 */
class LifecycleEngineScaleTest {

  private static final int MODULES = 20_000;

  @Test
  void startupAndShutdown_of20000Modules_openEachLibOnceAndCloseAll() throws IOException {
    try (World world = world(MODULES)) {
      Outcome started = world.start();
      assertThat(started.success()).isTrue();
      assertThat(world.linker.openLibs()).hasSize(MODULES);
      Outcome stopped = world.run(world.engine().shutdown(false));
      assertThat(stopped.success()).isTrue();
      assertThat(world.linker.openLibs()).isEmpty();
      assertThat(world.linker.count(InMemoryLinker.Action.OPENED, ModuleName.of("m1"))).isEqualTo(1);
      assertThat(world.linker.count(InMemoryLinker.Action.OPENED, ModuleName.of("m" + (MODULES - 1)))).isEqualTo(1);
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
