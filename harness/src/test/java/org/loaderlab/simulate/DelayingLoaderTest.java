package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: in the delayed-release mode every handle the loader gives out (a user's, a thread's
 * threadstorage hold) lets go the drawn number of steps after it is released, only once however
 * often it is released, and at once on a drawn 0; everything else reaches the loader unchanged.
 * Method: a recording loader under a hand-driven clock and a replayed tape.
 */
class DelayingLoaderTest {

  private static final ModuleName RES_A = ModuleName.of("res_a");

  private final long[] step = {0};
  private HandleRecordingLoader inner;
  private TraceRecorder trace;

  @BeforeEach
  void setUp() {
    inner = new HandleRecordingLoader();
    trace = new TraceRecorder(() -> step[0], new ObservationLog());
  }

  private Postponer postponer(int... draws) {
    return new Postponer(5, ChoiceTape.replay(draws, 100), () -> step[0], trace);
  }

  @Test
  void addUser_release_letsGoAfterDrawnSteps() throws ModuleUnavailableException {
    Postponer postponer = postponer(2);
    UserHandle handle = new DelayingLoader(inner, postponer).addUser(RES_A, HolderKind.CHANNEL, "SIP/1", () -> {});
    handle.release();
    assertThat(inner.releases).isEmpty();
    step[0] = 1;
    postponer.runDue();
    assertThat(inner.releases).isEmpty();
    step[0] = 2;
    postponer.runDue();
    assertThat(inner.releases).containsExactly("channel:SIP/1 on res_a");
    assertThat(trace.render("h", List.of(), "")).isEqualTo("""
        h
        step 0  postponed release of channel:SIP/1 on res_a by 2 steps
        step 2  postponed release of channel:SIP/1 on res_a runs
        """);
  }

  @Test
  void addUser_releasedTwice_postponedOnce() throws ModuleUnavailableException {
    Postponer postponer = postponer(1, 1);
    UserHandle handle = new DelayingLoader(inner, postponer).addUser(RES_A, HolderKind.USER, "res_b", () -> {});
    handle.release();
    handle.release();
    assertThat(postponer.pendingCount()).isEqualTo(1);
    step[0] = 1;
    postponer.runDue();
    handle.release();
    assertThat(inner.releases).containsExactly("user:res_b on res_a");
  }

  @Test
  void addUser_zeroDrawn_releasesAtOnce() throws ModuleUnavailableException {
    Postponer postponer = postponer(0);
    new DelayingLoader(inner, postponer).addUser(RES_A, HolderKind.CHANNEL, "SIP/1", () -> {}).release();
    assertThat(inner.releases).containsExactly("channel:SIP/1 on res_a");
    assertThat(postponer.pendingCount()).isZero();
  }

  @Test
  void addUser_close_isAPostponedRelease() throws ModuleUnavailableException {
    Postponer postponer = postponer(3);
    try (UserHandle handle = new DelayingLoader(inner, postponer).addUser(RES_A, HolderKind.CHANNEL, "SIP/1", () -> {})) {
      assertThat(handle.holder()).isEqualTo(new Holder(HolderKind.CHANNEL, "SIP/1"));
    }
    assertThat(inner.releases).isEmpty();
    assertThat(postponer.pendingCount()).isEqualTo(1);
  }

  @Test
  void addUser_cancelReachesTheLoaderUnchanged() throws ModuleUnavailableException {
    Runnable cancel = () -> {};
    new DelayingLoader(inner, postponer(1)).addUser(RES_A, HolderKind.CHANNEL, "SIP/1", cancel);
    assertThat(inner.cancels).containsExactly(cancel);
  }

  @Test
  void addUser_moduleUnavailable_throwsAsTheLoader_nothingPostponed() {
    inner.unavailable.add(RES_A);
    Postponer postponer = postponer(1);
    assertThatThrownBy(() -> new DelayingLoader(inner, postponer).addUser(RES_A, HolderKind.CHANNEL, "SIP/1", () -> {}))
        .isInstanceOf(ModuleUnavailableException.class).hasMessage("res_a is not running");
    assertThat(postponer.pendingCount()).isZero();
  }

  @Test
  void attachThreadStorage_release_letsGoLate_namedByThread() throws ModuleUnavailableException {
    Postponer postponer = postponer(1);
    UserHandle handle = new DelayingLoader(inner, postponer).attachThreadStorage(RES_A, "worker-1");
    assertThat(handle.holder()).isEqualTo(new Holder(HolderKind.THREAD_STORAGE, "worker-1"));
    handle.release();
    assertThat(inner.releases).isEmpty();
    step[0] = 1;
    postponer.runDue();
    assertThat(inner.releases).containsExactly("thread_storage:worker-1 on res_a");
    assertThat(trace.render("h", List.of(), "")).contains("postponed release of threadstorage worker-1 on res_a by 1 steps");
  }

  @Test
  void operations_goStraightToTheLoader_noDraw() {
    ChoiceTape tape = ChoiceTape.replay(new int[] {}, 100);
    DelayingLoader loader = new DelayingLoader(inner, new Postponer(5, tape, () -> step[0], trace));
    loader.start();
    loader.load(RES_A);
    loader.unload(RES_A, true);
    loader.reload(RES_A);
    loader.shutdown(false);
    assertThat(loader.callOptional(RES_A, () -> "answer")).contains("answer");
    assertThat(loader.why(RES_A)).isEqualTo("why res_a");
    assertThat(loader.whyNot(RES_A)).isEqualTo("why-not res_a");
    assertThat(loader.complete("res")).containsExactly(ModuleName.of("res_x"));
    assertThat(inner.calls).containsExactly("start", "load res_a", "unload -f res_a", "reload res_a", "shutdown false",
        "callOptional res_a");
    assertThat(tape.drawCount()).isZero();
  }

  @Test
  void new_nulls_refused() {
    assertThatThrownBy(() -> new DelayingLoader(null, postponer())).hasMessage("loader");
    assertThatThrownBy(() -> new DelayingLoader(inner, null)).hasMessage("postponer");
  }
}
