package org.loaderlab.sim;

import java.util.Arrays;
import java.util.Objects;

/**
 * The enabled tasks of one scheduling decision: an array the runtime refills at every step, so
 * deciding allocates nothing once the array has grown to the widest step.
 */
final class EnabledSet implements EnabledTasks {

  private static final int INITIAL_CAPACITY = 16;

  private TaskHandle[] tasks = new TaskHandle[INITIAL_CAPACITY];
  private int size;

  void clear() {
    Arrays.fill(tasks, 0, size, null);
    size = 0;
  }

  void add(TaskHandle task) {
    assert size == 0 || tasks[size - 1].id < task.id : "enabled tasks are added in creation order";
    if (size == tasks.length) {
      tasks = Arrays.copyOf(tasks, tasks.length * 2);
    }
    tasks[size++] = task;
  }

  TaskHandle get(int index) {
    return tasks[index];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int id(int index) {
    return tasks[Objects.checkIndex(index, size)].id;
  }

  @Override
  public String name(int index) {
    return tasks[Objects.checkIndex(index, size)].name();
  }
}
