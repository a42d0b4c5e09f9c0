package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: the delayed-release mode runs each release the drawn number of steps later, in the order
 * postponed, at once when the draw is 0 (a shrunk tape is the mode off), and notes both in the
 * trace. Method: a hand-driven clock and a replayed tape.
 */
class PostponerTest {

  @Test
  void postpone_drawnSteps_runsWhenDue_inOrder_zeroRunsAtOnce() {
    long[] step = {10};
    TraceRecorder trace = new TraceRecorder(() -> step[0], new ObservationLog());
    Postponer postponer = new Postponer(5, ChoiceTape.replay(new int[] {3, 0, 2}, 100), () -> step[0], trace);
    List<String> ran = new ArrayList<>();
    postponer.postpone("release of a", () -> ran.add("a"));
    postponer.postpone("release of b", () -> ran.add("b"));
    postponer.postpone("release of c", () -> ran.add("c"));
    assertThat(ran).containsExactly("b");
    assertThat(postponer.pendingCount()).isEqualTo(2);
    step[0] = 12;
    assertThat(postponer.runDue()).isEqualTo(1);
    step[0] = 13;
    assertThat(postponer.runDue()).isEqualTo(1);
    assertThat(ran).containsExactly("b", "c", "a");
    assertThat(trace.render("h", List.of(), "")).isEqualTo("""
        h
        step 10  postponed release of a by 3 steps
        step 10  postponed release of c by 2 steps
        step 12  postponed release of c runs
        step 13  postponed release of a runs
        """);
  }

  @Test
  void new_delayOutOfRange_refused() {
    assertThatThrownBy(() -> new Postponer(0, ChoiceTape.random(1, 10), () -> 0, null))
        .hasMessage("delayStepsMax must be in [1, 10000], was 0");
  }
}
