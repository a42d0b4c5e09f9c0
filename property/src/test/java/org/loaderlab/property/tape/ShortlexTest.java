package org.loaderlab.property.tape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/*
 * Goal: "simpler" means shorter first, then lexicographically smaller, the order shrinking
 * descends. Method: pairs on each side of each rule.
 */
class ShortlexTest {

  @Test
  void compare_shorter_isSimplerWhateverItsValues() {
    assertThat(Shortlex.simpler(new int[] {9, 9}, new int[] {0, 0, 0})).isTrue();
    assertThat(Shortlex.simpler(new int[] {0, 0, 0}, new int[] {9, 9})).isFalse();
  }

  @Test
  void compare_sameLength_firstDifferenceDecides() {
    assertThat(Shortlex.simpler(new int[] {1, 0, 9}, new int[] {1, 1, 0})).isTrue();
    assertThat(Shortlex.simpler(new int[] {0, 1 << 30}, new int[] {1, 0})).isTrue();
  }

  @Test
  void compare_equal_isNotSimpler() {
    assertThat(Shortlex.compare(new int[] {2, 3}, new int[] {2, 3})).isZero();
    assertThat(Shortlex.simpler(new int[] {2, 3}, new int[] {2, 3})).isFalse();
  }
}
