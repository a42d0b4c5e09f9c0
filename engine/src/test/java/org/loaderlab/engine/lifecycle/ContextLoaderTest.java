package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.spi.ModuleContext;

/**
 * Goal: a user that a module's code takes (through its context's loader) keeps that module's lib
 * mapped until it is released, because the user's cancel callback and its release are code in
 * that lib: the module may stop meanwhile, its lib closes only after the release, and the plan
 * says so. A cancel queued for a user that released before it ran never calls back, and a
 * cancel callback runs under an execution hold on its lib. Method: the world of the lifecycle
 * tests, where res_u's load_module takes a user of res_t, the runtime run task by task.
 *
 * <pre>
 *   res_u --(user:res_u, taken by res_u's code)--> res_t
 * </pre>
 */
class ContextLoaderTest {

  private static final ModuleName RES_T = ModuleName.of("res_t");
  private static final ModuleName RES_U = ModuleName.of("res_u");
  private static final Holder USER = new Holder(HolderKind.USER, "res_u");
  private static final Holder USER_CALLBACK = new Holder(HolderKind.USER_CALLBACK, "res_t/user:res_u");

  private final World world = new World();
  /** The user res_u's code took, once load_module ran. */
  private final AtomicReference<UserHandle> taken = new AtomicReference<>();
  private final AtomicReference<ModuleContext> context = new AtomicReference<>();
  /** What res_u's cancel callback saw, one line per call. */
  private final List<String> cancelled = new ArrayList<>();
  /** What the cancel callback does after noting the call; nothing unless a test says. */
  private Runnable onCancel = () -> {};

  @AfterEach
  void close() throws IOException {
    world.close();
  }

  /** res_t, and res_u whose load_module takes a user of res_t whose cancel only notes the call. */
  private void world() {
    world.module("res_t");
    world.module("res_u", "[canuse]", "module=res_t").onLoad(ctx -> {
      context.set(ctx);
      try {
        taken.set(ctx.loader().addUser(RES_T, HolderKind.USER, "res_u", () -> {
          cancelled.add("cancel (lib open: " + world.linker.isOpen(RES_U) + ")");
          onCancel.run();
        }));
      } catch (ModuleUnavailableException e) {
        throw new AssertionError(e);
      }
    });
    world.load("res_t");
    world.load("res_u");
  }

  private List<Holder> libHolders(String module) {
    return world.status(module).libHolders();
  }

  @Test
  void addUser_fromModuleCode_holdsItsLib_withAReason() {
    world();
    assertThat(world.status("res_t").instanceHolders()).contains(USER);
    assertThat(libHolders("res_u")).contains(USER_CALLBACK);
    assertThat(world.events).filteredOn(LifecycleEvent.ReferenceTaken.class::isInstance)
        .map(LifecycleEvent.ReferenceTaken.class::cast)
        .filteredOn(event -> event.holder().equals(USER_CALLBACK))
        .extracting(LifecycleEvent.ReferenceTaken::module, LifecycleEvent.ReferenceTaken::target,
            LifecycleEvent.ReferenceTaken::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(RES_U, RefTarget.LIB,
            "its code took user:res_u of res_t, whose cancel and release run in it"));
  }

  @Test
  void addUser_fromTheCore_holdsNoLib() throws Exception {
    world();
    UserHandle channel = world.engine().addUser(RES_T, HolderKind.CHANNEL, "SIP/1", () -> {});
    assertThat(libHolders("res_t")).noneMatch(holder -> holder.kind() == HolderKind.USER_CALLBACK);
    assertThat(libHolders("res_u")).containsOnlyOnce(USER_CALLBACK);
    channel.release();
  }

  @Test
  void unload_userStillOut_stopsTheModule_butKeepsItsLibUntilTheReleaseComes() {
    world();
    world.unload("res_t", true);
    assertThat(cancelled).containsExactly("cancel (lib open: true)");
    Outcome outcome = world.unload("res_u", false);
    assertThat(world.isRunning(RES_U)).isFalse();
    assertThat(world.linker.isOpen(RES_U)).as("res_u's lib, whose code will release the user").isTrue();
    assertThat(outcome.plan().steps()).noneMatch(step -> step instanceof PlanStep.CloseLib && step.module().equals(RES_U));
    assertThat(outcome.plan().waiting()).containsExactly("res_u's lib waits for user_callback:res_t/user:res_u");
    assertThat(world.engine().why(RES_U)).contains("- user_callback:res_t/user:res_u: its code took user:res_u of res_t");

    taken.get().release();
    world.runtime.runUntilIdle();
    assertThat(world.linker.openLibs()).isEmpty();
    assertThat(world.transitions()).endsWith("stopped res_t", "closed res_t", "closed res_u");
    assertThat(world.engine().whyNot(RES_U)).isEqualTo("res_u stopped because its last user admin:cli released it "
        + "because the admin ran `module unload res_u`");
  }

  @Test
  void plan_ofTheUnload_showsTheLibStayingOpen_asTheUnloadDoes() {
    world();
    world.unload("res_t", true);
    var dryRun = world.engine().plan(new org.loaderlab.engine.plan.Operation.Unload(RES_U, false));
    assertThat(dryRun.steps()).extracting(step -> step.getClass().getSimpleName() + " " + step.module())
        .containsExactly("Release res_u", "StopInstance res_u");
    assertThat(world.unload("res_u", false).plan()).isEqualTo(dryRun);
  }

  @Test
  void cancel_queuedBeforeTheUserReleased_neverCallsBack() {
    world();
    world.engine().unload(RES_T, true);
    while (world.eventsOf(LifecycleEvent.UserCancelled.class).isEmpty()) {
      assertThat(world.runtime.runOne()).as("the forced unload reaches its cancel").isTrue();
    }
    assertThat(world.runtime.queuedCount()).as("the cancel task is queued, not run").isPositive();
    taken.get().release();
    world.runtime.runUntilIdle();
    assertThat(cancelled).isEmpty();
    assertThat(world.engine().journal()).anyMatch(line -> line.contains(
        "skipped: the cancel callback of user:res_u on res_t: the user released it first"));
    assertThat(world.isRunning(RES_T)).isFalse();
    assertThat(world.isRunning(RES_U)).isTrue();
    assertThat(libHolders("res_u")).doesNotContain(USER_CALLBACK);
  }

  @Test
  void cancel_askedTwice_forcedUnloadThenStopNow_callsTheCallbackOnce() {
    world();
    world.unload("res_t", true);
    assertThat(cancelled).containsExactly("cancel (lib open: true)");
    world.run(world.engine().shutdown(false));
    assertThat(cancelled).as("stop now asks again; the module was already asked to let go").hasSize(1);
    assertThat(world.engine().journal()).as(String.join("\n", world.engine().journal())).anyMatch(line -> line.contains(
        "skipped: the cancel callback of user:res_u on res_t: it was already asked to let go"));
    taken.get().release();
    world.runtime.runUntilIdle();
    assertThat(world.linker.openLibs()).isEmpty();
  }

  @Test
  void cancel_releasingFromTheCallback_keepsTheLibOpenUntilTheCallbackReturns() {
    world();
    world.unload("res_u", false);
    assertThat(world.linker.isOpen(RES_U)).isTrue();
    List<List<Holder>> seen = new ArrayList<>();
    onCancel = () -> {
      taken.get().release();
      seen.add(libHolders("res_u"));
    };
    world.unload("res_t", true);
    assertThat(cancelled).containsExactly("cancel (lib open: true)");
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0)).as("the lib's holders after the release, inside the callback").singleElement()
        .satisfies(holder -> {
          assertThat(holder.kind()).isEqualTo(HolderKind.EXECUTION);
          assertThat(holder.id()).startsWith("cancel:res_t/user:res_u#");
        });
    assertThat(world.linker.openLibs()).isEmpty();
  }

  @Test
  void addUser_fromCodeWhoseLibIsClosed_isRefused() {
    world();
    taken.get().release();
    world.unload("res_u", false);
    assertThat(world.linker.isOpen(RES_U)).isFalse();
    assertThatThrownBy(() -> context.get().loader().addUser(RES_T, HolderKind.USER, "late", () -> {}))
        .isInstanceOf(ModuleUnavailableException.class)
        .hasMessage("the lib of res_u is not open, so its code cannot use res_t");
    assertThat(world.status("res_t").instanceHolders()).doesNotContain(new Holder(HolderKind.USER, "late"));
  }
}
