package org.loaderlab.property.shrink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/*
 * Goal: each shrink pass, run once on its own, makes the one kind of progress it exists for.
 * Method: a failing tape and an oracle that only that pass can satisfy. (One test class for the
 * six pass classes: each is a few lines behind the same interface.)
 */
class PassesTest {

  private static int[] runOnce(ShrinkPass pass, int[] failing, TapeOracle oracle) {
    ShrinkState state = new ShrinkState(failing, oracle, 10_000);
    pass.run(state);
    return state.best();
  }

  @Test
  void deleteSpans_removesChoicesTheFailureDoesNotNeed() {
    TapeOracle containsFive = Oracles.free(tape -> Arrays.stream(tape).anyMatch(v -> v == 5));

    assertThat(runOnce(new DeleteSpans(), new int[] {1, 2, 5, 3, 4}, containsFive))
        .containsExactly(5);
  }

  @Test
  void deleteSpans_lowersTheCountBeforeADeletedSpan() {
    // tape[0] counts the choices after it: deleting one alone breaks the count.
    TapeOracle countedSeven =
        Oracles.free(
            tape ->
                tape.length > 0
                    && tape[0] == tape.length - 1
                    && Arrays.stream(tape).skip(1).anyMatch(v -> v == 7));

    // Deleting the 1 alone leaves [3, 7, 2], whose count is wrong; with the count lowered it fails.
    assertThat(runOnce(new DeleteSpans(), new int[] {3, 1, 7, 2}, countedSeven))
        .containsExactly(2, 7, 2);
  }

  @Test
  void zeroSpans_zeroesChoicesThatOnlyCountTogether() {
    TapeOracle fourLong = Oracles.fixed(Oracles.bounds(4, 10), tape -> true);

    assertThat(runOnce(new ZeroSpans(), new int[] {9, 8, 7, 6}, fourLong))
        .containsExactly(0, 0, 0, 0);
  }

  @Test
  void lowerValues_binarySearchesEachChoice() {
    TapeOracle bothLarge =
        Oracles.fixed(Oracles.bounds(2, 1000), tape -> tape[0] >= 17 && tape[1] >= 300);

    assertThat(runOnce(new LowerValues(), new int[] {999, 999}, bothLarge))
        .containsExactly(17, 300);
  }

  @Test
  void lowerDuplicates_lowersEqualChoicesTogether() {
    TapeOracle equalPair = Oracles.fixed(Oracles.bounds(2, 100), tape -> tape[0] == tape[1]);

    assertThat(runOnce(new LowerValues(), new int[] {6, 6}, equalPair)).containsExactly(6, 6);
    assertThat(runOnce(new LowerDuplicates(), new int[] {6, 6}, equalPair)).containsExactly(0, 0);
  }

  @Test
  void reorderChunks_swapsAdjacentChunksIntoOrder() {
    TapeOracle sameMultiset =
        Oracles.free(
            tape -> Arrays.equals(Arrays.stream(tape).sorted().toArray(), new int[] {1, 1, 2, 9}));

    assertThat(runOnce(new ReorderChunks(), new int[] {1, 9, 1, 2}, sameMultiset))
        .containsExactly(1, 1, 2, 9);
  }

  @Test
  void redistributePairs_movesValueToLaterChoices() {
    // First 50 moves two places on (distance 2), then the 9 moves one place on (distance 1).
    TapeOracle sumAtLeast100 =
        Oracles.fixed(Oracles.bounds(3, 1000), tape -> tape[0] + tape[1] + tape[2] >= 100);

    assertThat(runOnce(new RedistributePairs(), new int[] {50, 9, 60}, sumAtLeast100))
        .containsExactly(0, 0, 119);
  }
}
