package org.loaderlab.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.linker.FakeLinker;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.sim.FifoScheduler;
import org.loaderlab.sim.RunResult;
import org.loaderlab.sim.SimRuntime;
import org.loaderlab.world.World;

/**
 * Goal: the legacy loader drives the harness's own pieces (the seed fixture world on Jimfs, the
 * fake linker, the simulation runtime) through the same wiring as the engine, and there its
 * hazards become the fake linker's observations: after {@code unload -f chan_sip} with a SIP
 * channel up, the channel's tech callback is code run in an unmapped lib; an optional-API call
 * after its provider left is another. The engine, on the same world, records neither
 * (FakeLinkerEngineTest). Method: one FIFO simulation, run to quiescence after each operation.
 */
class LegacyLoaderWorldTest {

  private static final int DRAWS_MAX = 10_000;
  private static final long STEPS_MAX = 100_000;

  private final World world = World.fromFolder(worldFolder("seed")).orElseThrow();
  private final SimRuntime sim = SimRuntime.builder(ChoiceTape.random(1L, DRAWS_MAX), new FifoScheduler())
      .stepsMax(STEPS_MAX).build();
  private final ObservationLog log = new ObservationLog();
  private final FakeLinker linker = new FakeLinker(world.modulesFolder(), sim::stepIndex, log);
  private final List<LifecycleEvent> events = new ArrayList<>();
  private final LegacyLoader loader = LegacyLoader.builder()
      .modulesFolder(world.modulesFolder())
      .modulesConf(new ModulesConfParser().parse(world.modulesConf()).orElseThrow())
      .extConfig(new ExtConfigParser().parse(world.extconfigConf()).orElseThrow())
      .dialplan(new DialplanParser().parse(world.extensionsConf()).orElseThrow())
      .linker(linker)
      .runtime(sim)
      .listener(events::add)
      .build();

  @AfterEach
  void closeWorld() {
    world.close();
  }

  private static Path worldFolder(String name) {
    return Path.of(System.getProperty("loaderlab.fixtures", "../fixtures")).resolve("worlds").resolve(name);
  }

  private Outcome await(CompletableFuture<Outcome> operation) {
    RunResult result = sim.run();
    assertThat(result.kind()).as(result.describe()).isEqualTo(RunResult.Kind.QUIESCENT);
    assertThat(operation).isDone();
    return operation.join();
  }

  @Test
  void seed_unloadForceChanSipWithAChannelUp_theChannelTechCallbackRunsUnmapped() throws Exception {
    ModuleName chanSip = ModuleName.of("chan_sip");
    assertThat(await(loader.start()).success()).isTrue();
    assertThat(linker.isMapped(chanSip)).isTrue();
    List<String> hangups = new ArrayList<>();
    UserHandle channel = loader.addUser(chanSip, HolderKind.CHANNEL, "SIP/alice-0001", () -> hangups.add("SIP/alice-0001"));
    assertThat(linker.channelTechCallback(chanSip, "SIP")).isTrue();

    Outcome unloaded = await(loader.unload(chanSip, true));

    assertThat(unloaded.success()).isTrue();
    assertThat(hangups).containsExactly("SIP/alice-0001");
    assertThat(linker.isMapped(chanSip)).isFalse();
    // The soft-hung-up channel now runs its tech's hangup: the code is gone.
    assertThat(linker.channelTechCallback(chanSip, "SIP")).isFalse();
    channel.release();
    assertThat(log.ofType(Observation.CodeRanUnmapped.class)).extracting(Observation::what)
        .containsExactly("code-ran-unmapped chan_sip#1 channel_tech SIP");
    assertThat(events).filteredOn(LifecycleEvent.LibClosed.class::isInstance).extracting(LifecycleEvent::module)
        .containsExactly(chanSip);
  }

  @Test
  void seed_optionalApiAfterItsProviderLeft_runsUnmapped() {
    ModuleName crypto = ModuleName.of("res_crypto");
    assertThat(await(loader.start()).success()).isTrue();
    assertThat(await(loader.load(crypto)).success()).isTrue();
    assertThat(await(loader.unload(crypto, false)).success()).isTrue();

    assertThat(loader.callOptional(crypto, () -> linker.callOptionalApi(crypto, "ast_sign"))).contains(false);
    assertThat(log.ofType(Observation.CodeRanUnmapped.class)).extracting(Observation::what)
        .containsExactly("code-ran-unmapped res_crypto#1 optional_api ast_sign");
  }
}
