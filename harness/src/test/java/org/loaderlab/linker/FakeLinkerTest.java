package org.loaderlab.linker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.binary.Adversarial;
import org.loaderlab.binary.BinaryThread;
import org.loaderlab.binary.Disposal;
import org.loaderlab.binary.EngineCall;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.world.World;
import org.loaderlab.world.WorldSpec;

/**
 * Goal: the fake linker maps and unmaps libs, interprets what a binary says its code does, and runs
 * every piece of module code through the guard: code of a mapped lib runs and is observed, code of an
 * unmapped lib is a recorded segfault whose body never runs. Method: a generated world, a step
 * counter the test moves, and a loader double that writes down what module code asked of it.
 *
 * <pre>
 *   chan_x.so   registers XDial, XVAR, channel tech X, cli 'x show', realtime xdb, timing xt;
 *               key buf with destructor; threads io (uses buf) and mon; calls res_y:y_api
 *   res_y.so    exports y_api
 *   core        embedded, provides application CoreApp
 * </pre>
 */
class FakeLinkerTest {

  private static final ModuleName CHAN_X = ModuleName.of("chan_x");
  private static final ModuleName RES_Y = ModuleName.of("res_y");
  private static final ModuleName CORE = ModuleName.of("core");

  private static final FakeBinary CHAN_X_BINARY = FakeBinary.builder(CHAN_X)
      .registers("application", "XDial").registers("function", "XVAR").registers("channel_tech", "X")
      .registers("cli", "x show").registers("realtime", "xdb").registers("timing", "xt")
      .threadStorage("buf", true).thread(BinaryThread.using("io", "buf")).thread(BinaryThread.of("mon"))
      .calls(RES_Y, "y_api")
      .build();
  private static final FakeBinary RES_Y_BINARY = FakeBinary.builder(RES_Y).exports("y_api").build();

  private final long[] step = {0};
  private World world;
  private ObservationLog log;
  private FakeLinker linker;
  private RecordingLoader loader;

  @BeforeEach
  void setUp() {
    Manifest core = new Manifest(CORE, Optional.empty(), SupportLevel.CORE, Optional.empty(), false,
        LoadPriority.CORE, List.of(), Optional.empty(), List.of(), List.of(),
        List.of(Provision.of("application", "CoreApp"), new Provision("timing", "coretimer", OptionalInt.of(1))));
    world = World.generate(WorldSpec.builder("w")
        .module(Manifest.minimal(CHAN_X), CHAN_X_BINARY)
        .module(Manifest.minimal(RES_Y), RES_Y_BINARY)
        .embedded(core)
        .build()).orElseThrow();
    log = new ObservationLog();
    linker = new FakeLinker(world.modulesFolder(), () -> step[0], log);
    loader = new RecordingLoader();
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  private LinkedLib open(ModuleName module) throws LinkException {
    return linker.open(module, Optional.of(world.binaryOf(module)));
  }

  private LoadResult load(LinkedLib lib, ModuleName module) {
    return lib.code().load(new RecordingContext(module, loader));
  }

  private static LibRef ref(ModuleName module, int generation) {
    return new LibRef(module, generation);
  }

  @Test
  void open_mapsEachTimeAsTheNextGeneration_closeUnmaps() throws LinkException {
    LinkedLib first = open(CHAN_X);
    step[0] = 1;
    first.close();
    step[0] = 2;
    LinkedLib second = open(CHAN_X);
    assertThat(linker.current(CHAN_X)).contains(ref(CHAN_X, 2));
    assertThat(linker.isMapped(ref(CHAN_X, 1))).isFalse();
    assertThat(linker.isMapped(CHAN_X)).isTrue();
    assertThat(linker.mapped()).containsExactly(ref(CHAN_X, 2));
    assertThat(linker.image(ref(CHAN_X, 1))).contains(CHAN_X_BINARY);
    second.close();
    second.close();
    assertThat(linker.isMapped(CHAN_X)).isFalse();
    assertThat(linker.latest(CHAN_X)).isEqualTo(ref(CHAN_X, 2));
    assertThat(log.lines()).containsExactly("0 lib-mapped chan_x#1", "1 lib-unmapped chan_x#1",
        "2 lib-mapped chan_x#2", "2 lib-unmapped chan_x#2", "2 unmap-repeated chan_x#2");
  }

  @Test
  void open_readsTheBinaryAsItIsThen_laterEditsDoNotChangeMappedCode() throws LinkException {
    LinkedLib lib = open(CHAN_X);
    world.writeBinary(FakeBinary.plain(CHAN_X));
    assertThat(load(lib, CHAN_X)).isEqualTo(LoadResult.SUCCESS);
    assertThat(linker.runApplication(CHAN_X, "XDial")).isTrue();
  }

  @Test
  void open_brokenOrForeignOrMissingBinary_refusedAndObserved() {
    world.writeModuleFile("chan_x.so", "[module]\nname=chan_x\nload=later\n");
    assertThatThrownBy(() -> open(CHAN_X)).isInstanceOf(LinkException.class)
        .hasMessage("cannot map /w/modules/chan_x.so: /w/modules/chan_x.so:3: error: expected 'success', 'decline'"
            + " or 'failure' for 'load', found 'later' [bad-load-result]");
    assertThatThrownBy(() -> linker.open(RES_Y, Optional.of(world.binaryOf(CHAN_X)))).isInstanceOf(LinkException.class)
        .hasMessageStartingWith("cannot map /w/modules/chan_x.so: ");
    world.writeModuleFile("other.so", "[module]\nname=chan_x\n");
    assertThatThrownBy(() -> linker.open(RES_Y, Optional.of(world.modulesFolder().resolve("other.so"))))
        .hasMessage("cannot map /w/modules/other.so: /w/modules/other.so:2: error: binary says name=chan_x but its"
            + " file is other.so [name-mismatch]");
    assertThatThrownBy(() -> linker.open(RES_Y, Optional.of(world.modulesFolder().resolve("gone.so"))))
        .hasMessage("cannot map /w/modules/gone.so: /w/modules/gone.so: error: file not found [file-not-found]");
    assertThat(linker.mapped()).isEmpty();
    assertThat(log.ofType(Observation.MapFailed.class)).hasSize(4);
  }

  @Test
  void open_binaryOfAnotherModule_refused() throws IOException {
    Path elsewhere = Files.createDirectories(world.root().resolve("elsewhere"));
    Files.copy(world.binaryOf(RES_Y), elsewhere.resolve("res_y.so"));
    assertThatThrownBy(() -> linker.open(CHAN_X, Optional.of(elsewhere.resolve("res_y.so"))))
        .isInstanceOf(LinkException.class)
        .hasMessage("cannot map /w/elsewhere/res_y.so: it is the binary of res_y, not chan_x");
    assertThat(log.lines()).containsExactly(
        "0 map-failed chan_x: cannot map /w/elsewhere/res_y.so: it is the binary of res_y, not chan_x");
  }

  @Test
  void open_embedded_mapsWhatItsManifestProvides() throws LinkException {
    LinkedLib lib = linker.open(CORE, Optional.empty());
    assertThat(load(lib, CORE)).isEqualTo(LoadResult.SUCCESS);
    assertThat(loader.calls).containsExactly("register core application CoreApp");
    assertThat(log.lines()).containsExactly("0 lib-mapped core#1 embedded", "0 code-ran core#1 load_module load_module");
    assertThatThrownBy(() -> linker.open(ModuleName.of("ghost"), Optional.empty())).isInstanceOf(LinkException.class)
        .hasMessage("cannot map embedded module ghost: /w/modules/ghost.manifest: error: file not found [file-not-found]");
  }

  @Test
  void load_registersStartsThreadsAndAttachesThreadStorage() throws LinkException {
    LinkedLib lib = open(CHAN_X);
    assertThat(load(lib, CHAN_X)).isEqualTo(LoadResult.SUCCESS);
    assertThat(loader.calls).containsExactly(
        "register chan_x application XDial",
        "register chan_x function XVAR",
        "register chan_x channel tech X",
        "register chan_x cli command x show",
        "attach chan_x chan_x#1/io");
    assertThat(linker.liveThreads()).containsExactly(
        new ModuleThread("chan_x#1/io", ref(CHAN_X, 1), "io", Optional.of("buf")),
        new ModuleThread("chan_x#1/mon", ref(CHAN_X, 1), "mon", Optional.empty()));
    assertThat(linker.registrant(RegistrationKind.APPLICATION, "xdial")).contains(ref(CHAN_X, 1));
    assertThat(linker.registrant(RegistrationKind.FUNCTION, "XDial")).isEmpty();
    assertThat(log.lines()).containsExactly(
        "0 lib-mapped chan_x#1",
        "0 code-ran chan_x#1 load_module load_module",
        "0 thread-started chan_x#1/io uses buf",
        "0 engine-called chan_x#1 attach threadstorage buf for chan_x#1/io",
        "0 thread-started chan_x#1/mon");
  }

  @Test
  void load_declined_startsNoThreads_butRegisteredFirst() throws LinkException {
    world.install(Manifest.minimal(CHAN_X), CHAN_X_BINARY.toBuilder().load(LoadResult.DECLINE).build());
    assertThat(load(open(CHAN_X), CHAN_X)).isEqualTo(LoadResult.DECLINE);
    assertThat(loader.calls).hasSize(4);
    assertThat(linker.liveThreads()).isEmpty();
  }

  @Test
  void load_registrationRefused_failsTheLoad() throws LinkException {
    LinkedLib lib = open(CHAN_X);
    RecordingContext context = new RecordingContext(CHAN_X, loader);
    context.taken.add("XVAR");
    assertThat(lib.code().load(context)).isEqualTo(LoadResult.FAILURE);
    assertThat(log.lines()).contains("0 engine-refused chan_x#1 register function=XVAR: function 'XVAR' is already"
        + " registered by other");
    assertThat(linker.liveThreads()).isEmpty();
  }

  @Test
  void load_blockUnloadAndCallsBackIntoTheEngine() throws LinkException {
    FakeBinary adversarial = FakeBinary.builder(RES_Y).blockUnload(true)
        .adversarial(new Adversarial(List.of(), Disposal.RELEASE,
            List.of(new EngineCall(EngineCall.Verb.LOAD, CHAN_X), new EngineCall(EngineCall.Verb.UNLOAD_FORCE, CORE)),
            List.of(), List.of()))
        .build();
    world.install(Manifest.minimal(RES_Y), adversarial);
    assertThat(load(open(RES_Y), RES_Y)).isEqualTo(LoadResult.SUCCESS);
    assertThat(loader.calls).containsExactly("block_unload res_y", "load chan_x", "unload -f core");
    assertThat(log.lines()).containsExactly("0 lib-mapped res_y#1", "0 code-ran res_y#1 load_module load_module",
        "0 engine-called res_y#1 block_unload", "0 engine-called res_y#1 load chan_x",
        "0 engine-called res_y#1 unload -f core");
  }

  @Test
  void guard_unmappedLib_isASegfault_andTheBodyNeverRuns() throws LinkException {
    LinkedLib lib = open(CHAN_X);
    LibRef first = linker.current(CHAN_X).orElseThrow();
    int[] ran = {0};
    assertThat(linker.call(first, CodeKind.FUNCTION, "XVAR", () -> "value")).contains("value");
    assertThat(linker.run(first, CodeKind.APPLICATION, "XDial", () -> {
      ran[0]++;
    })).isTrue();
    lib.close();
    step[0] = 5;
    assertThat(linker.run(first, CodeKind.APPLICATION, "XDial", () -> {
      ran[0]++;
    })).isFalse();
    assertThat(linker.call(first, CodeKind.FUNCTION, "XVAR", () -> "value")).isEmpty();
    assertThat(ran[0]).isEqualTo(1);
    assertThat(log.lines()).endsWith("5 code-ran-unmapped chan_x#1 application XDial",
        "5 code-ran-unmapped chan_x#1 function XVAR");
  }

  @Test
  void guard_stalePointerIntoAnOldMapping_segfaultsEvenWhileTheModuleIsMappedAgain() throws LinkException {
    open(CHAN_X).close();
    open(CHAN_X);
    assertThat(linker.run(ref(CHAN_X, 1), CodeKind.APPLICATION, "XDial", () -> {})).isFalse();
    assertThat(linker.runApplication(CHAN_X, "XDial")).isTrue();
    assertThat(log.lines()).endsWith("0 code-ran-unmapped chan_x#1 application XDial",
        "0 code-ran chan_x#2 application XDial");
  }

  @Test
  void actorApi_everyCodeKind_mappedRunsUnmappedSegfaults() throws LinkException {
    LinkedLib x = open(CHAN_X);
    LinkedLib y = open(RES_Y);
    assertThat(linker.runApplication(CHAN_X, "xdial")).isTrue();
    assertThat(linker.evaluateFunction(CHAN_X, "XVAR")).isTrue();
    assertThat(linker.channelTechCallback(CHAN_X, "X")).isTrue();
    assertThat(linker.runRegistered(CHAN_X, RegistrationKind.CLI_COMMAND, "x show")).isTrue();
    assertThat(linker.callOptionalApi(RES_Y, "y_api")).isTrue();
    assertThat(linker.runThreadStorageDestructor(CHAN_X, "buf", "SIP/alice-1")).isTrue();
    step[0] = 1;
    x.close();
    y.close();
    step[0] = 2;
    assertThat(linker.runApplication(CHAN_X, "XDial")).isFalse();
    assertThat(linker.evaluateFunction(CHAN_X, "XVAR")).isFalse();
    assertThat(linker.channelTechCallback(CHAN_X, "X")).isFalse();
    assertThat(linker.callOptionalApi(RES_Y, "y_api")).isFalse();
    assertThat(linker.runThreadStorageDestructor(CHAN_X, "buf", "SIP/alice-1")).isFalse();
    assertThat(log.lines()).containsExactly(
        "0 lib-mapped chan_x#1",
        "0 lib-mapped res_y#1",
        "0 code-ran chan_x#1 application xdial",
        "0 code-ran chan_x#1 function XVAR",
        "0 code-ran chan_x#1 channel_tech X",
        "0 code-ran chan_x#1 cli x show",
        "0 code-ran res_y#1 optional_api y_api",
        "0 code-ran chan_x#1 threadstorage_destructor buf",
        "0 destructor-ran chan_x#1 buf for SIP/alice-1",
        "1 lib-unmapped chan_x#1",
        "1 lib-unmapped res_y#1",
        "2 code-ran-unmapped chan_x#1 application XDial",
        "2 code-ran-unmapped chan_x#1 function XVAR",
        "2 code-ran-unmapped chan_x#1 channel_tech X",
        "2 code-ran-unmapped res_y#1 optional_api y_api",
        "2 code-ran-unmapped chan_x#1 threadstorage_destructor buf");
  }

  @Test
  void actorApi_moduleNeverMapped_segfaultsAtGenerationZero() {
    assertThat(linker.callOptionalApi(RES_Y, "y_api")).isFalse();
    assertThat(log.lines()).containsExactly("0 code-ran-unmapped res_y#0 optional_api y_api");
  }

  @Test
  void actorApi_codeTheBinaryNeverHad_isAHarnessBug() throws LinkException {
    open(CHAN_X);
    open(RES_Y);
    assertThatThrownBy(() -> linker.runApplication(CHAN_X, "Nope")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chan_x#1 registers no application 'Nope'");
    assertThatThrownBy(() -> linker.evaluateFunction(CHAN_X, "XDial"))
        .hasMessage("chan_x#1 registers no function 'XDial'");
    assertThatThrownBy(() -> linker.callOptionalApi(RES_Y, "z_api")).hasMessage("res_y#1 exports no optional api 'z_api'");
    assertThatThrownBy(() -> linker.runThreadStorageDestructor(RES_Y, "buf", "t"))
        .hasMessage("res_y#1 has no threadstorage key 'buf' with a destructor");
    assertThatThrownBy(() -> linker.runThread("nope#1/t")).hasMessage("no live thread 'nope#1/t'; live: []");
  }

  @Test
  void unloadModule_stopsThreads_runsDestructors_releasesHolds() throws LinkException {
    LinkedLib lib = open(CHAN_X);
    RecordingContext context = new RecordingContext(CHAN_X, loader);
    lib.code().load(context);
    step[0] = 3;
    assertThat(linker.runThread("chan_x#1/mon")).isTrue();
    lib.code().unload(context);
    assertThat(linker.liveThreads()).isEmpty();
    assertThat(loader.calls).endsWith("detach chan_x#1/io");
    assertThat(log.lines()).endsWith(
        "3 code-ran chan_x#1 thread mon",
        "3 code-ran chan_x#1 unload_module unload_module",
        "3 thread-exited chan_x#1/io",
        "3 code-ran chan_x#1 threadstorage_destructor buf",
        "3 destructor-ran chan_x#1 buf for chan_x#1/io",
        "3 thread-exited chan_x#1/mon");
  }

  @Test
  void noUnloadModule_threadsOutliveTheLib_andCrashLater() throws LinkException {
    world.install(Manifest.minimal(CHAN_X), CHAN_X_BINARY.toBuilder().unloadModule(false).build());
    LinkedLib lib = open(CHAN_X);
    RecordingContext context = new RecordingContext(CHAN_X, loader);
    lib.code().load(context);
    lib.code().unload(context);
    assertThat(linker.liveThreads()).hasSize(2);
    step[0] = 4;
    lib.close();
    step[0] = 5;
    assertThat(linker.runThread("chan_x#1/mon")).isFalse();
    assertThat(linker.exitThread("chan_x#1/io")).isFalse();
    assertThat(loader.calls).endsWith("detach chan_x#1/io");
    assertThat(log.lines()).endsWith(
        "4 lib-unmapped chan_x#1",
        "5 code-ran-unmapped chan_x#1 thread mon",
        "5 thread-exited chan_x#1/io",
        "5 code-ran-unmapped chan_x#1 threadstorage_destructor buf");
    assertThat(log.ofType(Observation.DestructorRan.class)).isEmpty();
  }

  @Test
  void entryPoints_calledAfterClose_segfault() throws LinkException {
    LinkedLib lib = open(CHAN_X);
    lib.close();
    RecordingContext context = new RecordingContext(CHAN_X, loader);
    assertThat(lib.code().load(context)).isEqualTo(LoadResult.FAILURE);
    lib.code().unload(context);
    lib.code().canUseArrived(RES_Y, context);
    assertThat(loader.calls).isEmpty();
    assertThat(log.lines()).endsWith("0 code-ran-unmapped chan_x#1 load_module load_module",
        "0 code-ran-unmapped chan_x#1 unload_module unload_module",
        "0 code-ran-unmapped chan_x#1 canuse_callback arrived res_y");
  }

  @Test
  void canUseCallbacks_areGuardedCode() throws LinkException {
    LinkedLib lib = open(CHAN_X);
    RecordingContext context = new RecordingContext(CHAN_X, loader);
    lib.code().canUseArrived(RES_Y, context);
    lib.code().canUseLeaving(RES_Y, context);
    assertThat(log.lines()).endsWith("0 code-ran chan_x#1 canuse_callback arrived res_y",
        "0 code-ran chan_x#1 canuse_callback leaving res_y");
  }

  private LinkedLib userOfResY(Disposal cancel, List<EngineCall> onCancel) throws LinkException {
    FakeBinary user = FakeBinary.builder(CHAN_X)
        .adversarial(new Adversarial(List.of(RES_Y), cancel, List.of(), List.of(), onCancel)).build();
    world.install(Manifest.minimal(CHAN_X), user);
    LinkedLib lib = open(CHAN_X);
    load(lib, CHAN_X);
    return lib;
  }

  @Test
  void userOf_release_letsGoWhenCancelled() throws LinkException {
    userOfResY(Disposal.RELEASE, List.of(new EngineCall(EngineCall.Verb.UNLOAD, CORE)));
    assertThat(loader.calls).containsExactly("addUser res_y USER chan_x#1");
    step[0] = 2;
    loader.cancels.get("chan_x#1->res_y").run();
    assertThat(loader.calls).endsWith("release chan_x#1->res_y", "unload core");
    assertThat(log.lines()).endsWith("0 use-taken chan_x#1 -> res_y",
        "2 code-ran chan_x#1 cancel_callback res_y",
        "2 use-released chan_x#1 -> res_y",
        "2 engine-called chan_x#1 unload core");
  }

  @Test
  void userOf_ignore_neverLetsGo_untilUnloadModule() throws LinkException {
    LinkedLib lib = userOfResY(Disposal.IGNORE, List.of());
    loader.cancels.get("chan_x#1->res_y").run();
    loader.cancels.get("chan_x#1->res_y").run();
    assertThat(loader.calls).containsExactly("addUser res_y USER chan_x#1");
    lib.code().unload(new RecordingContext(CHAN_X, loader));
    assertThat(loader.calls).endsWith("release chan_x#1->res_y");
  }

  @Test
  void userOf_delay_releasesWhenDue_throughTheGuard() throws LinkException {
    userOfResY(Disposal.delay(3), List.of());
    step[0] = 1;
    loader.cancels.get("chan_x#1->res_y").run();
    assertThat(linker.pendingReleases()).isEqualTo(1);
    step[0] = 3;
    assertThat(linker.releaseDue()).isZero();
    step[0] = 4;
    assertThat(linker.releaseDue()).isEqualTo(1);
    assertThat(linker.pendingReleases()).isZero();
    assertThat(loader.calls).endsWith("release chan_x#1->res_y");
    assertThat(log.lines()).endsWith("4 code-ran chan_x#1 delayed_release res_y", "4 use-released chan_x#1 -> res_y");
  }

  @Test
  void userOf_delay_libGoneBeforeDue_segfaults_andTheUseIsNeverReleased() throws LinkException {
    FakeBinary user = FakeBinary.builder(CHAN_X).unloadModule(false)
        .adversarial(new Adversarial(List.of(RES_Y), Disposal.delay(1), List.of(), List.of(), List.of())).build();
    world.install(Manifest.minimal(CHAN_X), user);
    LinkedLib lib = open(CHAN_X);
    load(lib, CHAN_X);
    loader.cancels.get("chan_x#1->res_y").run();
    lib.close();
    step[0] = 1;
    assertThat(linker.releaseDue()).isZero();
    assertThat(loader.calls).containsExactly("addUser res_y USER chan_x#1");
    assertThat(log.lines()).endsWith("1 code-ran-unmapped chan_x#1 delayed_release res_y");
    loader.cancels.get("chan_x#1->res_y").run();
    assertThat(log.lines()).endsWith("1 code-ran-unmapped chan_x#1 cancel_callback res_y");
  }

  @Test
  void userOf_unavailableTarget_isRefusedAndObserved() throws LinkException {
    loader.unavailable.add(RES_Y);
    loader.unavailable.add(CHAN_X);
    userOfResY(Disposal.RELEASE, List.of());
    assertThat(log.lines()).endsWith("0 engine-refused chan_x#1 user_of res_y: res_y is not running");
  }

  @Test
  void threadStorage_attachRefused_isObserved_threadStillRuns() throws LinkException {
    loader.unavailable.add(CHAN_X);
    load(open(CHAN_X), CHAN_X);
    assertThat(log.lines()).contains("0 engine-refused chan_x#1 attach threadstorage buf for chan_x#1/io:"
        + " the lib of chan_x is not open");
    assertThat(linker.liveThreads()).hasSize(2);
  }

  @Test
  void load_twiceOnOneMapping_namesTheSecondLoadsThreadsAndUsesApart() throws LinkException {
    FakeBinary twice = CHAN_X_BINARY.toBuilder().unloadModule(false)
        .adversarial(new Adversarial(List.of(RES_Y), Disposal.IGNORE, List.of(), List.of(), List.of())).build();
    world.install(Manifest.minimal(CHAN_X), twice);
    LinkedLib lib = open(CHAN_X);
    load(lib, CHAN_X);
    load(lib, CHAN_X);
    assertThat(linker.liveThreads()).extracting(ModuleThread::id)
        .containsExactly("chan_x#1/io", "chan_x#1/mon", "chan_x#1~2/io", "chan_x#1~2/mon");
    assertThat(loader.calls).contains("addUser res_y USER chan_x#1", "addUser res_y USER chan_x#1~2",
        "attach chan_x chan_x#1~2/io");
  }

  @Test
  void sameSteps_sameObservations() throws LinkException {
    String first = scriptedRun();
    setUp();
    assertThat(scriptedRun()).isEqualTo(first);
  }

  private String scriptedRun() throws LinkException {
    step[0] = 0;
    LinkedLib lib = open(CHAN_X);
    RecordingContext context = new RecordingContext(CHAN_X, loader);
    lib.code().load(context);
    step[0]++;
    linker.runApplication(CHAN_X, "XDial");
    lib.code().unload(context);
    lib.close();
    step[0]++;
    linker.runApplication(CHAN_X, "XDial");
    String rendered = log.render();
    world.close();
    return rendered;
  }
}
