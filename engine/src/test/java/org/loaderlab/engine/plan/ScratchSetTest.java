package org.loaderlab.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Goal: the simulation's scratch set keeps the order and contents a TreeSet would, below and
 * above its small size, and what it hands out for walking does not change under later changes.
 * Method: the same changes on a TreeSet side by side.
 */
class ScratchSetTest {

  @Test
  void changes_matchATreeSet_acrossTheSwitchToATree() {
    ScratchSet<String> set = ScratchSet.of(List.of("b", "a"));
    TreeSet<String> tree = new TreeSet<>(List.of("b", "a"));
    for (int i = 0; i < ScratchSet.SMALL_MAX + 5; i++) {
      String element = String.format(java.util.Locale.ROOT, "m%03d", (i * 7) % 50);
      set.add(element);
      tree.add(element);
      assertThat(set.elements()).containsExactlyElementsOf(tree);
    }
    assertThat(set.remove("a")).isTrue();
    assertThat(set.remove("a")).isFalse();
    tree.remove("a");
    set.removeIf(element -> element.endsWith("1"));
    tree.removeIf(element -> element.endsWith("1"));
    assertThat(set.elements()).containsExactlyElementsOf(tree);
    assertThat(set.contains("b")).isTrue();
  }

  @Test
  void smallSet_removeIfAndRemove_emptyIt() {
    ScratchSet<String> set = ScratchSet.of(List.of("x", "y"));
    set.removeIf(element -> element.equals("x"));
    assertThat(set.elements()).containsExactly("y");
    assertThat(set.remove("y")).isTrue();
    assertThat(set.isEmpty()).isTrue();
  }

  @Test
  void elements_handedOut_doNotFollowLaterChanges() {
    ScratchSet<String> small = ScratchSet.of(List.of("a", "b"));
    Collection<String> before = small.elements();
    small.remove("a");
    small.add("c");
    assertThat(before).containsExactly("a", "b");
    List<String> many = new ArrayList<>();
    for (int i = 0; i <= ScratchSet.SMALL_MAX; i++) {
      many.add("h" + (100 + i));
    }
    ScratchSet<String> large = ScratchSet.of(many);
    Collection<String> walked = large.elements();
    large.remove("h100");
    assertThat(walked).hasSize(many.size()).contains("h100");
  }
}
