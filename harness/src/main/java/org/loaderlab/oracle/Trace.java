package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.observe.Observation;
import org.loaderlab.sim.RunResult;

/**
 * Everything the oracles read of one run: the engine's events and the world's observations in
 * one order, each stamped with its simulation step; the points where the world was quiet; the
 * operations asked, with their dry runs and outcomes; the simulator's run results; and the
 * world's facts. A value: it is checked when made and never changes.
 *
 * @param entries in the order they happened, {@code entries.get(i).index() == i}, steps never
 *     going back, event sequences strictly rising
 * @param checkpoints where the world was quiescent, in order; leaks are judged there
 * @param operations what the driver asked the engine, in the order asked (deferred stops the
 *     engine queues itself are not here; they show in the events)
 * @param runs what each {@code run} of the simulator ended in, in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Trace(
    WorldFacts facts, List<Entry> entries, List<Checkpoint> checkpoints, List<OperationRun> operations,
    List<RunResult> runs) {

  /**
   * Twice the observation log's own bound plus as many events: a trace past it comes from a run
   * that is looping, and an oracle should fail loudly rather than read it.
   */
  public static final int ENTRIES_MAX = 3_000_000;

  /** One thing that happened: an engine event or a world observation. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public sealed interface Entry permits EventEntry, ObservedEntry {

    /** Its position in {@link Trace#entries()}. */
    int index();

    /** The simulation step it happened at. */
    long stepIndex();

    /** One line: {@code <step> #<sequence> <event>} or {@code <step> <observation>}. */
    String render();
  }

  /** An engine event, stamped with the step at which the listener saw it. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record EventEntry(int index, long stepIndex, LifecycleEvent event) implements Entry {
    public EventEntry {
      Objects.requireNonNull(event, "event");
    }

    @Override
    public String render() {
      return stepIndex + " #" + event.sequence() + " " + EntryText.event(event);
    }
  }

  /** An observation of the fake world; its step is its own. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record ObservedEntry(int index, Observation observation) implements Entry {
    public ObservedEntry {
      Objects.requireNonNull(observation, "observation");
    }

    @Override
    public long stepIndex() {
      return observation.stepIndex();
    }

    @Override
    public String render() {
      return observation.render();
    }
  }

  /**
   * The world was quiet after the first {@code entryCount} entries: no task could run, so every
   * operation asked had finished and whatever is still held is held on purpose or leaked.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Checkpoint(int entryCount, long stepIndex) {
    public Checkpoint {
      if (entryCount < 0 || stepIndex < 0) {
        throw new IllegalArgumentException("a checkpoint needs entryCount >= 0 and stepIndex >= 0, was "
            + entryCount + " at step " + stepIndex);
      }
    }
  }

  /**
   * One operation the driver asked for.
   *
   * @param afterSequence the sequence of the last event seen when the dry run was taken (0 for none)
   * @param dryRun what {@code ModuleLoader.plan} said it would do, if it was asked
   * @param outcome what the operation's future completed with, if it did
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record OperationRun(Operation operation, long afterSequence, Optional<Plan> dryRun, Optional<Outcome> outcome) {
    public OperationRun {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(dryRun, "dryRun");
      Objects.requireNonNull(outcome, "outcome");
      if (afterSequence < 0) {
        throw new IllegalArgumentException("afterSequence must be >= 0, was " + afterSequence);
      }
    }
  }

  public Trace {
    Objects.requireNonNull(facts, "facts");
    entries = List.copyOf(entries);
    checkpoints = List.copyOf(checkpoints);
    operations = List.copyOf(operations);
    runs = List.copyOf(runs);
    if (entries.size() > ENTRIES_MAX) {
      throw new IllegalArgumentException("a trace holds at most " + ENTRIES_MAX + " entries (ENTRIES_MAX), had "
          + entries.size());
    }
    checkEntries(entries);
    int previous = 0;
    for (Checkpoint checkpoint : checkpoints) {
      if (checkpoint.entryCount() < previous || checkpoint.entryCount() > entries.size()) {
        throw new IllegalArgumentException("checkpoint after " + checkpoint.entryCount() + " entries is out of order"
            + " or past the " + entries.size() + " entries");
      }
      previous = checkpoint.entryCount();
    }
  }

  private static void checkEntries(List<Entry> entries) {
    long step = 0;
    long sequence = 0;
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      if (entry.index() != i) {
        throw new IllegalArgumentException("entry " + i + " says it is entry " + entry.index());
      }
      if (entry.stepIndex() < step) {
        throw new IllegalArgumentException("entry " + i + " at step " + entry.stepIndex() + " comes after step " + step
            + ": " + entry.render());
      }
      step = entry.stepIndex();
      if (entry instanceof EventEntry event) {
        if (event.event().sequence() <= sequence) {
          throw new IllegalArgumentException("event #" + event.event().sequence() + " comes after event #" + sequence);
        }
        sequence = event.event().sequence();
      }
    }
  }

  /** Every entry, one line each, ended by a line feed: the same run renders the same bytes. */
  public String render() {
    StringBuilder text = new StringBuilder();
    entries.forEach(entry -> text.append(entry.render()).append('\n'));
    return text.toString();
  }

  public static Builder builder(WorldFacts facts) {
    return new Builder(facts);
  }

  /** Builds a trace by hand or from a recording, entry by entry, in order. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final WorldFacts facts;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();
    private final List<OperationRun> operations = new ArrayList<>();
    private final List<RunResult> runs = new ArrayList<>();
    private long lastSequence;

    private Builder(WorldFacts facts) {
      this.facts = Objects.requireNonNull(facts, "facts");
    }

    /** Appends {@code event} as seen at {@code stepIndex}. */
    public Builder event(long stepIndex, LifecycleEvent event) {
      entries.add(new EventEntry(entries.size(), stepIndex, event));
      lastSequence = Math.max(lastSequence, event.sequence());
      return this;
    }

    /** Appends the event {@code make} builds with the next sequence number, as the engine numbers them. */
    public Builder event(long stepIndex, LongFunction<LifecycleEvent> make) {
      return event(stepIndex, make.apply(lastSequence + 1));
    }

    public Builder observe(Observation observation) {
      entries.add(new ObservedEntry(entries.size(), observation));
      return this;
    }

    /** The world is quiet now, after every entry so far. */
    public Builder checkpoint(long stepIndex) {
      checkpoints.add(new Checkpoint(entries.size(), stepIndex));
      return this;
    }

    public Builder operation(OperationRun operation) {
      operations.add(Objects.requireNonNull(operation, "operation"));
      return this;
    }

    public Builder run(RunResult result) {
      runs.add(Objects.requireNonNull(result, "result"));
      return this;
    }

    /** The sequence of the last event appended; 0 before the first. */
    public long lastSequence() {
      return lastSequence;
    }

    /** The number of entries so far. */
    public int size() {
      return entries.size();
    }

    /** The trace; checked, so a builder fed out of order fails here, naming the entry. */
    public Trace build() {
      return new Trace(facts, entries, checkpoints, operations, runs);
    }
  }
}
