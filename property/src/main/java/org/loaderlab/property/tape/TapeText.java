package org.loaderlab.property.tape;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The compact, copy-pasteable text of a tape, printed by a failure and read by a replay.
 *
 * <p>Grammar: {@code t1:} then choices separated by {@code .}; a run of one value repeated
 * {@code n} times may be written {@code value*n}. Examples: {@code t1:1.100}, {@code t1:3*4.17},
 * {@code t1:} (the empty tape). Trailing zeros are left out when encoding because a replay pads
 * with zeros anyway, so the shortest text replays the same case. The {@code t1} names this
 * format, so a later format can still read old failures.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class TapeText {

  static final String PREFIX = "t1:";

  /** Decoding refuses longer tapes: a hand-edited {@code 0*2000000000} must not eat the heap. */
  public static final int CHOICES_MAX = 1 << 20;

  /** Runs shorter than this are written out: {@code 0.0} is as short as {@code 0*2}. */
  private static final int RUN_LENGTH_MIN = 3;

  private static final int QUOTED_CHARS_MAX = 80;
  private static final int INITIAL_CAPACITY = 16;

  private TapeText() {}

  public static String encode(int[] choices) {
    int length = choices.length;
    while (length > 0 && choices[length - 1] == 0) {
      length--;
    }
    StringBuilder text = new StringBuilder(PREFIX);
    int index = 0;
    while (index < length) {
      int run = 1;
      while (index + run < length && choices[index + run] == choices[index]) {
        run++;
      }
      if (index > 0) {
        text.append('.');
      }
      if (run >= RUN_LENGTH_MIN) {
        text.append(choices[index]).append('*').append(run);
        index += run;
      } else {
        text.append(choices[index]);
        index++;
      }
    }
    return text.toString();
  }

  /**
   * The choices written in {@code text}.
   *
   * @throws IllegalArgumentException naming the text and the first problem, when it does not
   *     follow the grammar above: a replay string is typed by a developer into test code, so it
   *     fails at once rather than replaying something else
   */
  public static int[] decode(String text) {
    if (!text.startsWith(PREFIX)) {
      throw malformed(text, "it must start with '" + PREFIX + "'");
    }
    String body = text.substring(PREFIX.length());
    if (body.isEmpty()) {
      return new int[0];
    }
    int[] choices = new int[INITIAL_CAPACITY];
    int count = 0;
    for (String token : body.split("\\.", -1)) {
      int star = token.indexOf('*');
      int value = number(text, token, star < 0 ? token : token.substring(0, star));
      int run = star < 0 ? 1 : number(text, token, token.substring(star + 1));
      if (run < 1) {
        throw malformed(text, "run '" + token + "' must repeat at least once");
      }
      if (run > CHOICES_MAX - count) {
        throw malformed(text, "it holds more than " + CHOICES_MAX + " choices");
      }
      if (count + run > choices.length) {
        choices = Arrays.copyOf(choices, Math.max(choices.length * 2, count + run));
      }
      Arrays.fill(choices, count, count + run, value);
      count += run;
    }
    return Arrays.copyOf(choices, count);
  }

  private static int number(String text, String token, String digits) {
    boolean plain = !digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    if (plain) {
      try {
        return Integer.parseInt(digits);
      } catch (NumberFormatException tooLarge) {
        // falls through to the same message as any other bad token
      }
    }
    throw malformed(text, "'" + token + "' is not a choice (a number >= 0, or value*count)");
  }

  private static IllegalArgumentException malformed(String text, String problem) {
    String quoted =
        text.length() <= QUOTED_CHARS_MAX ? text : text.substring(0, QUOTED_CHARS_MAX) + "...";
    return new IllegalArgumentException("malformed tape '" + quoted + "': " + problem);
  }
}
