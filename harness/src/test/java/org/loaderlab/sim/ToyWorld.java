package org.loaderlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.loaderlab.property.Tape;

/**
 * A small multi-task program that uses every feature of the runtime, for tests that only need
 * "some concurrent program": engine tasks queued from steps, sleeps, a wait
 * on a future an engine task completes, a choice drawn by a task, a step that throws, spawned children with a repeated
 * name, and a delayed task.
 *
 * <pre>
 *   producer  : queue engine task 1 | queue engine task 2 (completes reply) | log choose(3)
 *   waiter    : wait for reply | log
 *   thrower   : log | throw "boom"
 *   spawner   : spawn child, child (named child#2) | log        child: log | log
 *   sleeper   : sleep 3 ms | sleep 3 ms | log (postponed by a delay drawn from the tape)
 * </pre>
 */
final class ToyWorld {

  final List<String> log = new ArrayList<>();
  final SimRuntime sim;
  private final CompletableFuture<String> reply = new CompletableFuture<>();

  ToyWorld(Tape tape, Function<Tape, Scheduler> scheduler) {
    sim = SimRuntime.builder(tape, scheduler.apply(tape)).stepsMax(1_000).build();
  }

  /** Spawns the program's tasks; {@link SimRuntime#run()} runs them. */
  ToyWorld start() {
    sim.spawn("producer", Script.builder()
        .run(() -> sim.execute(() -> note("engine task 1")))
        .run(() -> sim.execute(() -> {
          note("engine task 2");
          reply.complete("pong");
        }))
        .runWith(context -> note("drew " + context.tape().choose(3)))
        .build());
    sim.spawn("waiter", Script.builder()
        .waitUntil(reply::isDone, "the reply")
        .run(() -> note("reply " + reply.join()))
        .build());
    sim.spawn("thrower", Script.builder()
        .run(() -> note("about to throw"))
        .run(() -> {
          throw new IllegalStateException("boom");
        })
        .build());
    sim.spawn("spawner", Script.builder()
        .runWith(context -> {
          context.spawn("child", child());
          context.spawn("child", child());
        })
        .run(() -> note("spawned"))
        .build());
    TaskHandle sleeper = sim.spawn("sleeper", Script.builder()
        .sleepMs(3)
        .sleepMs(3)
        .run(() -> note("woke"))
        .build());
    sim.delay(sleeper, 4);
    return this;
  }

  /** Runs the program and returns everything observable: the log, the schedule, the result. */
  String trace() {
    RunResult result = sim.run();
    return String.join("\n", log) + "\n--\n" + sim.schedule().render() + "--\n" + result.describe();
  }

  private SimTask child() {
    return Script.builder().run(this::noteCurrent).run(this::noteCurrent).build();
  }

  private void noteCurrent() {
    note(sim.current().name() + " step");
  }

  private void note(String event) {
    log.add("step " + sim.stepIndex() + " at " + sim.nowMs() + " ms: " + event);
  }
}
