package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.LoaderBuilder;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.property.Gens;
import org.loaderlab.property.Property;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: the real engine runs on the simulation runtime: its queued work interleaves with actors
 * under random schedules (and with delayed engine tasks), every run ends quiescent with each
 * operation succeeding, and a seed's run is byte-identical when repeated. Method: a property
 * over 60 seeds on a four-module world of embedded modules.
 *
 * <pre>
 *   core <- a <- b          admin:   start | unload -f a | shutdown
 *            <- c           channel: wait for start | add user of a | wait for hangup | release
 * </pre>
 */
class SimRuntimeEngineTest {

  private static final int DRAWS_MAX = 100_000;

  @Test
  void engine_randomSchedules_quiescentAndDeterministic() {
    Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(60).seed(3L).check(seed -> {
      String first = runWorld(seed);
      String second = runWorld(seed);

      assertThat(second).isEqualTo(first);
      assertThat(first).contains("start: true", "unload: true", "shutdown: true", "quiescent at step");
      assertThat(first).doesNotContain("failure:");
    });
  }

  private static String runWorld(long seed) throws IOException {
    ChoiceTape tape = ChoiceTape.random(seed, DRAWS_MAX);
    SimRuntime sim = SimRuntime.builder(tape, new RandomScheduler(tape)).engineDelayStepsMax(4).stepsMax(10_000).build();
    List<String> log = new ArrayList<>();
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      ModuleLoader loader = LoaderBuilder.create()
          .modulesFolder(world(fs))
          .modulesConf(new ModulesConfParser().parseText("modules.conf", "[modules]\nautoload=yes\n").orElseThrow())
          .linker(linker(log))
          .runtime(sim)
          .listener(event -> log.add(event.getClass().getSimpleName() + " " + event.module()))
          .build();
      CompletableFuture<Outcome> started = new CompletableFuture<>();
      sim.spawn("admin", Script.builder()
          .call("start", loader::start, outcome -> {
            log.add("start: " + outcome.join().success());
            started.complete(outcome.join());
          })
          .call("unload", () -> loader.unload(ModuleName.of("a"), true), outcome -> log.add("unload: " + outcome.join().success()))
          .call("shutdown", () -> loader.shutdown(false), outcome -> log.add("shutdown: " + outcome.join().success()))
          .build());
      sim.spawn("channel:SIP/alice-1", channel(loader, started, log));
      RunResult result = sim.run();
      return String.join("\n", log) + "\n" + sim.schedule().render() + result.describe();
    }
  }

  private static SimTask channel(ModuleLoader loader, CompletableFuture<Outcome> started, List<String> log) {
    boolean[] hungUp = {false};
    UserHandle[] user = {null};
    return Script.builder()
        .waitUntil(started::isDone, "startup")
        .run(() -> {
          try {
            user[0] = loader.addUser(ModuleName.of("a"), HolderKind.CHANNEL, "SIP/alice-1", () -> hungUp[0] = true);
            log.add("channel up");
          } catch (ModuleUnavailableException e) {
            hungUp[0] = true;
            log.add("channel refused");
          }
        })
        .waitUntil(() -> hungUp[0], "hangup")
        .run(() -> {
          if (user[0] != null) {
            user[0].release();
            log.add("channel released");
          }
        })
        .build();
  }

  private static Path world(FileSystem fs) throws IOException {
    Path modules = fs.getPath("/modules");
    Files.createDirectories(modules);
    embedded(modules, "core");
    embedded(modules, "a", "[uses]", "module=core");
    embedded(modules, "b", "[uses]", "module=a");
    embedded(modules, "c", "[uses]", "module=a");
    return modules;
  }

  private static void embedded(Path folder, String name, String... lines) throws IOException {
    String text = "[module]\nname=" + name + "\nsupport_level=core\n" + String.join("\n", lines) + "\n";
    Files.writeString(folder.resolve(name + ".manifest"), text, StandardCharsets.UTF_8);
  }

  private static Linker linker(List<String> log) {
    return (module, binary) -> new LinkedLib() {
      @Override
      public org.loaderlab.engine.spi.ModuleCode code() {
        return context -> LoadResult.SUCCESS;
      }

      @Override
      public void close() {
        log.add("closed " + module);
      }
    };
  }
}
