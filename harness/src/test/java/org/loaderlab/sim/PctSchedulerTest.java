package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.Tape;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: PCT finds deep ordering bugs a random walk rarely reaches. Method: the classic depth-2
 * bug: task A runs 10 steps, task B one, and the bug shows only if B's step falls between A's
 * steps 8 and 9 (so B must wait through 9 of A's steps, then run before the last). A uniform
 * random scheduler hits it with probability 2^-10 per run; PCT with depth 2 over an estimate of
 * 11 steps with at least 1/(n k) = 1/22. Over 440 fixed seeds PCT must find it at least half
 * the expected 20 times, the random walk at most 3 times, and PCT with depth 1 (no change
 * point) never.
 *
 * <pre>
 *   A: a0 a1 a2 a3 a4 a5 a6 a7 a8 | a9
 *   B:                            b        bug iff b runs here
 * </pre>
 */
class PctSchedulerTest {

  private static final int SEEDS = 440;
  private static final int A_STEPS = 10;

  @Test
  void pick_depthTwo_findsDeepOrderingBugOften() {
    int pct = bugsFound(tape -> new PctScheduler(tape, 2, A_STEPS + 1));
    int random = bugsFound(RandomScheduler::new);
    int depthOne = bugsFound(tape -> new PctScheduler(tape, 1, A_STEPS + 1));

    assertThat(pct).isGreaterThanOrEqualTo(SEEDS / 22 / 2);
    assertThat(random).isLessThanOrEqualTo(3);
    assertThat(depthOne).isZero();
  }

  @Test
  void pick_shrunkTape_tiesGoToOlderTask() {
    // All priorities draw 0: ties go to the older task, so depth 1 on a shrunk tape is FIFO.
    List<String> order = run(ChoiceTape.replay(new int[0], 100), tape -> new PctScheduler(tape, 1, 5));

    assertThat(order).containsExactly("a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "b");
  }

  @Test
  void pick_shrunkTapeDepthTwo_changePointAtStepZero() {
    // The change point draws 0 too: at step 0 the top task (A, older) drops below B.
    List<String> order = run(ChoiceTape.replay(new int[0], 100), tape -> new PctScheduler(tape, 2, 5));

    assertThat(order).containsExactly("b", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9");
  }

  @Test
  void pick_changePoint_dropsTopTaskBelowOthers() {
    // Change point at step 3; priorities A = 2 + 5, B = 2 + 1: A runs until step 3, then B.
    List<String> order = run(ChoiceTape.replay(new int[] {3, 5, 1}, 100), tape -> new PctScheduler(tape, 2, 11));

    assertThat(order).containsExactly("a0", "a1", "a2", "b", "a3", "a4", "a5", "a6", "a7", "a8", "a9");
  }

  @Test
  void changePoints_drawnUpFrontSorted() {
    PctScheduler scheduler = new PctScheduler(ChoiceTape.replay(new int[] {9, 2, 5}, 100), 4, 10);

    assertThat(scheduler.changePoints()).containsExactly(2, 5, 9);
  }

  @Test
  void constructor_badDepth_fails() {
    Tape tape = ChoiceTape.replay(new int[0], 10);

    assertThatThrownBy(() -> new PctScheduler(tape, 0, 10)).hasMessage("depth must be in [1, 16], was 0");
    assertThatThrownBy(() -> new PctScheduler(tape, 2, 0)).hasMessage("stepsEstimate must be >= 1, was 0");
  }

  private static int bugsFound(Function<Tape, Scheduler> scheduler) {
    int found = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      List<String> order = run(ChoiceTape.random(seed, 1_000), scheduler);
      if (order.indexOf("b") == A_STEPS - 1) {
        found++;
      }
    }
    return found;
  }

  /** Runs A and B; returns the order of their steps. */
  private static List<String> run(ChoiceTape tape, Function<Tape, Scheduler> scheduler) {
    List<String> order = new ArrayList<>();
    SimRuntime sim = SimRuntime.builder(tape, scheduler.apply(tape)).build();
    int[] aDone = {0};
    sim.spawn("a", context -> {
      order.add("a" + aDone[0]++);
      return aDone[0] == A_STEPS ? Step.done() : Step.next();
    });
    sim.spawn("b", context -> {
      order.add("b");
      return Step.done();
    });
    sim.run();
    return order;
  }
}
