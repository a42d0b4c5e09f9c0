package org.loaderlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.Gens;
import org.loaderlab.property.Property;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.property.tape.Discarded;

/**
 * Goal: the run loop keeps its promises: engine tasks never run inline and are one step each,
 * the virtual clock jumps over idle time, a spinning world ends in a hang result within its step
 * budget, a deadlock ends blocked, a throwing step is recorded and the run goes on, delays
 * postpone without ever hanging, and a run is a pure function of its tape (a property over 200
 * seeds: two runs, and a replay of the recorded choices, give byte-identical traces).
 */
class SimRuntimeTest {

  private static final int DRAWS_MAX = 10_000;

  private final List<String> log = new ArrayList<>();

  private static SimRuntime fifo() {
    return SimRuntime.builder(ChoiceTape.replay(new int[0], DRAWS_MAX), new FifoScheduler()).build();
  }

  @Test
  void execute_queuesOneStepTask_neverInline() {
    SimRuntime sim = fifo();
    sim.execute(() -> log.add("engine ran"));

    assertThat(log).isEmpty();
    RunResult result = sim.run();

    assertThat(log).containsExactly("engine ran");
    assertThat(result.kind()).isEqualTo(RunResult.Kind.QUIESCENT);
    assertThat(result.stepCount()).isEqualTo(1);
    assertThat(sim.schedule().chosenNames()).containsExactly("engine#0");
  }

  @Test
  void execute_fromStep_runsAtLaterStep() {
    SimRuntime sim = fifo();
    sim.spawn("admin", context -> {
      sim.execute(() -> log.add("engine at step " + sim.stepIndex()));
      log.add("admin at step " + context.stepIndex());
      return Step.done();
    });

    sim.run();

    assertThat(log).containsExactly("admin at step 0", "engine at step 1");
    assertThat(sim.schedule().render()).isEqualTo("step 0: admin of [admin]\nstep 1: engine#1 of [engine#1]\n");
  }

  @Test
  void spawn_sameNameTwice_getsNumberedName() {
    SimRuntime sim = fifo();

    TaskHandle first = sim.spawn("channel:SIP/alice-1", context -> Step.done());
    TaskHandle second = sim.spawn("channel:SIP/alice-1", context -> Step.done());

    assertThat(first.name()).isEqualTo("channel:SIP/alice-1");
    assertThat(second.name()).isEqualTo("channel:SIP/alice-1#2");
    assertThat(List.of(first.id(), second.id())).containsExactly(0, 1);
  }

  @Test
  void run_noTaskEnabled_jumpsClockToEarliestWakeUp() {
    SimRuntime sim = fifo();
    List<Long> seenMs = new ArrayList<>();
    sim.spawn("slow", Script.builder().runWith(context -> seenMs.add(context.nowMs())).sleepMs(1_000)
        .runWith(context -> seenMs.add(context.nowMs())).build());
    sim.spawn("fast", Script.builder().sleepMs(10).runWith(context -> seenMs.add(context.nowMs())).build());

    RunResult result = sim.run();

    // FIFO: slow logs at 0 ms and sleeps at 1 ms (a step takes 1 ms: wakes at 2 + 1000); fast
    // sleeps at 2 ms (wakes at 3 + 10). Then nothing is enabled: the clock jumps to 13, then 1002.
    assertThat(seenMs).containsExactly(0L, 13L, 1_002L);
    assertThat(result.stepCount()).isEqualTo(5);
    assertThat(result.nowMs()).isEqualTo(1_003L);
  }

  @Test
  void run_spinningTask_endsInHangAtStepBudget() {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[0], DRAWS_MAX), new FifoScheduler())
        .stepsMax(100).build();
    sim.spawn("spinner", context -> Step.next());
    sim.spawn("napper", context -> Step.sleepMs(5));

    RunResult result = sim.run();

    assertThat(result.kind()).isEqualTo(RunResult.Kind.HANG);
    assertThat(result.isHang()).isTrue();
    assertThat(result.stepIndex()).isEqualTo(100);
    // FIFO starves the napper once it wakes: the spinner, older, always wins.
    assertThat(result.aliveTasks()).containsExactly(
        new RunResult.AliveTask("spinner", TaskState.READY, "ready"),
        new RunResult.AliveTask("napper", TaskState.READY, "ready"));
  }

  @Test
  void run_eachCallHasItsOwnBudget() {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[0], DRAWS_MAX), new FifoScheduler())
        .stepsMax(10).build();
    sim.spawn("spinner", context -> Step.next());

    RunResult first = sim.run();
    RunResult second = sim.run();

    assertThat(first.stepIndex()).isEqualTo(10);
    assertThat(second.firstStepIndex()).isEqualTo(10);
    assertThat(second.stepIndex()).isEqualTo(20);
  }

  @Test
  void run_waitingForever_endsBlockedNamingTheWait() {
    SimRuntime sim = fifo();
    CompletableFuture<String> never = new CompletableFuture<>();
    sim.spawn("admin", Script.builder().call("load chan_sip", () -> never, future -> {}).build());

    RunResult result = sim.run();

    assertThat(result.kind()).isEqualTo(RunResult.Kind.BLOCKED);
    assertThat(result.isHang()).isTrue();
    assertThat(result.aliveTasks()).containsExactly(
        new RunResult.AliveTask("admin", TaskState.WAITING, "waiting for load chan_sip"));
    assertThat(result.describe()).isEqualTo(
        "blocked at step 1, 1 ms, after 1 steps\n  alive: admin waiting for load chan_sip\n");
  }

  @Test
  void run_stepThrows_recordsFailureAndGoesOn() {
    SimRuntime sim = fifo();
    sim.execute(() -> {
      throw new IllegalStateException("boom");
    });
    sim.spawn("survivor", Script.builder().run(() -> log.add("one")).run(() -> log.add("two")).build());

    RunResult result = sim.run();

    assertThat(result.kind()).isEqualTo(RunResult.Kind.QUIESCENT);
    assertThat(log).containsExactly("one", "two");
    assertThat(result.failures()).hasSize(1);
    assertThat(result.failures().get(0).describe())
        .isEqualTo("step 0: engine#0 threw java.lang.IllegalStateException: boom");
  }

  @Test
  void run_conditionThrows_endsTaskWithFailure() {
    SimRuntime sim = fifo();
    sim.spawn("waiter", context -> Step.waitUntil(() -> {
      throw new IllegalArgumentException("bad condition");
    }, "nothing"));

    RunResult result = sim.run();

    assertThat(result.kind()).isEqualTo(RunResult.Kind.QUIESCENT);
    assertThat(result.failures()).extracting(RunResult.TaskFailure::describe)
        .containsExactly("step 1: waiter threw java.lang.IllegalArgumentException: bad condition");
  }

  @Test
  void run_stepReturnsNull_isAFailure() {
    SimRuntime sim = fifo();
    sim.spawn("broken", context -> null);

    RunResult result = sim.run();

    assertThat(result.failures()).extracting(RunResult.TaskFailure::describe).containsExactly(
        "step 0: broken threw java.lang.IllegalStateException: a step must say what comes next; broken returned null");
  }

  @Test
  void run_tapeOverrun_propagatesDiscardForThePropertyCore() {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.random(1L, 3), new FifoScheduler()).build();
    sim.spawn("drawer", context -> {
      context.tape().choose(10);
      return Step.next();
    });

    assertThatThrownBy(sim::run).isInstanceOf(Discarded.class);
  }

  @Test
  void run_fromTaskStep_isRefusedAsFailure() {
    SimRuntime sim = fifo();
    sim.spawn("nester", context -> {
      sim.run();
      return Step.done();
    });

    RunResult result = sim.run();

    assertThat(result.failures()).extracting(RunResult.TaskFailure::describe).containsExactly(
        "step 0: nester threw java.lang.IllegalStateException: run called from a task step: runs do not nest");
  }

  @Test
  void runUntil_conditionHolds_stopsBeforeNextStep() {
    SimRuntime sim = fifo();
    sim.spawn("counter", context -> {
      log.add("tick");
      return Step.next();
    });

    RunResult result = sim.runUntil(() -> log.size() == 3);

    assertThat(result.kind()).isEqualTo(RunResult.Kind.STOPPED);
    assertThat(result.stepCount()).isEqualTo(3);
    assertThat(result.aliveTasks()).extracting(RunResult.AliveTask::name).containsExactly("counter");
  }

  @Test
  void delay_postponesTaskByDrawnSteps() {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[] {1}, DRAWS_MAX), new FifoScheduler()).build();
    TaskHandle a = sim.spawn("a", context -> Step.done());
    sim.spawn("b", context -> Step.done());
    sim.spawn("c", context -> Step.done());

    int steps = sim.delay(a, 5);
    sim.run();

    assertThat(steps).isEqualTo(1);
    assertThat(sim.schedule().chosenNames()).containsExactly("b", "a", "c");
  }

  @Test
  void delay_onlyPostponedTasksLeft_theyRunAtOnce() {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[] {5}, DRAWS_MAX), new FifoScheduler()).build();
    TaskHandle a = sim.spawn("a", context -> Step.done());

    sim.delay(a, 5);
    RunResult result = sim.run();

    assertThat(result.kind()).isEqualTo(RunResult.Kind.QUIESCENT);
    assertThat(result.stepCount()).isEqualTo(1);
    assertThat(result.nowMs()).isEqualTo(1);
  }

  @Test
  void engineDelayStepsMax_postponesEveryEngineTask() {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[] {3, 0, 0}, DRAWS_MAX), new FifoScheduler())
        .engineDelayStepsMax(3).build();
    sim.execute(() -> {});
    sim.execute(() -> {});
    sim.execute(() -> {});

    sim.run();

    assertThat(sim.schedule().chosenNames()).containsExactly("engine#1", "engine#2", "engine#0");
  }

  @Test
  void spawn_pastTasksMax_throws() {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[0], DRAWS_MAX), new FifoScheduler())
        .tasksMax(2).build();
    sim.execute(() -> {});
    sim.spawn("second", context -> Step.done());

    assertThatThrownBy(() -> sim.spawn("third", context -> Step.done()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the simulation holds 2 live tasks (tasksMax): something keeps starting tasks that never end");
  }

  @Test
  void schedule_recordingOff_isRefused() {
    SimRuntime sim = SimRuntime.builder(ChoiceTape.replay(new int[0], DRAWS_MAX), new FifoScheduler())
        .recording(SimRuntime.Recording.OFF).build();
    sim.execute(() -> {});

    assertThat(sim.run().stepCount()).isEqualTo(1);
    assertThatThrownBy(sim::schedule).hasMessage("this runtime records no schedule (Recording.OFF)");
  }

  @Test
  void builder_badLimit_failsNamingIt() {
    assertThatThrownBy(() -> SimRuntime.builder(ChoiceTape.replay(new int[0], 1), new FifoScheduler()).stepsMax(0))
        .hasMessage("stepsMax must be >= 1, was 0");
    assertThatThrownBy(() -> SimRuntime.builder(ChoiceTape.replay(new int[0], 1), new FifoScheduler()).stepMs(-1))
        .hasMessage("stepMs must be >= 0, was -1");
  }

  @Test
  void aliveTasks_listsUnfinishedInCreationOrder() {
    SimRuntime sim = fifo();
    sim.spawn("b", context -> Step.done());
    sim.spawn("a", context -> Step.sleepMs(5));

    sim.runUntil(() -> sim.stepIndex() == 2);

    assertThat(sim.aliveTasks()).extracting(TaskHandle::toString).containsExactly("a (sleeping until 7 ms)");
  }

  @Test
  void toyWorld_fifo_traceIsAsDesigned() {
    // Tape: the sleeper's delay draws 2 (enabled from step 2), the producer's choice draws 1.
    String trace = new ToyWorld(ChoiceTape.replay(new int[] {2, 1}, DRAWS_MAX), tape -> new FifoScheduler())
        .start().trace();

    assertThat(trace).isEqualTo(String.join("\n",
        "step 2 at 2 ms: drew 1",
        "step 4 at 4 ms: about to throw",
        "step 7 at 7 ms: spawned",
        "step 9 at 9 ms: engine task 1",
        "step 10 at 10 ms: engine task 2",
        "step 11 at 11 ms: reply pong",
        "step 13 at 13 ms: child step",
        "step 14 at 14 ms: child step",
        "step 15 at 15 ms: child#2 step",
        "step 16 at 16 ms: woke",
        "step 17 at 17 ms: child#2 step",
        "--",
        "step 0: producer of [producer, waiter, thrower, spawner]",
        "step 1: producer of [producer, waiter, thrower, spawner, engine#5]",
        "step 2: producer of [producer, waiter, thrower, spawner, sleeper, engine#5, engine#6]",
        "step 3: waiter of [waiter, thrower, spawner, sleeper, engine#5, engine#6]",
        "step 4: thrower of [thrower, spawner, sleeper, engine#5, engine#6]",
        "step 5: thrower of [thrower, spawner, sleeper, engine#5, engine#6]",
        "step 6: spawner of [spawner, sleeper, engine#5, engine#6]",
        "step 7: spawner of [spawner, sleeper, engine#5, engine#6, child, child#2]",
        "step 8: sleeper of [sleeper, engine#5, engine#6, child, child#2]",
        "step 9: engine#5 of [engine#5, engine#6, child, child#2]",
        "step 10: engine#6 of [engine#6, child, child#2]",
        "step 11: waiter of [waiter, child, child#2]",
        "step 12: sleeper of [sleeper, child, child#2]",
        "step 13: child of [child, child#2]",
        "step 14: child of [child, child#2]",
        "step 15: child#2 of [child#2]",
        "step 16: sleeper of [sleeper, child#2]",
        "step 17: child#2 of [child#2]",
        "--",
        "quiescent at step 18, 18 ms, after 18 steps",
        "  failure: step 5: thrower threw java.lang.IllegalStateException: boom",
        ""));
  }

  @Test
  void run_sameTape_sameTrace() {
    Set<String> distinct = new TreeSet<>();
    Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(200).seed(7L).check(seed -> {
      ChoiceTape tape = ChoiceTape.random(seed, DRAWS_MAX);
      String first = new ToyWorld(tape, RandomScheduler::new).start().trace();
      String second = new ToyWorld(ChoiceTape.random(seed, DRAWS_MAX), RandomScheduler::new).start().trace();
      String replayed = new ToyWorld(ChoiceTape.replay(tape.choices(), DRAWS_MAX), RandomScheduler::new).start().trace();

      assertThat(second).isEqualTo(first);
      assertThat(replayed).isEqualTo(first);
      distinct.add(first);
    });
    // Not vacuous: the seeds really do explore different interleavings.
    assertThat(distinct).hasSizeGreaterThan(100);
  }

  @Test
  void run_sameTape_sameTraceUnderPct() {
    Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(200).seed(11L).check(seed -> {
      String first = new ToyWorld(ChoiceTape.random(seed, DRAWS_MAX), tape -> new PctScheduler(tape, 3, 30))
          .start().trace();
      String second = new ToyWorld(ChoiceTape.random(seed, DRAWS_MAX), tape -> new PctScheduler(tape, 3, 30))
          .start().trace();

      assertThat(second).isEqualTo(first);
    });
  }
}
