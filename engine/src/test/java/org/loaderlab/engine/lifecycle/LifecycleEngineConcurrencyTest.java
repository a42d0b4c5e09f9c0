package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.config.LoaderConfig;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: the concurrency rules hold. Module code calling back into the loader (load_module
 * loading another module, a cancel callback releasing a user) only queues, so nothing deadlocks
 * even on a single thread; no module code, linker call, listener or cancel callback runs under
 * the lock (the world checks it in every module entry point, linker call and event); operations
 * run one at a time, in order, as separate runtime tasks; a full queue refuses clearly. Method:
 * the deterministic single-thread runtime, where any wait on the running operation would hang or
 * fail the test.
 */
class LifecycleEngineConcurrencyTest {

  private final World world = new World();

  @AfterEach
  void close() throws IOException {
    world.close();
  }

  @Test
  void moduleCode_callingBackIntoTheLoader_queuesAndNeverDeadlocks() throws Exception {
    List<CompletableFuture<Outcome>> nested = new ArrayList<>();
    world.module("res_starter").onLoad(context -> nested.add(context.loader().load(ModuleName.of("res_other"))));
    // Scripted before the load: the linker builds each module's code from its script when it opens the lib.
    world.module("res_other").onUnload(context -> context.loader().unload(ModuleName.of("res_starter"), false));
    world.module("chan_sip");
    Outcome outcome = world.load("res_starter");
    assertThat(outcome.success()).isTrue();
    assertThat(nested).hasSize(1);
    assertThat(nested.get(0)).isDone();
    assertThat(nested.get(0).get().success()).isTrue();
    assertThat(world.eventsOf(LifecycleEvent.PlanDecided.class)).containsExactly("res_starter", "res_other");

    UserHandle[] call = new UserHandle[1];
    call[0] = world.engine().addUser(ModuleName.of("res_other"), HolderKind.CHANNEL, "SIP/1", () -> call[0].release());
    Outcome forced = world.unload("res_other", true);
    assertThat(forced.success()).isTrue();
    assertThat(world.linker.openLibs()).isEmpty();
  }

  @Test
  void operations_runOneAtATime_inTheOrderAsked_eachAsManyTasks() {
    world.module("res_a", "[uses]", "module=res_b");
    world.module("res_b");
    CompletableFuture<Outcome> load = world.engine().load(ModuleName.of("res_a"));
    CompletableFuture<Outcome> unload = world.engine().unload(ModuleName.of("res_a"), false);
    assertThat(world.runtime.queuedCount()).isEqualTo(1);
    assertThat(world.runtime.runAtMost(3)).isEqualTo(3);
    assertThat(load).isNotDone();
    assertThat(unload).isNotDone();
    world.runtime.runUntilIdle();
    assertThat(load.join().success()).isTrue();
    assertThat(unload.join().success()).isTrue();
    assertThat(world.transitions()).containsExactly("opened res_b", "started res_b", "opened res_a", "started res_a",
        "stopped res_a", "closed res_a", "stopped res_b", "closed res_b");
  }

  @Test
  void aFullQueue_completesTheFutureExceptionally_withTheLimitNamed() {
    world.module("res_a");
    world.config(LoaderConfig.builder().operationsQueuedMax(2).build());
    world.engine().load(ModuleName.of("res_a"));
    world.engine().load(ModuleName.of("res_a"));
    CompletableFuture<Outcome> third = world.engine().load(ModuleName.of("res_a"));
    assertThatThrownBy(third::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RejectedExecutionException.class)
        .hasRootCauseMessage("the loader already has 2 operations queued (operationsQueuedMax), so `module load res_a` was not queued");
    world.runtime.runUntilIdle();
    assertThat(world.isRunning(ModuleName.of("res_a"))).isTrue();
  }

  @Test
  void events_areNumberedInOrder_andDeliveredWithTheLockReleased() {
    world.module("res_a", "[uses]", "module=res_b");
    world.module("res_b");
    world.load("res_a");
    world.unload("res_a", true);
    assertThat(world.events).isNotEmpty();
    for (int i = 0; i < world.events.size(); i++) {
      assertThat(world.events.get(i).sequence()).isEqualTo(i + 1);
    }
  }

  @Test
  void addUser_onAModuleThatIsNotRunning_isRefused() {
    world.module("res_a");
    assertThatThrownBy(() -> world.engine().addUser(ModuleName.of("res_a"), HolderKind.CHANNEL, "SIP/1", () -> {}))
        .isInstanceOf(ModuleUnavailableException.class).hasMessage("res_a is not running");
    assertThatThrownBy(() -> world.engine().addUser(ModuleName.of("res_a"), HolderKind.ADMIN, "x", () -> {}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void deferredStop_isAQueuedOperation_thatChecksAgainWhenItRuns() throws Exception {
    world.module("res_a");
    world.load("res_a");
    UserHandle first = world.engine().addUser(ModuleName.of("res_a"), HolderKind.USER, "u1", () -> {});
    world.unload("res_a", false);
    first.release();
    UserHandle second = world.engine().addUser(ModuleName.of("res_a"), HolderKind.USER, "u2", () -> {});
    world.runtime.runUntilIdle();
    assertThat(world.isRunning(ModuleName.of("res_a"))).as("a new user came before the deferred stop ran").isTrue();
    second.release();
    world.runtime.runUntilIdle();
    assertThat(world.isRunning(ModuleName.of("res_a"))).isFalse();
  }
}
