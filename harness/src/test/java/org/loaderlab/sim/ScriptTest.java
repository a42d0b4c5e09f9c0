package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: a script runs each action as one step, in order, and ends after its last; a call waits
 * for its future and hands it over completed. Method: scripts on a FIFO runtime, with an engine
 * task completing the future.
 */
class ScriptTest {

  private final List<String> log = new ArrayList<>();
  private final SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[0], 10), new FifoScheduler()).build();

  @Test
  void step_runActions_oneStepEachThenDone() {
    TaskHandle task = sim.spawn("s", Script.builder().run(() -> log.add("one")).run(() -> log.add("two")).build());

    RunResult result = sim.run();

    assertThat(log).containsExactly("one", "two");
    assertThat(result.stepCount()).isEqualTo(2);
    assertThat(task.isDone()).isTrue();
  }

  @Test
  void step_lastActionSleeps_endsAfterWaking() {
    sim.spawn("s", Script.builder().run(() -> log.add("one")).sleepMs(100).build());

    RunResult result = sim.run();

    assertThat(result.stepCount()).isEqualTo(3);
    assertThat(result.nowMs()).isEqualTo(103);
  }

  @Test
  void call_waitsForFutureThenHandsItOver() {
    CompletableFuture<String> future = new CompletableFuture<>();
    sim.spawn("admin", Script.builder()
        .call("reply", () -> {
          sim.execute(() -> future.complete("done"));
          return future;
        }, completed -> log.add("got " + completed.join() + " at step " + sim.stepIndex()))
        .build());

    sim.run();

    assertThat(log).containsExactly("got done at step 2");
    assertThat(sim.schedule().chosenNames()).containsExactly("admin", "engine#1", "admin");
  }

  @Test
  void waitUntil_holdsTaskUntilConditionTrue() {
    boolean[] open = {false};
    sim.spawn("waiter", Script.builder().waitUntil(() -> open[0], "the gate").run(() -> log.add("through")).build());
    sim.spawn("opener", Script.builder().run(() -> log.add("opening")).run(() -> open[0] = true).build());

    sim.run();

    assertThat(log).containsExactly("opening", "through");
  }

  @Test
  void runWith_seesContext() {
    sim.spawn("s", Script.builder().runWith(context -> log.add(context.current().name() + " at " + context.nowMs()))
        .build());

    sim.run();

    assertThat(log).containsExactly("s at 0");
  }

  @Test
  void build_twice_scriptsKeepTheirOwnPlace() {
    Script.Builder builder = Script.builder().run(() -> log.add("x")).run(() -> log.add("y"));
    sim.spawn("first", builder.build());
    sim.spawn("second", builder.build());

    sim.run();

    assertThat(log).containsExactly("x", "y", "x", "y");
  }
}
