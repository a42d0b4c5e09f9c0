package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Goal: task names are unique over a run, engine tasks are named by id, and names that would
 * break a rendered schedule are refused with a message naming them.
 */
class TaskNamesTest {

  private final TaskNames names = new TaskNames();

  @Test
  void add_repeatedName_getsNumbered() {
    int first = names.add("reload");
    int engine = names.addEngine();
    int second = names.add("reload");
    int third = names.add("reload");

    assertThat(names.name(first)).isEqualTo("reload");
    assertThat(names.name(engine)).isEqualTo("engine#1");
    assertThat(names.name(second)).isEqualTo("reload#2");
    assertThat(names.name(third)).isEqualTo("reload#3");
    assertThat(names.givenName(engine)).isNull();
  }

  @Test
  void add_badNames_refused() {
    assertThatThrownBy(() -> names.add("")).hasMessage("a task name must not be empty");
    assertThatThrownBy(() -> names.add("engine")).hasMessage("task name 'engine' is reserved for the engine's tasks");
    assertThatThrownBy(() -> names.add("a b")).hasMessage(
        "task name 'a b' contains ' ': names have no whitespace, '#', '[', ']' or ','");
    assertThatThrownBy(() -> names.add("x#2")).hasMessage(
        "task name 'x#2' contains '#': names have no whitespace, '#', '[', ']' or ','");
    assertThatThrownBy(() -> names.add("y".repeat(201))).hasMessageEndingWith(
        "...' is longer than 200 characters (NAME_CHARS_MAX)");
  }

  @Test
  void name_unknownId_throws() {
    names.add("a");

    assertThatThrownBy(() -> names.name(1)).hasMessage("no task has id 1 (1 tasks so far)");
  }

  @Test
  void add_pastInitialCapacity_keepsAll() {
    for (int index = 0; index < 200; index++) {
      names.add("t" + index);
    }

    assertThat(names.count()).isEqualTo(200);
    assertThat(names.snapshot()[199]).isEqualTo("t199");
  }
}
