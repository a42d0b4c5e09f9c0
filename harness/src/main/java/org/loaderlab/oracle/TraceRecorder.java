package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.observe.StepClock;
import org.loaderlab.sim.RunResult;

/**
 * Records one run into a {@link Trace}: the engine's listener (each event stamped with the step at
 * which it was seen), beside the linker's observation log. Events and observations are put in
 * one order by counting: each event remembers how many observations the log held when it
 * arrived, so the observations made before it come before it, byte for byte the same on a replay.
 *
 * <p>The driver also tells it what it asked ({@link #submit}, which takes the dry run first), how
 * each simulator run ended ({@link #ran}: a quiescent run is a checkpoint), and when else the world
 * is quiet ({@link #checkpoint}). Not thread-safe, like the log: the simulator runs on one thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TraceRecorder implements EventListener {

  /** As many events as the log holds observations; past it the run is a runaway, and says so loudly. */
  public static final int EVENTS_MAX = ObservationLog.OBSERVATIONS_MAX_DEFAULT;

  private record Seen(long stepIndex, LifecycleEvent event, int observationCount) {}

  private record Asked(Operation operation, long afterSequence, Plan dryRun, CompletableFuture<Outcome> outcome) {}

  private record Quiet(int eventCount, int observationCount, long stepIndex) {}

  private final StepClock clock;
  private final ObservationLog log;
  private final List<Seen> events = new ArrayList<>();
  private final List<Asked> asked = new ArrayList<>();
  private final List<Quiet> quiet = new ArrayList<>();
  private final List<RunResult> runs = new ArrayList<>();
  private long lastSequence;
  private long refusedCount;

  /**
   * @param clock the simulator's step, the one the linker stamps observations with
   * @param log the linker's observation log
   */
  public TraceRecorder(StepClock clock, ObservationLog log) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Records {@code event}. Past {@link #EVENTS_MAX} it is counted, not kept: the engine swallows
   * what a listener throws, so the loud failure comes from {@link #trace} instead.
   */
  @Override
  public void onEvent(LifecycleEvent event) {
    Objects.requireNonNull(event, "event");
    lastSequence = event.sequence();
    if (events.size() >= EVENTS_MAX) {
      refusedCount++;
      return;
    }
    events.add(new Seen(clock.stepIndex(), event, log.size()));
  }

  /** The sequence of the last event seen; 0 before the first. */
  public long lastSequence() {
    return lastSequence;
  }

  /**
   * Asks {@code loader} for {@code operation}: first its dry run ({@code plan}), recorded with the
   * last event seen, then the operation itself; its outcome is recorded when it completes.
   *
   * @throws IllegalArgumentException for {@link Operation.Stop}, which only the engine queues
   */
  public CompletableFuture<Outcome> submit(ModuleLoader loader, Operation operation) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(operation, "operation");
    if (operation instanceof Operation.Stop) {
      throw new IllegalArgumentException("a deferred stop is queued by the engine itself, not submitted: " + operation);
    }
    Plan dryRun = loader.plan(operation);
    long after = lastSequence;
    CompletableFuture<Outcome> outcome = dispatch(loader, operation);
    asked.add(new Asked(operation, after, dryRun, outcome));
    return outcome;
  }

  private static CompletableFuture<Outcome> dispatch(ModuleLoader loader, Operation operation) {
    if (operation instanceof Operation.Startup) {
      return loader.start();
    } else if (operation instanceof Operation.Load load) {
      return loader.load(load.module());
    } else if (operation instanceof Operation.Unload unload) {
      return loader.unload(unload.module(), unload.force());
    } else if (operation instanceof Operation.Reload reload) {
      return loader.reload(reload.module());
    } else if (operation instanceof Operation.Shutdown shutdown) {
      return loader.shutdown(shutdown.graceful());
    } else if (operation instanceof Operation.LoadDialplan dialplan) {
      return loader.loadDialplan(dialplan.dialplan());
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }

  /** The world is quiet now: leaks are judged here. */
  public void checkpoint() {
    quiet.add(new Quiet(events.size(), log.size(), clock.stepIndex()));
  }

  /** A simulator run ended with {@code result}; a quiescent end is also a checkpoint. */
  public void ran(RunResult result) {
    runs.add(Objects.requireNonNull(result, "result"));
    if (result.kind() == RunResult.Kind.QUIESCENT) {
      quiet.add(new Quiet(events.size(), log.size(), result.stepIndex()));
    }
  }

  /**
   * The trace so far, judged against {@code facts}.
   *
   * @throws IllegalStateException if events past {@link #EVENTS_MAX} were refused: a trace with a
   *     hole would let an oracle miss the very step that went wrong
   */
  public Trace trace(WorldFacts facts) {
    if (refusedCount > 0) {
      throw new IllegalStateException("the run made " + refusedCount + " events more than EVENTS_MAX (" + EVENTS_MAX
          + "), the last #" + lastSequence + ": it is a runaway, and its trace would have a hole");
    }
    List<Observation> observations = log.observations();
    Trace.Builder trace = Trace.builder(facts);
    int taken = 0;
    int quietIndex = 0;
    for (int eventIndex = 0; eventIndex <= events.size(); eventIndex++) {
      int upTo = eventIndex < events.size() ? events.get(eventIndex).observationCount() : observations.size();
      while (quietIndex < quiet.size() && quiet.get(quietIndex).eventCount() <= eventIndex) {
        Quiet point = quiet.get(quietIndex++);
        while (taken < point.observationCount()) {
          trace.observe(observations.get(taken++));
        }
        trace.checkpoint(point.stepIndex());
      }
      while (taken < upTo) {
        trace.observe(observations.get(taken++));
      }
      if (eventIndex < events.size()) {
        Seen seen = events.get(eventIndex);
        trace.event(seen.stepIndex(), seen.event());
      }
    }
    for (Asked operation : asked) {
      Optional<Outcome> outcome = operation.outcome().isDone() && !operation.outcome().isCompletedExceptionally()
          ? Optional.of(operation.outcome().join()) : Optional.empty();
      trace.operation(new Trace.OperationRun(operation.operation(), operation.afterSequence(),
          Optional.of(operation.dryRun()), outcome));
    }
    runs.forEach(trace::run);
    return trace.build();
  }
}
