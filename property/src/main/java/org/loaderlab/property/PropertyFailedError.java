package org.loaderlab.property;

import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * A property failed: an {@link AssertionFailedError}, so Maven and IDEs report a failure (with
 * the body's expected/actual when it gave them), carrying the counterexample for tools that want
 * more than the message, such as writing the shrunk case to a file.
 *
 * <p>The cause is the throwable of the shrunk case; the original case's throwable is suppressed.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PropertyFailedError extends AssertionFailedError {

  private static final long serialVersionUID = 1L;

  private final long seed;
  private final String tape;
  private final transient Object shrunkValue;
  private final transient Object originalValue;
  private final int shrinkSteps;

  private PropertyFailedError(String message, Failure failure, Throwable cause) {
    super(message, cause);
    this.seed = failure.seed();
    this.tape = failure.tape();
    this.shrunkValue = failure.shrunkValue();
    this.originalValue = failure.originalValue();
    this.shrinkSteps = failure.shrinkSteps();
  }

  private PropertyFailedError(String message, Failure failure, AssertionFailedError cause) {
    super(
        message,
        cause.getExpected().getEphemeralValue(),
        cause.getActual().getEphemeralValue(),
        cause);
    this.seed = failure.seed();
    this.tape = failure.tape();
    this.shrunkValue = failure.shrunkValue();
    this.originalValue = failure.originalValue();
    this.shrinkSteps = failure.shrinkSteps();
  }

  /** Keeps the body's expected/actual, if it had both, so an IDE can still show the diff. */
  static PropertyFailedError of(String message, Failure failure, Throwable cause) {
    if (cause instanceof AssertionFailedError failed
        && failed.isExpectedDefined()
        && failed.isActualDefined()) {
      return new PropertyFailedError(message, failure, failed);
    }
    return new PropertyFailedError(message, failure, cause);
  }

  /** The fields of a failure, gathered before the message is written. */
  record Failure(
      long seed, String tape, Object shrunkValue, Object originalValue, int shrinkSteps) {}

  /** The root seed of the run that found the failure. */
  public long seed() {
    return seed;
  }

  /** The shrunk tape as text: pass it to {@link PropertyRunner#replay} to rerun this case. */
  public String tape() {
    return tape;
  }

  /** The simplest failing value found (regenerated from the shrunk tape). */
  public Object shrunkValue() {
    return shrunkValue;
  }

  /** The first failing value, before shrinking. */
  public Object originalValue() {
    return originalValue;
  }

  /** Candidate runs shrinking spent, at most {@code shrinkStepsMax}. */
  public int shrinkSteps() {
    return shrinkSteps;
  }
}
