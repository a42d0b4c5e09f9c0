package org.loaderlab.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * Goal: each hazard of today's loader happens in the legacy model, visibly, in its events and in
 * the toy linker's log, and each fault switch adds its bug; the model is no strawman, so what
 * today's loader does get right (plain unload refused while in use, a top-level ban, priority
 * order, a fatal require) holds too. Method: toy worlds on Jimfs, a linker that logs code run in
 * unmapped modules as segfaults, and a runtime the test runs to idle after each operation.
 *
 * <pre>
 * the usual world:  chan_x (channel_driver) --requires--> res_b (core)
 *                   app_a  --requires--> res_b, res_c       res_crypto (optional API provider)
 * </pre>
 */
class LegacyLoaderTest {

  private final ToyWorld world = new ToyWorld()
      .module("chan_x", "load_priority=channel_driver\n[uses]\nmodule=res_b\n")
      .module("res_b", "load_priority=core\n")
      .module("res_c")
      .module("app_a", "[uses]\nmodule=res_c\nmodule=res_b\n")
      .module("res_crypto");

  @AfterEach
  void closeWorld() {
    world.close();
  }

  // --- the hazards of today ---

  @Test
  void unloadForce_whileAChannelHoldsIt_dlclosesAtOnceAndTheChannelSegfaults() throws Exception {
    ToyRun run = new ToyRun(world);
    run.load("chan_x");
    List<String> cancelled = new ArrayList<>();
    UserHandle channel = run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/alice-1",
        () -> cancelled.add("softhangup X/alice-1"));

    Outcome outcome = run.unload("chan_x", true);

    assertThat(outcome.success()).isTrue();
    assertThat(cancelled).containsExactly("softhangup X/alice-1");
    assertThat(run.linker.isMapped("chan_x")).isFalse();
    int closedAt = run.trace().indexOf("LibClosed chan_x");
    assertThat(closedAt).isPositive();
    assertThat(run.trace()).doesNotContain("ReferenceDropped chan_x INSTANCE channel:X/alice-1");
    // The channel's thread runs the tech's hangup callback after the soft hangup: in a closed lib.
    assertThat(run.linker.run("chan_x", "hangup")).isFalse();
    assertThat(run.linker.segfaults()).containsExactly("segfault chan_x hangup");
    channel.release();
    assertThat(run.events.get(run.events.size() - 1)).isInstanceOfSatisfying(LifecycleEvent.ReferenceDropped.class,
        dropped -> assertThat(dropped.reason()).isEqualTo("the user released it after chan_x was unloaded under it"));
  }

  @Test
  void unloadPlain_whileInUse_isRefusedWithTheUseCount() throws Exception {
    ToyRun run = new ToyRun(world);
    run.load("chan_x");
    UserHandle channel = run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/bob-2", () -> {});

    Outcome refused = run.unload("chan_x", false);
    Outcome dependency = run.unload("res_b", false);

    assertThat(refused.success()).isFalse();
    assertThat(refused.problems()).containsExactly(new Refusal(ModuleName.of("chan_x"), "chan_x cannot unload: its use count is 1"));
    assertThat(dependency.problems()).containsExactly(new Refusal(ModuleName.of("res_b"), "res_b cannot unload: its use count is 1"));
    assertThat(run.linker.isMapped("chan_x")).isTrue();
    channel.release();
    assertThat(run.unload("chan_x", false).success()).isTrue();
    assertThat(run.linker.isMapped("chan_x")).isFalse();
  }

  @Test
  void callOptional_afterTheProviderWasUnloaded_runsTheBodyInAClosedLib() {
    ToyRun run = new ToyRun(world);
    run.load("res_crypto");
    ModuleName crypto = ModuleName.of("res_crypto");
    assertThat(run.loader.callOptional(crypto, () -> run.linker.run(crypto, "ast_sign"))).contains(true);
    run.unload("res_crypto", false);
    int eventCount = run.events.size();

    Optional<Boolean> ran = run.loader.callOptional(crypto, () -> run.linker.run(crypto, "ast_sign"));

    assertThat(ran).contains(false);
    assertThat(run.linker.segfaults()).containsExactly("segfault res_crypto ast_sign");
    assertThat(run.events).hasSize(eventCount); // no reference was taken, before or after
  }

  @Test
  void load_aBannedDependency_isLoadedThroughItsDependent() {
    ToyRun run = new ToyRun(world, "[modules]\nautoload=no\nneverload=res_b\n", LegacyFaults.today());

    Outcome byName = run.load("res_b");
    Outcome dependent = run.load("chan_x");

    assertThat(byName.problems()).extracting(Refusal::reason)
        .containsExactly("res_b cannot load: neverload bans it (modules.conf:3)");
    assertThat(dependent.success()).isTrue();
    assertThat(run.running("res_b")).isTrue();
    assertThat(run.trace()).contains("LibOpened res_b", "InstanceRunning res_b");
  }

  @Test
  void load_aCycle_startsOneModuleBeforeTheOtherRuns() {
    world.module("res_p", "[uses]\nmodule=res_q\n").module("res_q", "[uses]\nmodule=res_p\n");
    ToyRun run = new ToyRun(world);

    Outcome outcome = run.load("res_p");

    assertThat(outcome.success()).isTrue();
    assertThat(run.running("res_p")).isTrue();
    assertThat(run.running("res_q")).isTrue();
    List<String> trace = run.trace();
    assertThat(trace.indexOf("InstanceRunning res_q")).isLessThan(trace.indexOf("InstanceStarting res_p"));
    assertThat(trace.indexOf("ReferenceTaken res_p INSTANCE dependent:res_q"))
        .isLessThan(trace.indexOf("InstanceRunning res_p"));
  }

  @Test
  void load_dependencies_inNameOrder_notByLoadPriority() {
    world.module("res_z", "load_priority=realtime_driver\n").module("res_m", "load_priority=devstate_consumer\n")
        .module("app_y", "[uses]\nmodule=res_z\nmodule=res_m\n");
    ToyRun run = new ToyRun(world);

    run.load("app_y");

    assertThat(run.trace("InstanceRunning")).containsExactly(
        "InstanceRunning res_m", "InstanceRunning res_z", "InstanceRunning app_y");
  }

  @Test
  void load_opensEveryBinaryFirst_thenCountsAndStartsInWalkOrder() {
    ToyRun run = new ToyRun(world);

    Outcome outcome = run.load("app_a");

    assertThat(outcome.plan().steps()).extracting(step -> step.getClass().getSimpleName() + " " + step.module())
        .containsExactly("OpenLib res_b", "OpenLib res_c", "OpenLib app_a",
            "StartInstance res_b", "StartInstance res_c", "Hold res_b", "Hold res_c", "StartInstance app_a", "Hold app_a");
    assertThat(run.status("res_b").useCount()).isEqualTo(1);
    assertThat(run.status("app_a").useCount()).isZero(); // the admin's load is not counted, as today
  }

  @Test
  void unloadPlain_neverStopsWhatTheModuleRequired() {
    ToyRun run = new ToyRun(world);
    run.load("app_a");

    run.unload("app_a", false);

    assertThat(run.running("app_a")).isFalse();
    assertThat(run.running("res_b")).isTrue();
    assertThat(run.running("res_c")).isTrue();
    assertThat(run.status("res_b").useCount()).isZero();
    assertThat(run.trace()).contains("ReferenceDropped res_b INSTANCE dependent:app_a", "ReferenceDropped res_c INSTANCE dependent:app_a");
  }

  @Test
  void unloadForce_ofADependency_leavesItsDependentRunning() {
    ToyRun run = new ToyRun(world);
    run.load("chan_x");

    run.unload("res_b", true);

    assertThat(run.running("chan_x")).isTrue();
    assertThat(run.linker.isMapped("res_b")).isFalse();
    assertThat(run.trace()).doesNotContain("ReferenceDropped res_b INSTANCE dependent:chan_x");
    run.unload("chan_x", false);
    assertThat(run.trace()).contains("ReferenceDropped res_b INSTANCE dependent:chan_x");
  }

  @Test
  void execute_countsWhileTheApplicationRuns_andNothingElse() throws Exception {
    ToyRun run = new ToyRun(world);
    run.linker.behaviour("app_a").registers(RegistrationKind.APPLICATION, "Aloha")
        .registers(RegistrationKind.CLI_COMMAND, "a show");
    run.load("app_a");
    ModuleName app = ModuleName.of("app_a");

    Plan duringApplication = run.loader.execute(RegistrationKind.APPLICATION, "aloha",
        () -> run.loader.plan(new Operation.Unload(app, false)));
    Plan duringCli = run.loader.execute(RegistrationKind.CLI_COMMAND, "a show",
        () -> run.loader.plan(new Operation.Unload(app, false)));

    assertThat(duringApplication.refusals()).extracting(Refusal::reason).containsExactly("app_a cannot unload: its use count is 1");
    assertThat(duringCli.isRefused()).isFalse();
    assertThat(run.status("app_a").useCount()).isZero();
    assertThatThrownBy(() -> run.loader.execute(RegistrationKind.FUNCTION, "NOPE", () -> 1))
        .isInstanceOf(ModuleUnavailableException.class).hasMessage("nothing registers function 'NOPE'");
  }

  @Test
  void attachThreadStorage_takesNothing_soAPlainUnloadCloses() {
    ToyRun run = new ToyRun(world);
    run.load("res_c");
    int eventCount = run.events.size();

    UserHandle storage = run.loader.attachThreadStorage(ModuleName.of("res_c"), "worker-1");
    Outcome unloaded = run.unload("res_c", false);

    assertThat(run.events.subList(eventCount, run.events.size())).noneMatch(event ->
        ToyRun.line(event).contains("thread_storage"));
    assertThat(unloaded.success()).isTrue();
    assertThat(run.linker.isMapped("res_c")).isFalse();
    assertThat(run.linker.run("res_c", "threadstorage destructor")).isFalse();
    storage.release();
  }

  @Test
  void unload_removesRegistrations_asTheModulesOwnUnloadModuleWould() throws Exception {
    ToyRun run = new ToyRun(world);
    run.linker.behaviour("res_c").registers(RegistrationKind.FUNCTION, "SEE");
    run.load("res_c");

    run.unload("res_c", false);

    assertThat(run.trace()).containsSubsequence("RegistrationAdded res_c FUNCTION SEE",
        "InstanceStopping res_c", "RegistrationRemoved res_c FUNCTION SEE", "InstanceStopped res_c", "LibClosed res_c");
    assertThatThrownBy(() -> run.loader.execute(RegistrationKind.FUNCTION, "SEE", () -> 1))
        .isInstanceOf(ModuleUnavailableException.class);
  }

  @Test
  void blockUnload_refusesAPlainUnload_butUnloadForceClosesTheLibAnyway() {
    ToyRun run = new ToyRun(world);
    run.linker.behaviour("res_c").blockUnload = true;
    run.load("res_c");

    Outcome plain = run.unload("res_c", false);
    Outcome forced = run.unload("res_c", true);

    assertThat(plain.problems()).extracting(Refusal::reason).containsExactly("res_c cannot unload: its use count is 1");
    assertThat(forced.success()).isTrue();
    assertThat(run.trace()).containsSubsequence("UnloadBlocked res_c", "ReferenceTaken res_c LIB block_unload:block_unload",
        "LibClosed res_c");
    assertThat(run.trace()).doesNotContain("ReferenceDropped res_c LIB block_unload:block_unload");
  }

  @Test
  void load_whenADependencyFailsToStart_refusesTheDependentAndClosesBoth() {
    ToyRun run = new ToyRun(world);
    run.linker.behaviour("res_b").result = LoadResult.DECLINE;

    Outcome outcome = run.load("chan_x");

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.problems()).extracting(Refusal::reason).containsExactly(
        "res_b failed to start: load_module declined", "chan_x cannot load: it requires res_b, which did not load");
    assertThat(run.linker.log).containsSubsequence("open res_b", "open chan_x", "close res_b", "close chan_x");
    assertThat(run.trace()).contains("InstanceFailed res_b: load_module declined",
        "LoadRefused chan_x: chan_x cannot load: it requires res_b, which did not load");
    assertThat(run.loader.whyNot(ModuleName.of("chan_x"))).isEqualTo("chan_x cannot load: it requires res_b, which did not load");
  }

  @Test
  void load_aMissingDependency_isRefusedAtPlanTime_andTheSiblingsBeforeItStillLoad() {
    world.module("app_q", "[uses]\nmodule=res_b\nmodule=res_missing\n");
    ToyRun run = new ToyRun(world);

    Outcome outcome = run.load("app_q");

    assertThat(outcome.problems()).extracting(Refusal::reason).containsExactly(
        "res_missing cannot load: it is not installed", "app_q cannot load: it requires res_missing, which cannot load");
    assertThat(run.running("res_b")).isTrue(); // walked before the refusal, and never undone
    assertThat(run.running("app_q")).isFalse();
  }

  @Test
  void load_whenADependencyCannotBeOpened_theDependentGivesBackWhatItCounted() {
    ToyRun run = new ToyRun(world);
    run.linker.behaviour("res_c").refuseOpen = true;

    Outcome outcome = run.load("app_a");

    assertThat(outcome.problems()).extracting(Refusal::reason).containsExactly(
        "res_c cannot load: the linker cannot open it: cannot map res_c.so",
        "app_a cannot load: it requires res_c, which did not load");
    assertThat(run.trace()).containsSubsequence("ReferenceTaken res_b INSTANCE dependent:app_a",
        "LoadRefused app_a: app_a cannot load: it requires res_c, which did not load",
        "ReferenceDropped res_b INSTANCE dependent:app_a", "LibClosed app_a");
    assertThat(run.running("res_b")).isTrue(); // started for app_a, and left running: no undo
    assertThat(run.status("res_b").useCount()).isZero();
  }

  @Test
  void load_aModuleInstalledAfterTheLoaderWasBuilt_isFound() {
    ToyRun run = new ToyRun(world);
    run.load("res_c");
    world.module("res_hot");

    assertThat(run.load("res_hot").success()).isTrue();
    assertThat(run.linker.isMapped("res_hot")).isTrue();
  }

  @Test
  void builder_withoutALinker_saysSo() {
    assertThatThrownBy(() -> LegacyLoader.builder().modulesFolder(world.modules).runtime(new ToyRuntime()).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("linker is required");
  }

  @Test
  void load_twice_isRefusedTheSecondTime() {
    ToyRun run = new ToyRun(world);
    run.load("res_c");

    assertThat(run.load("res_c").problems()).extracting(Refusal::reason).containsExactly("res_c cannot load: it is already running");
  }

  // --- startup and shutdown ---

  @Test
  void start_autoload_byLoadPriority_builtinsFirst_thenPreload() {
    world.embedded("core_x", "load_priority=devstate_consumer\n").module("res_pre", "load_priority=devstate_consumer\n");
    ToyRun run = new ToyRun(world, "[modules]\nautoload=yes\npreload=res_pre\n", LegacyFaults.today());

    Outcome outcome = run.await(run.loader.start());

    assertThat(outcome.success()).isTrue();
    assertThat(run.trace("InstanceRunning")).containsExactly("InstanceRunning core_x", "InstanceRunning res_pre",
        "InstanceRunning res_b", "InstanceRunning chan_x", "InstanceRunning res_c", "InstanceRunning app_a",
        "InstanceRunning res_crypto");
    assertThat(run.unload("core_x", true).problems()).extracting(Refusal::reason)
        .containsExactly("core_x cannot unload: it is built into the core");
  }

  @Test
  void start_ignoreLoadPriority_startsByName() {
    ToyRun run = new ToyRun(world, "[modules]\nautoload=yes\n", LegacyFaults.today().withIgnoreLoadPriority(true));

    run.await(run.loader.start());

    assertThat(run.trace("InstanceRunning")).containsExactly("InstanceRunning res_b", "InstanceRunning res_c",
        "InstanceRunning app_a", "InstanceRunning chan_x", "InstanceRunning res_crypto");
  }

  @Test
  void start_aRequiredModuleThatFails_failsStartup_unlessRequireNotFatal() {
    String conf = "[modules]\nautoload=no\nrequire=res_c\nload=res_crypto\n";
    ToyRun today = new ToyRun(world, conf, LegacyFaults.today());
    today.linker.behaviour("res_c").result = LoadResult.FAILURE;
    ToyRun faulty = new ToyRun(world, conf, LegacyFaults.today().withRequireNotFatal(true));
    faulty.linker.behaviour("res_c").result = LoadResult.FAILURE;

    Outcome fatal = today.await(today.loader.start());
    Outcome notFatal = faulty.await(faulty.loader.start());

    assertThat(fatal.success()).isFalse();
    assertThat(fatal.problems()).extracting(Refusal::reason).containsExactly("res_c failed to start: load_module failed");
    assertThat(notFatal.success()).isTrue();
    assertThat(notFatal.problems()).isEqualTo(fatal.problems());
    assertThat(faulty.running("res_crypto")).isTrue();
  }

  @Test
  void start_aRequiredModuleThatIsBanned_failsStartup() {
    ToyRun run = new ToyRun(world, "[modules]\nautoload=no\nrequire=res_c\nneverload=res_c\n", LegacyFaults.today());

    Outcome outcome = run.await(run.loader.start());

    assertThat(outcome.success()).isFalse();
    assertThat(run.trace()).contains("LoadRefused res_c: res_c cannot load: it is required, but neverload keeps it out");
  }

  @Test
  void shutdownNow_hangsUpEveryUser_unloadsWhatIsUnused_andLeavesWhatIsStillInUse() throws Exception {
    ToyRun run = new ToyRun(world);
    run.load("chan_x");
    run.load("res_crypto");
    UserHandle[] polite = new UserHandle[1];
    polite[0] = run.loader.addUser(ModuleName.of("res_crypto"), HolderKind.USER, "poller", () -> polite[0].release());
    run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/stuck-1", () -> {});

    Outcome outcome = run.await(run.loader.shutdown(false));

    assertThat(outcome.success()).isTrue();
    assertThat(run.running("res_crypto")).isFalse();
    assertThat(run.running("chan_x")).isTrue();
    assertThat(run.running("res_b")).isTrue(); // chan_x still counts on it
    assertThat(run.linker.isMapped("chan_x")).isTrue();
    // Decided once with every module in use, and again after the hangups let res_crypto go.
    assertThat(run.trace("PlanDecided loader")).hasSize(2);
    assertThatThrownBy(() -> run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/late-2", () -> {}))
        .isInstanceOf(ModuleUnavailableException.class).hasMessage("chan_x takes no new users: the loader is shutting down");
    assertThat(run.load("res_c").problems()).extracting(Refusal::reason).containsExactly("the loader is shutting down");
  }

  @Test
  void shutdownGracefully_waitsForChannels_thenUnloadsNewestFirst() throws Exception {
    ToyRun run = new ToyRun(world);
    run.load("chan_x");
    run.load("res_c");
    UserHandle channel = run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/carol-3", () -> {});

    var shutdown = run.loader.shutdown(true);
    run.runtime.runTasks(10);
    assertThat(shutdown).isNotDone();
    channel.release();
    Outcome outcome = run.await(shutdown);

    assertThat(outcome.success()).isTrue();
    assertThat(run.trace("InstanceStopped")).containsExactly("InstanceStopped res_c", "InstanceStopped chan_x",
        "InstanceStopped res_b");
    assertThat(run.linker.log).filteredOn(line -> line.startsWith("open ")).hasSize(3);
    assertThat(run.linker.log).filteredOn(line -> line.startsWith("close ")).hasSize(3);
  }

  // --- faults ---

  @Test
  void leakRegistrations_keepsTheApplication_whoseNextRunSegfaults() throws Exception {
    ToyRun run = new ToyRun(world, "[modules]\n", LegacyFaults.today().withLeakRegistrations(true));
    run.linker.behaviour("res_c").registers(RegistrationKind.APPLICATION, "Leaky");
    run.load("res_c");
    run.unload("res_c", false);

    boolean ran = run.loader.execute(RegistrationKind.APPLICATION, "Leaky", () -> run.linker.run("res_c", "Leaky"));

    assertThat(ran).isFalse();
    assertThat(run.linker.segfaults()).containsExactly("segfault res_c Leaky");
    assertThat(run.trace()).noneMatch(line -> line.startsWith("RegistrationRemoved"));
  }

  @Test
  void retryDeclinedForever_triesADecliningDependencyPassAfterPass_andTheLoadNeverEnds() {
    ToyRun run = new ToyRun(world, "[modules]\n", LegacyFaults.today().withRetryDeclinedForever(true));
    run.linker.behaviour("res_b").result = LoadResult.DECLINE;

    java.util.concurrent.CompletableFuture<Outcome> load = run.loader.load(ModuleName.of("chan_x"));
    run.runtime.runTasks(500);

    assertThat(load).as("the load still going").isNotDone();
    assertThat(run.runtime.isIdle()).isFalse();
    assertThat(run.linker.log).filteredOn("open res_b"::equals).hasSizeGreaterThan(50);
    assertThat(run.trace()).filteredOn("InstanceFailed res_b: load_module declined"::equals).hasSizeGreaterThan(50);
    assertThat(run.running("chan_x")).isFalse();

    run.linker.behaviour("res_b").result = LoadResult.SUCCESS; // only a module that loads at last ends it
    Outcome outcome = run.await(load);
    assertThat(outcome.success()).as("%s", outcome.problems()).isTrue();
    assertThat(run.running("res_b")).isTrue();
    assertThat(run.running("chan_x")).isTrue();
    assertThat(run.status("res_b").useCount()).as("chan_x counted on res_b once, by the pass that loaded it").isEqualTo(1);
  }

  @Test
  void retryDeclinedForever_off_givesUpOnTheDeclinedModuleAfterOneTry() {
    ToyRun run = new ToyRun(world, "[modules]\n", LegacyFaults.today());
    run.linker.behaviour("res_b").result = LoadResult.DECLINE;

    Outcome outcome = run.load("chan_x");

    assertThat(outcome.success()).isFalse();
    assertThat(run.linker.log).filteredOn("open res_b"::equals).hasSize(1);
  }

  @Test
  void skipDlclose_leavesTheLibMappedWithNothingHoldingIt() {
    ToyRun run = new ToyRun(world, "[modules]\n", LegacyFaults.today().withSkipDlclose(true));
    run.load("res_c");

    run.unload("res_c", false);

    assertThat(run.linker.isMapped("res_c")).isTrue();
    assertThat(run.trace()).contains("ReferenceDropped res_c LIB own_instance:res_c").doesNotContain("LibClosed res_c");
    assertThat(run.status("res_c").libOpen()).isTrue();
    run.load("res_c"); // the resident lib is used again, as dlopen would return it
    assertThat(run.linker.log).filteredOn(line -> line.startsWith("open ")).hasSize(1);
  }

  @Test
  void worstProviderForServices_resolvesServicesToTheWorstProvider() {
    world.module("res_timing_timerfd", "[provides]\ntiming=timerfd:200\n")
        .module("res_timing_dahdi", "[provides]\ntiming=dahdi:100\n")
        .module("chan_t", "[uses]\nservice=timing\n");
    ToyRun today = new ToyRun(world);
    ToyRun faulty = new ToyRun(world, "[modules]\n", LegacyFaults.today().withWorstProviderForServices(true));

    today.load("chan_t");
    faulty.load("chan_t");

    assertThat(today.trace("InstanceRunning")).containsExactly("InstanceRunning chan_t");
    assertThat(faulty.trace("InstanceRunning")).containsExactly("InstanceRunning res_timing_dahdi", "InstanceRunning chan_t");
  }

  @Test
  void skipChecksum_isToday_andOffRefusesAChangedBinary() {
    world.corruptBinary("res_c");
    ToyRun today = new ToyRun(world);
    ToyRun checking = new ToyRun(world, "[modules]\n", LegacyFaults.today().withSkipChecksum(false));

    Outcome loaded = today.load("res_c");
    Outcome refused = checking.load("res_c");

    assertThat(loaded.success()).isTrue();
    assertThat(refused.problems()).singleElement().extracting(Refusal::reason).asString()
        .startsWith("res_c cannot load: checksum ").contains("does not match res_c.so");
    assertThat(checking.linker.log).isEmpty();
  }

  @Test
  void dialplanAutoload_loadsTheProviderOfAnApplication_evenWhenBanned() {
    world.module("app_system", "[provides]\napplication=System\n");
    String conf = "[modules]\nneverload=app_system\n";
    String extensions = "[default]\nexten => s,1,System(reboot)\n";
    ToyRun today = new ToyRun(world, conf, extensions, LegacyFaults.today());
    ToyRun faulty = new ToyRun(world, conf, extensions, LegacyFaults.today().withDialplanAutoload(true));
    var dialplan = new org.loaderlab.engine.config.DialplanParser().parseText("extensions.conf", extensions).orElseThrow();

    today.await(today.loader.loadDialplan(dialplan));
    faulty.await(faulty.loader.loadDialplan(dialplan));

    assertThat(today.trace()).noneMatch(line -> line.startsWith("InstanceRunning"));
    assertThat(faulty.running("app_system")).isTrue();
    assertThat(faulty.trace()).contains("ReferenceTaken app_system INSTANCE dialplan:dialplan");
  }

  // --- the interface: events, plans, users, status ---

  @Test
  void events_areNumberedFromOne_inTheOrderTheyHappened() throws Exception {
    ToyRun run = new ToyRun(world);
    run.load("chan_x");
    run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/dave-4", () -> {});
    run.unload("chan_x", true);

    assertThat(run.events).extracting(LifecycleEvent::sequence)
        .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, run.events.size()).boxed().toList());
    assertThat(run.events.get(0)).isInstanceOf(LifecycleEvent.PlanDecided.class);
    assertThat(run.trace()).containsSubsequence("PlanDecided chan_x", "LibOpened res_b", "LibOpened chan_x",
        "InstanceStarting res_b", "InstanceRunning res_b", "ReferenceTaken res_b INSTANCE dependent:chan_x",
        "InstanceStarting chan_x", "InstanceRunning chan_x", "ReferenceTaken chan_x INSTANCE admin:cli",
        "ReferenceTaken chan_x INSTANCE channel:X/dave-4", "PlanDecided chan_x",
        "UserCancelled chan_x channel:X/dave-4", "ReferenceDropped chan_x INSTANCE admin:cli", "InstanceStopping chan_x",
        "ReferenceDropped res_b INSTANCE dependent:chan_x", "InstanceStopped chan_x", "LibClosed chan_x");
  }

  @Test
  void plan_unloadForce_cancelsStopsAndCloses_withoutWaiting() throws Exception {
    ToyRun run = new ToyRun(world);
    run.load("chan_x");
    run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/erin-5", () -> {});

    Plan plan = run.loader.plan(new Operation.Unload(ModuleName.of("chan_x"), true));
    Outcome outcome = run.unload("chan_x", true);

    assertThat(plan.steps()).extracting(step -> step.getClass().getSimpleName() + " " + step.module())
        .containsExactly("CancelUser chan_x", "Release chan_x", "StopInstance chan_x", "CloseLib chan_x");
    assertThat(plan.waiting()).isEmpty();
    assertThat(outcome.plan()).isEqualTo(plan);
  }

  @Test
  void addUser_onAModuleThatIsNotRunning_throws_andEngineKindsAreRefused() {
    ToyRun run = new ToyRun(world);

    assertThatThrownBy(() -> run.loader.addUser(ModuleName.of("res_c"), HolderKind.CHANNEL, "X/1", () -> {}))
        .isInstanceOf(ModuleUnavailableException.class).hasMessage("res_c is not running");
    assertThatThrownBy(() -> run.loader.addUser(ModuleName.of("res_c"), HolderKind.OPTIONAL_CALL, "x", () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void showWhyWhyNotComplete_answerFromTheUseCount() throws Exception {
    ToyRun run = new ToyRun(world, "[modules]\nneverload=res_crypto\n", LegacyFaults.today());
    run.load("chan_x");
    run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/frank-6", () -> {});

    ModuleStatus chan = run.status("chan_x");

    assertThat(chan.state()).isEqualTo(ModuleStatus.State.RUNNING);
    assertThat(chan.useCount()).isEqualTo(1);
    assertThat(chan.libHolders()).isEmpty();
    assertThat(run.loader.show()).extracting(line -> line.name().toString())
        .containsExactly("app_a", "chan_x", "res_b", "res_c", "res_crypto");
    assertThat(run.loader.why(ModuleName.of("res_b")))
        .isEqualTo("res_b is running; its use count is 1 (the legacy loader does not know who holds it)");
    assertThat(run.loader.why(ModuleName.of("res_c"))).isEqualTo("res_c is not running and its lib is closed");
    assertThat(run.loader.whyNot(ModuleName.of("res_c"))).isEqualTo("res_c is not running: nothing loaded it");
    assertThat(run.loader.whyNot(ModuleName.of("res_crypto")))
        .isEqualTo("res_crypto is not running: neverload bans loading it by name (modules.conf:2)");
    assertThat(run.loader.whyNot(ModuleName.of("nope"))).isEqualTo("nope is not running: it is not installed");
    world.module("res_new");
    assertThat(run.loader.complete("RES_")).extracting(ModuleName::toString)
        .containsExactly("res_b", "res_c", "res_crypto", "res_new");
  }
}
