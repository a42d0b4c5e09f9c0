package org.loaderlab.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.engine.spi.LoadResult;

/**
 * Goal: each of the later {@link LegacyFaults} switches ({@code dlcloseBeforeUnload},
 * {@code dlcloseTwiceOnFailure}, {@code unrefTwice}, {@code lockedModuleCallbacks},
 * {@code dryRunRootOnly}, {@code giveUpMidLoad}) makes its modelled bug happen in a unit-sized
 * scenario, and the same scenario with the switch off behaves as today's loader does; the
 * end-to-end violation scenarios only show that some oracle fires. Method: as in
 * {@link LegacyLoaderTest}, a toy world on Jimfs, the toy linker's log as the witness of opens,
 * closes and code run in unmapped libs, and a runtime run to idle.
 *
 * <pre>
 * the world:  chan_x --requires--> res_b        app_a --requires--> res_b, res_c
 * </pre>
 */
class LegacyFaultSwitchesTest {

  private static final LegacyFaults NONE = LegacyFaults.today();

  private final ToyWorld world = new ToyWorld()
      .module("chan_x", "load_priority=channel_driver\n[uses]\nmodule=res_b\n")
      .module("res_b", "load_priority=core\n")
      .module("res_c")
      .module("app_a", "[uses]\nmodule=res_c\nmodule=res_b\n");

  @AfterEach
  void closeWorld() {
    world.close();
  }

  // --- dlcloseBeforeUnload ---

  @Test
  void dlcloseBeforeUnload_closesTheLibFirst_soUnloadModuleSegfaults() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withDlcloseBeforeUnload(true));
    run.load("res_c");

    Outcome outcome = run.unload("res_c", false);

    assertThat(outcome.success()).isTrue();
    assertThat(run.linker.log).containsSubsequence("open res_c", "ran res_c load_module", "close res_c",
        "segfault res_c unload_module");
    assertThat(run.linker.log).filteredOn("close res_c"::equals).hasSize(1);
    assertThat(run.trace()).containsSubsequence("InstanceStopping res_c", "LibClosed res_c", "InstanceStopped res_c");
  }

  @Test
  void dlcloseBeforeUnload_off_runsUnloadModuleThenCloses() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE);
    run.load("res_c");

    Outcome outcome = run.unload("res_c", false);

    assertThat(outcome.success()).isTrue();
    assertThat(run.linker.log).containsSubsequence("ran res_c unload_module", "close res_c");
    assertThat(run.linker.segfaults()).isEmpty();
    assertThat(run.trace()).containsSubsequence("InstanceStopping res_c", "InstanceStopped res_c", "LibClosed res_c");
  }

  // --- dlcloseTwiceOnFailure ---

  @Test
  void dlcloseTwiceOnFailure_closesTheLibOfAFailedLoadTwice() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withDlcloseTwiceOnFailure(true));
    run.linker.behaviour("res_c").result = LoadResult.FAILURE;

    Outcome outcome = run.load("res_c");

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.problems()).extracting(Refusal::reason).containsExactly("res_c failed to start: load_module failed");
    assertThat(run.linker.log).containsExactly("open res_c", "ran res_c load_module", "close res_c", "close res_c");
    assertThat(run.trace("LibClosed")).containsExactly("LibClosed res_c", "LibClosed res_c");
  }

  @Test
  void dlcloseTwiceOnFailure_off_closesTheLibOfAFailedLoadOnce() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE);
    run.linker.behaviour("res_c").result = LoadResult.FAILURE;

    Outcome outcome = run.load("res_c");

    assertThat(outcome.success()).isFalse();
    assertThat(run.linker.log).containsExactly("open res_c", "ran res_c load_module", "close res_c");
    assertThat(run.trace("LibClosed")).containsExactly("LibClosed res_c");
  }

  // --- unrefTwice ---

  @Test
  void unrefTwice_oneChannelsRelease_givesBackTwo_soAPlainUnloadClosesUnderTheOther() throws Exception {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withUnrefTwice(true));
    run.load("res_c");
    UserHandle alice = run.loader.addUser(ModuleName.of("res_c"), HolderKind.CHANNEL, "X/alice-1", () -> {});
    run.loader.addUser(ModuleName.of("res_c"), HolderKind.CHANNEL, "X/bob-2", () -> {});

    alice.release();

    assertThat(run.status("res_c").useCount()).as("bob still uses it").isZero();
    assertThat(run.trace("ReferenceDropped res_c INSTANCE channel:X/alice-1"))
        .containsExactly("ReferenceDropped res_c INSTANCE channel:X/alice-1",
            "ReferenceDropped res_c INSTANCE channel:X/alice-1");
    Outcome unload = run.unload("res_c", false);
    assertThat(unload.success()).isTrue();
    assertThat(run.linker.isMapped("res_c")).isFalse();
    assertThat(run.linker.run("res_c", "hangup")).as("bob's hangup, in the closed lib").isFalse();
  }

  @Test
  void unrefTwice_off_oneChannelsRelease_givesBackOne_soAPlainUnloadIsRefused() throws Exception {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE);
    run.load("res_c");
    UserHandle alice = run.loader.addUser(ModuleName.of("res_c"), HolderKind.CHANNEL, "X/alice-1", () -> {});
    run.loader.addUser(ModuleName.of("res_c"), HolderKind.CHANNEL, "X/bob-2", () -> {});

    alice.release();

    assertThat(run.status("res_c").useCount()).isEqualTo(1);
    assertThat(run.trace("ReferenceDropped res_c INSTANCE channel:X/alice-1")).hasSize(1);
    Outcome unload = run.unload("res_c", false);
    assertThat(unload.success()).isFalse();
    assertThat(unload.problems()).extracting(Refusal::reason).containsExactly("res_c cannot unload: its use count is 1");
    assertThat(run.linker.isMapped("res_c")).isTrue();
  }

  // --- lockedModuleCallbacks ---

  @Test
  void lockedModuleCallbacks_aLoadFromLoadModule_deadlocks_andTheLoaderRunsNothingMore() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withLockedModuleCallbacks(true));
    List<CompletableFuture<Outcome>> nested = new ArrayList<>();
    run.linker.behaviour("res_c").duringLoad = context -> nested.add(context.loader().load(ModuleName.of("res_b")));

    CompletableFuture<Outcome> load = run.loader.load(ModuleName.of("res_c"));
    run.runtime.runUntilIdle();

    assertThat(run.runtime.isIdle()).as("nothing left to run: every task waits on the lock").isTrue();
    assertThat(nested).singleElement().satisfies(future -> assertThat(future).isNotDone());
    assertThat(load).as("the load whose load_module called back").isNotDone();
    // The model lets the calling load_module return; what never runs is the rest of the operation.
    assertThat(run.trace()).doesNotContain("ReferenceTaken res_c INSTANCE admin:cli");
    CompletableFuture<Outcome> later = run.loader.load(ModuleName.of("chan_x"));
    run.runtime.runUntilIdle();
    assertThat(later).as("an admin's load after the deadlock").isNotDone();
    assertThat(run.linker.log).doesNotContain("open res_b", "open chan_x");
  }

  @Test
  void lockedModuleCallbacks_aLoadFromUnloadModule_deadlocksTheUnload() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withLockedModuleCallbacks(true));
    run.load("res_c");
    run.linker.behaviour("res_c").duringUnload = context -> context.loader().load(ModuleName.of("res_b"));

    CompletableFuture<Outcome> unload = run.loader.unload(ModuleName.of("res_c"), false);
    run.runtime.runUntilIdle();

    assertThat(unload).isNotDone();
    // The model lets the calling unload_module return; the unload's close never runs.
    assertThat(run.trace()).doesNotContain("LibClosed res_c");
    assertThat(run.linker.isMapped("res_c")).isTrue();
    assertThat(run.linker.log).doesNotContain("open res_b");
  }

  @Test
  void lockedModuleCallbacks_off_theNestedLoadIsQueued_andBothComplete() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE);
    List<CompletableFuture<Outcome>> nested = new ArrayList<>();
    run.linker.behaviour("res_c").duringLoad = context -> nested.add(context.loader().load(ModuleName.of("res_b")));

    Outcome outcome = run.load("res_c");

    assertThat(outcome.success()).isTrue();
    assertThat(nested).singleElement().satisfies(future -> assertThat(future).isCompletedWithValueMatching(Outcome::success));
    assertThat(run.running("res_c")).isTrue();
    assertThat(run.running("res_b")).isTrue();
    // Queued, not nested: the outer load finishes starting res_c before res_b is opened.
    assertThat(run.trace()).containsSubsequence("InstanceRunning res_c", "LibOpened res_b", "InstanceRunning res_b");
  }

  @Test
  void lockedModuleCallbacks_off_aLoadFromUnloadModule_isQueued_andBothComplete() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE);
    run.load("res_c");
    run.linker.behaviour("res_c").duringUnload = context -> context.loader().load(ModuleName.of("res_b"));

    Outcome unload = run.unload("res_c", false);

    assertThat(unload.success()).isTrue();
    assertThat(run.running("res_c")).isFalse();
    assertThat(run.linker.isMapped("res_c")).isFalse();
    assertThat(run.running("res_b")).isTrue();
  }

  // --- dryRunRootOnly ---

  @Test
  void dryRunRootOnly_theLoadsDryRunShowsTheRootOnly_thoughTheLoadStartsItsDependencies() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withDryRunRootOnly(true));

    Plan plan = run.loader.plan(new Operation.Load(ModuleName.of("app_a")));

    assertThat(steps(plan)).containsExactly("OpenLib app_a", "StartInstance app_a", "Hold app_a");
    Outcome outcome = run.load("app_a");
    assertThat(outcome.success()).isTrue();
    assertThat(run.running("res_b")).isTrue();
    assertThat(run.running("res_c")).isTrue();
  }

  @Test
  void dryRunRootOnly_off_theLoadsDryRunShowsTheWholeWalk() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE);

    Plan plan = run.loader.plan(new Operation.Load(ModuleName.of("app_a")));

    assertThat(steps(plan)).containsExactly("OpenLib res_b", "OpenLib res_c", "OpenLib app_a", "StartInstance res_b",
        "StartInstance res_c", "Hold res_b", "Hold res_c", "StartInstance app_a", "Hold app_a");
  }

  @Test
  void dryRunRootOnly_leavesOtherOperationsDryRunsWhole() throws Exception {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withDryRunRootOnly(true));
    run.load("chan_x");
    run.loader.addUser(ModuleName.of("chan_x"), HolderKind.CHANNEL, "X/alice-1", () -> {});

    Plan plan = run.loader.plan(new Operation.Unload(ModuleName.of("chan_x"), true));

    assertThat(steps(plan)).containsExactly("CancelUser chan_x", "Release chan_x", "StopInstance chan_x",
        "CloseLib chan_x");
  }

  // --- giveUpMidLoad ---

  @Test
  void giveUpMidLoad_afterTheFirstStart_refusesTheUnstartedModules_andClosesTheirLibs() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withGiveUpMidLoad(true));

    Outcome outcome = run.load("app_a");

    assertThat(outcome.success()).isFalse();
    assertThat(outcome.problems()).extracting(Refusal::reason).containsExactly(
        "res_c cannot load: the load gave up on it before it started",
        "app_a cannot load: the load gave up on it before it started");
    assertThat(run.running("res_b")).isTrue();
    assertThat(run.running("res_c")).isFalse();
    assertThat(run.running("app_a")).isFalse();
    assertThat(run.linker.log).containsExactly("open res_b", "open res_c", "open app_a", "ran res_b load_module",
        "close res_c", "close app_a");
    assertThat(run.trace("PlanDecided")).hasSize(2);
    assertThat(steps(outcome.plan())).containsExactly("OpenLib res_b", "OpenLib res_c", "OpenLib app_a",
        "StartInstance res_b", "CloseLib res_c", "CloseLib app_a");
  }

  @Test
  void giveUpMidLoad_off_startsEveryModuleOfTheWalk() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE);

    Outcome outcome = run.load("app_a");

    assertThat(outcome.success()).isTrue();
    assertThat(outcome.problems()).isEmpty();
    assertThat(run.running("res_b")).isTrue();
    assertThat(run.running("res_c")).isTrue();
    assertThat(run.running("app_a")).isTrue();
    assertThat(run.linker.log).doesNotContain("close res_c", "close app_a");
    assertThat(run.trace("PlanDecided")).hasSize(1);
  }

  @Test
  void giveUpMidLoad_aLoadWithNothingLeftAfterItsStart_succeeds() {
    ToyRun run = new ToyRun(world, "[modules]\n", NONE.withGiveUpMidLoad(true));

    Outcome outcome = run.load("res_c");

    assertThat(outcome.success()).isTrue();
    assertThat(run.running("res_c")).isTrue();
  }

  /** A plan's steps as short lines, {@code "OpenLib res_b"}: kind and module. */
  private static List<String> steps(Plan plan) {
    return plan.steps().stream().map(step -> step.getClass().getSimpleName() + " " + step.module()).toList();
  }
}
