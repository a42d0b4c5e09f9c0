package org.loaderlab.binary;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What the module's cancel callback does when the engine asks it to let go of a use it took
 * ({@code [adversarial] user_of=}): release at once, never (cancel ignored), or some steps later.
 *
 * @param delaySteps for {@link Mode#DELAY}, from 1 to {@link #DELAY_STEPS_MAX}; 0 otherwise
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Disposal(Mode mode, int delaySteps) {

  /** A delay long enough to outlast any interleaving a test means; longer is a typo for "ignore". */
  public static final int DELAY_STEPS_MAX = 10_000;

  /** How the cancel callback answers. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Mode {
    RELEASE,
    IGNORE,
    DELAY
  }

  public static final Disposal RELEASE = new Disposal(Mode.RELEASE, 0);
  public static final Disposal IGNORE = new Disposal(Mode.IGNORE, 0);

  public Disposal {
    Objects.requireNonNull(mode, "mode");
    if (mode == Mode.DELAY && (delaySteps < 1 || delaySteps > DELAY_STEPS_MAX)) {
      throw new IllegalArgumentException("delaySteps must be from 1 to " + DELAY_STEPS_MAX + ", was " + delaySteps);
    }
    if (mode != Mode.DELAY && delaySteps != 0) {
      throw new IllegalArgumentException("delaySteps is for DELAY only, was " + delaySteps + " for " + mode);
    }
  }

  public static Disposal delay(int steps) {
    return new Disposal(Mode.DELAY, steps);
  }

  /** The disposal {@code text} says ({@code release}, {@code ignore}, {@code delay:N}); empty when none. */
  public static Optional<Disposal> parse(String text) {
    switch (text) {
      case "release":
        return Optional.of(RELEASE);
      case "ignore":
        return Optional.of(IGNORE);
      default:
        break;
    }
    String prefix = "delay:";
    if (!text.startsWith(prefix)) {
      return Optional.empty();
    }
    String digits = text.substring(prefix.length());
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int steps = Integer.parseInt(digits);
    return steps >= 1 && steps <= DELAY_STEPS_MAX ? Optional.of(delay(steps)) : Optional.empty();
  }

  /** {@code release}, {@code ignore} or {@code delay:N}. */
  @Override
  public String toString() {
    return mode == Mode.DELAY ? "delay:" + delaySteps : mode == Mode.IGNORE ? "ignore" : "release";
  }
}
