package org.loaderlab.property.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * Goal: a case is a pure function of its tape. Method: record draws from a seeded tape, replay
 * the record and get the same draws; check the replay rules that keep shrunk tapes valid (zeros
 * past the end, clamping, bound-1 draws unrecorded) and the drawsMax overrun.
 */
class ChoiceTapeTest {

  private static List<Integer> draw(ChoiceTape tape, int... bounds) {
    List<Integer> values = new ArrayList<>();
    for (int bound : bounds) {
      values.add(tape.choose(bound));
    }
    return values;
  }

  @Test
  void random_sameSeed_drawsSameChoices() {
    int[] bounds = {2, 10, 1000, Integer.MAX_VALUE, 7};

    assertThat(draw(ChoiceTape.random(42, 100), bounds))
        .isEqualTo(draw(ChoiceTape.random(42, 100), bounds))
        .isNotEqualTo(draw(ChoiceTape.random(43, 100), bounds));
  }

  @Test
  void replay_recordedChoices_drawsTheSameAgain() {
    int[] bounds = {2, 10, 1000, Integer.MAX_VALUE, 7};
    ChoiceTape original = ChoiceTape.random(5, 100);
    List<Integer> drawn = draw(original, bounds);

    ChoiceTape replayed = ChoiceTape.replay(original.choices(), 100);

    assertThat(draw(replayed, bounds)).isEqualTo(drawn);
    assertThat(replayed.choices()).isEqualTo(original.choices());
  }

  @Test
  void replay_pastTheEnd_drawsZerosAndRecordsThem() {
    ChoiceTape tape = ChoiceTape.replay(new int[] {4}, 100);

    assertThat(draw(tape, 10, 10, 10)).containsExactly(4, 0, 0);
    assertThat(tape.choices()).containsExactly(4, 0, 0);
  }

  @Test
  void replay_valueAboveBound_isClampedToBoundMinusOne() {
    ChoiceTape tape = ChoiceTape.replay(new int[] {Integer.MAX_VALUE, 9}, 100);

    assertThat(draw(tape, 6, 3)).containsExactly(5, 2);
    assertThat(tape.choices()).containsExactly(5, 2);
  }

  @Test
  void choose_boundOne_isCountedButNotRecorded() {
    ChoiceTape tape = ChoiceTape.replay(new int[] {3}, 100);

    assertThat(draw(tape, 1, 5)).containsExactly(0, 3);
    assertThat(tape.choices()).containsExactly(3);
    assertThat(tape.drawCount()).isEqualTo(2);
  }

  @Test
  void choose_pastDrawsMax_discardsAsOverrun() {
    ChoiceTape tape = ChoiceTape.random(1, 3);
    draw(tape, 2, 1, 2);

    assertThatThrownBy(() -> tape.choose(2))
        .isInstanceOf(Discarded.class)
        .hasMessage("overrun: the case needed more than 3 draws (drawsMax)");
  }

  @Test
  void choose_boundBelowOne_isRejected() {
    assertThatThrownBy(() -> ChoiceTape.random(1, 10).choose(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bound must be >= 1, was 0");
  }

  @Test
  void replay_negativeChoice_isRejected() {
    assertThatThrownBy(() -> ChoiceTape.replay(new int[] {1, -2}, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("choice 1 of a replayed tape must be >= 0, was -2");
  }

  @Test
  void random_drawsMaxBelowOne_isRejected() {
    assertThatThrownBy(() -> ChoiceTape.random(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("drawsMax must be >= 1, was 0");
  }
}
