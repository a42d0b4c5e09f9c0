package org.loaderlab.sim;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.property.Tape;

/**
 * A uniformly random enabled task at each step, drawn from the tape with {@code choose(n)}: no
 * modulo bias, and a shrunk tape (choices lowered toward 0) drifts toward the oldest task, the
 * FIFO schedule. Good at shallow races; {@link PctScheduler} reaches deep ones.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RandomScheduler implements Scheduler {

  private final Tape tape;

  public RandomScheduler(Tape tape) {
    this.tape = Objects.requireNonNull(tape, "tape");
  }

  @Override
  public int pick(long stepIndex, EnabledTasks enabled) {
    int size = enabled.size();
    assert size > 0 : "picked from no task";
    // With one task there is no choice: drawing would only spend the tape's drawsMax.
    return size == 1 ? 0 : tape.choose(size);
  }
}
