package org.loaderlab.property;

import java.util.Locale;
import java.util.Map;
import org.loaderlab.property.shrink.ShrinkResult;

/**
 * The messages a check fails with. Each opens with one line that says what happened and the
 * seed, then aligned {@code name: value} lines, so a CI log shows everything needed to rerun.
 */
final class FailureText {

  /** A cause's text is cut here: its full stack trace is attached as the cause anyway. */
  static final int CAUSE_CHARS_MAX = 2000;

  private FailureText() {}

  static String counterexample(
      PropertyFailedError.Failure failure,
      int tryNumber,
      int tries,
      ShrinkResult shrunk,
      int shrinkStepsMax,
      Throwable cause,
      boolean reproduced) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "property failed on try %d of %d (seed %d)\n",
                tryNumber,
                tries,
                failure.seed()));
    line(text, "shrunk value", ValueText.of(failure.shrunkValue()));
    line(text, "original value", ValueText.of(failure.originalValue()));
    line(text, "shrunk tape", failure.tape());
    line(
        text,
        "shrink steps",
        String.format(
            Locale.ROOT,
            "%d run, %d accepted (shrinkStepsMax %d)",
            shrunk.stepCount(),
            shrunk.acceptedCount(),
            shrinkStepsMax));
    line(
        text,
        "rerun",
        ".replay(\"" + failure.tape() + "\") for this case, .seed(" + failure.seed()
            + "L) for the run");
    if (!reproduced) {
      line(
          text,
          "note",
          "the shrunk tape did not fail again, so the original case is shown:"
              + " is the body a pure function of its value?");
    }
    line(text, "cause", causeText(cause));
    return text.toString();
  }

  static String replayed(PropertyFailedError.Failure failure, Throwable cause) {
    StringBuilder text = new StringBuilder("property failed on replayed tape\n");
    line(text, "value", ValueText.of(failure.shrunkValue()));
    line(text, "tape", failure.tape());
    line(text, "cause", causeText(cause));
    return text.toString();
  }

  static String replayDiscarded(String tape, String reason) {
    return "replayed tape '" + tape + "' was discarded, so it no longer reproduces a case: "
        + reason;
  }

  static String gaveUp(
      int discardCount,
      int discardsMax,
      int passCount,
      int tries,
      long seed,
      Map<String, Integer> reasons) {
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "property gave up after %d discarded cases (discardsMax %d),"
                    + " with %d of %d tries passed (seed %d)\n",
                discardCount,
                discardsMax,
                passCount,
                tries,
                seed));
    for (Map.Entry<String, Integer> reason : reasons.entrySet()) {
      text.append(
          String.format(Locale.ROOT, "  %7d cases: %s\n", reason.getValue(), reason.getKey()));
    }
    return text.toString();
  }

  static String coverageLine(String label, double share, double minFraction) {
    return "  label '"
        + label
        + "' in "
        + LabelTable.percent(share)
        + " of cases, required at least "
        + LabelTable.percent(minFraction)
        + "\n";
  }

  static String coverage(int tries, long seed, String unmetLines, String table) {
    return String.format(Locale.ROOT, "coverage not met after %d tries (seed %d)\n", tries, seed)
        + unmetLines
        + table;
  }

  private static void line(StringBuilder text, String name, String value) {
    String indented = value.replace("\n", "\n" + " ".repeat(18));
    text.append(String.format(Locale.ROOT, "  %-15s %s\n", name + ":", indented));
  }

  private static String causeText(Throwable cause) {
    String text = cause.toString().strip();
    return text.length() <= CAUSE_CHARS_MAX ? text : text.substring(0, CAUSE_CHARS_MAX) + "...";
  }
}
