package org.loaderlab.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Goal: the snapshot's array-backed set behaves as an unmodifiable TreeSet of the same elements
 * (order, lookups, views, equality, text) and is shared rather than copied again. Method: the
 * same elements in a TreeSet side by side.
 */
class SortedArraySetTest {

  private static final List<String> MIXED = List.of("res_b", "chan_sip", "res_a", "chan_sip", "app_dial");

  @Test
  void copyOf_unsortedWithDuplicates_matchesATreeSet() {
    SortedSet<String> set = SortedArraySet.copyOf(MIXED);
    TreeSet<String> tree = new TreeSet<>(MIXED);
    assertThat(set).containsExactlyElementsOf(tree);
    assertThat(set).isEqualTo(tree);
    assertThat(set.hashCode()).isEqualTo(tree.hashCode());
    assertThat(set.toString()).isEqualTo(tree.toString());
    assertThat(set.first()).isEqualTo("app_dial");
    assertThat(set.last()).isEqualTo("res_b");
  }

  @Test
  void contains_findsByBinarySearch() {
    SortedSet<String> set = SortedArraySet.copyOf(MIXED);
    assertThat(set.contains("res_a")).isTrue();
    assertThat(set.contains("res_c")).isFalse();
    assertThat(set.contains(null)).isFalse();
  }

  @Test
  void views_matchTheTreeSetViews() {
    SortedSet<String> set = SortedArraySet.copyOf(MIXED);
    TreeSet<String> tree = new TreeSet<>(MIXED);
    assertThat(set.headSet("res")).containsExactlyElementsOf(tree.headSet("res"));
    assertThat(set.tailSet("res_a")).containsExactlyElementsOf(tree.tailSet("res_a"));
    assertThat(set.subSet("b", "res_b")).containsExactlyElementsOf(tree.subSet("b", "res_b"));
    assertThatThrownBy(() -> set.subSet("z", "a")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copyOf_ofOneAlready_isTheSameSet_andAnotherCopyDoesNotFollowItsSource() {
    List<String> source = new ArrayList<>(MIXED);
    SortedArraySet<String> set = SortedArraySet.copyOf(source);
    source.add("zzz");
    assertThat(SortedArraySet.copyOf(set)).isSameAs(set);
    assertThat(set).doesNotContain("zzz");
  }

  @Test
  void changes_areRefused_andAnEmptySetHasNoEnds() {
    SortedSet<String> set = SortedArraySet.copyOf(MIXED);
    assertThatThrownBy(() -> set.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> SortedArraySet.<String>of().first()).isInstanceOf(NoSuchElementException.class);
    assertThat(SortedArraySet.copyOf(List.<String>of())).isEmpty();
  }

  @Test
  void copyOfAscending_keepsAnAscendingList_andRefusesAnyOther() {
    assertThat(SortedArraySet.copyOfAscending(List.of("a", "b", "c"))).containsExactly("a", "b", "c");
    assertThatThrownBy(() -> SortedArraySet.copyOfAscending(List.of("a", "c", "b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not strictly ascending: c, b");
    assertThatThrownBy(() -> SortedArraySet.copyOfAscending(List.of("a", "a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withAndWithout_copyOnlyWhenTheSetChanges() {
    SortedArraySet<String> set = SortedArraySet.copyOf(List.of("b", "d"));
    assertThat(set.with("c")).containsExactly("b", "c", "d");
    assertThat(set.with("b")).isSameAs(set);
    assertThat(set.without("b")).containsExactly("d");
    assertThat(set.without("x")).isSameAs(set);
    assertThat(set).containsExactly("b", "d");
  }

  @Test
  void copyOf_aNullElement_isRefused() {
    List<String> withNull = new ArrayList<>(MIXED);
    withNull.add(null);
    assertThatThrownBy(() -> SortedArraySet.copyOf(withNull)).isInstanceOf(NullPointerException.class);
  }
}
