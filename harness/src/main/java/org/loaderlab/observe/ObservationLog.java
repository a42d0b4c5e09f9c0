package org.loaderlab.observe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The world's observations of one run, in the order they happened: append-only, in step order,
 * bounded by {@link #observationsMax()}. Not thread-safe: the simulator runs everything on one
 * thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ObservationLog {

  /**
   * A million lines: a long property run makes tens of thousands. Far beyond it, a run is looping,
   * and an oracle would rather fail loudly than read an endless log.
   */
  public static final int OBSERVATIONS_MAX_DEFAULT = 1_000_000;

  private final int observationsMax;
  private final List<Observation> observations = new ArrayList<>();

  public ObservationLog(int observationsMax) {
    if (observationsMax <= 0) {
      throw new IllegalArgumentException("observationsMax must be > 0, was " + observationsMax);
    }
    this.observationsMax = observationsMax;
  }

  public ObservationLog() {
    this(OBSERVATIONS_MAX_DEFAULT);
  }

  /**
   * Appends {@code observation}.
   *
   * @throws ObservationLimitException when the log already holds {@link #observationsMax()}
   * @throws IllegalArgumentException when its step is before the last one's: steps never go back
   */
  public void append(Observation observation) {
    Objects.requireNonNull(observation, "observation");
    if (observations.size() >= observationsMax) {
      throw new ObservationLimitException("observation log is full: " + observationsMax
          + " observations, the last at step " + last().stepIndex() + "; refused: " + observation.render());
    }
    if (!observations.isEmpty() && observation.stepIndex() < last().stepIndex()) {
      throw new IllegalArgumentException("observation at step " + observation.stepIndex()
          + " comes after one at step " + last().stepIndex() + ": " + observation.render());
    }
    observations.add(observation);
  }

  private Observation last() {
    return observations.get(observations.size() - 1);
  }

  /** Every observation, oldest first; a copy. */
  public List<Observation> observations() {
    return List.copyOf(observations);
  }

  /** The observations of type {@code type}, oldest first. */
  public <T extends Observation> List<T> ofType(Class<T> type) {
    Objects.requireNonNull(type, "type");
    return observations.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public int size() {
    return observations.size();
  }

  public int observationsMax() {
    return observationsMax;
  }

  /** One rendered line per observation, oldest first. */
  public List<String> lines() {
    return observations.stream().map(Observation::render).toList();
  }

  /** Every line, each ended by a line feed: the same run renders the same bytes. */
  public String render() {
    StringBuilder text = new StringBuilder();
    for (Observation observation : observations) {
      text.append(observation.render()).append('\n');
    }
    return text.toString();
  }
}
