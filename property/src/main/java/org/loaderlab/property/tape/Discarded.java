package org.loaderlab.property.tape;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown while a case is being generated when the case cannot be completed and must be thrown
 * away rather than judged: its tape overran {@code drawsMax}, or a filter starved.
 *
 * <p>A discarded case is neither a pass nor a failure. The runner counts discards by {@link
 * #reason()} and gives up, naming the reasons, when there are too many. No stack trace is kept:
 * discards are routine and the reason says all there is to say.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Discarded extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  public Discarded(String reason) {
    super(Objects.requireNonNull(reason, "reason"), null, false, false);
    this.reason = reason;
  }

  /** The case needed more draws than its tape allows, like Hypothesis' overrun. */
  public static Discarded overrun(int drawsMax) {
    return new Discarded("overrun: the case needed more than " + drawsMax + " draws (drawsMax)");
  }

  /** A short sentence, stable across cases with the same cause, so it can be counted. */
  public String reason() {
    return reason;
  }
}
