package org.loaderlab.property;

import java.util.List;

/**
 * How one test case ended, with the choices it recorded (which replay it). Values are not kept:
 * a case is a pure function of its choices, so a report regenerates the value it shows, which
 * also keeps a body that mutates its argument from changing what is printed.
 */
sealed interface CaseOutcome {

  int[] choices();

  /** The body returned normally; {@code labels} are the distinct classifier labels. */
  record Pass(int[] choices, List<String> labels) implements CaseOutcome {}

  /** The generator or the body threw {@code failure}. */
  record Fail(int[] choices, Throwable failure) implements CaseOutcome {

    /** Failures of the same kind are the same bug for shrinking: the exception's class. */
    String kind() {
      return failure.getClass().getName();
    }
  }

  /** Neither pass nor fail: overrun, a starved filter, or a failed assumption. */
  record Discard(int[] choices, String reason) implements CaseOutcome {}
}
