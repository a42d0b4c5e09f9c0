package org.loaderlab.linker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.lifecycle.LoaderBuilder;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.world.World;

/**
 * Goal: the fake linker serves the real engine on the fixture worlds: startup maps and runs the
 * binaries, shutdown stops their threads and unmaps every lib, and the engine, which holds what it
 * must, never makes the world run code in an unmapped lib. The optional-API hazard shows only when
 * code bypasses the engine's hold. Method: each fixture world on a one-thread runtime whose tasks
 * are the steps.
 */
class FakeLinkerEngineTest {

  private record Run(World world, FakeLinker linker, ModuleLoader loader, QueueRuntime runtime, ObservationLog log) {
    Outcome await(CompletableFuture<Outcome> operation) {
      runtime.runUntilIdle();
      assertThat(operation).isDone();
      return operation.join();
    }
  }

  private static Run start(String name) {
    World world = World.fromFolder(worldFolder(name)).orElseThrow();
    QueueRuntime runtime = new QueueRuntime();
    ObservationLog log = new ObservationLog();
    FakeLinker linker = new FakeLinker(world.modulesFolder(), runtime, log);
    ModuleLoader loader = LoaderBuilder.create()
        .modulesFolder(world.modulesFolder())
        .modulesConf(new ModulesConfParser().parse(world.modulesConf()).orElseThrow())
        .extConfig(new ExtConfigParser().parse(world.extconfigConf()).orElseThrow())
        .dialplan(new DialplanParser().parse(world.extensionsConf()).orElseThrow())
        .linker(linker)
        .runtime(runtime)
        .build();
    Run run = new Run(world, linker, loader, runtime, log);
    assertThat(run.await(loader.start()).success()).isTrue();
    return run;
  }

  private static Path worldFolder(String name) {
    return Path.of(System.getProperty("loaderlab.fixtures", "../fixtures")).resolve("worlds").resolve(name);
  }

  @Test
  void everyFixtureWorld_startAndShutdown_noCodeEverRanUnmapped() {
    for (String name : new String[] {"seed", "office"}) {
      Run run = start(name);
      assertThat(run.linker().mapped()).as(name).isNotEmpty();
      assertThat(run.linker().liveThreads()).as(name).isNotEmpty();
      run.await(run.loader().shutdown(true));
      assertThat(run.linker().mapped()).as(name).isEmpty();
      assertThat(run.linker().liveThreads()).as(name).isEmpty();
      assertThat(run.log().ofType(Observation.CodeRanUnmapped.class)).as(name).isEmpty();
      assertThat(run.log().ofType(Observation.MapFailed.class)).as(name).isEmpty();
      assertThat(run.log().ofType(Observation.UnmapRepeated.class)).as(name).isEmpty();
      run.world().close();
    }
  }

  @Test
  void seed_requireChanSip_mapsItAndItsMonitorThread() {
    Run run = start("seed");
    ModuleName chanSip = ModuleName.of("chan_sip");
    assertThat(run.linker().current(chanSip)).contains(new LibRef(chanSip, 1));
    assertThat(run.linker().registrant(RegistrationKind.CHANNEL_TECH, "SIP")).contains(new LibRef(chanSip, 1));
    assertThat(run.linker().liveThreads()).extracting(ModuleThread::id).contains("chan_sip#1/sip_monitor");
    assertThat(run.linker().isMapped(ModuleName.of("app_system"))).isFalse();
    run.world().close();
  }

  @Test
  void office_optionalApi_safeThroughTheEngine_segfaultWhenCalledBehindItsBack() {
    Run run = start("office");
    ModuleName crypto = ModuleName.of("res_crypto");
    assertThat(run.loader().callOptional(crypto, () -> run.linker().callOptionalApi(crypto, "ast_sign"))).contains(true);
    assertThat(run.await(run.loader().unload(crypto, false)).success()).isTrue();
    assertThat(run.linker().isMapped(crypto)).isFalse();
    // Through the engine: the provider is gone, so the call is not made at all.
    assertThat(run.loader().callOptional(crypto, () -> run.linker().callOptionalApi(crypto, "ast_sign"))).isEmpty();
    assertThat(run.log().ofType(Observation.CodeRanUnmapped.class)).isEmpty();
    // Behind its back, as chan_iax2's stale pointer would: a simulated segfault.
    assertThat(run.linker().callOptionalApi(crypto, "ast_sign")).isFalse();
    assertThat(run.log().ofType(Observation.CodeRanUnmapped.class)).extracting(Observation::what)
        .containsExactly("code-ran-unmapped res_crypto#1 optional_api ast_sign");
    run.world().close();
  }
}
