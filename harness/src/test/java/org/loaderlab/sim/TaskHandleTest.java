package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Goal: a handle names engine tasks by id and says where a task is in a hang report's words. */
class TaskHandleTest {

  @Test
  void name_engineTask_isEngineHashId() {
    TaskHandle engine = new TaskHandle(17, null, null, () -> {});

    assertThat(engine.name()).isEqualTo("engine#17");
    assertThat(engine.toString()).isEqualTo("engine#17 (ready)");
  }

  @Test
  void describe_followsState() {
    TaskHandle task = new TaskHandle(0, "channel:a", context -> Step.done(), null);
    task.state = TaskState.SLEEPING;
    task.wakeMs = 40;
    String sleeping = task.describe();
    task.state = TaskState.WAITING;
    task.waitReason = "future of load x";
    String waiting = task.describe();
    task.state = TaskState.DONE;

    assertThat(sleeping).isEqualTo("sleeping until 40 ms");
    assertThat(waiting).isEqualTo("waiting for future of load x");
    assertThat(task.describe()).isEqualTo("done");
    assertThat(task.isDone()).isTrue();
  }
}
