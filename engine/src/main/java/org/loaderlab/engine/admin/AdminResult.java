package org.loaderlab.engine.admin;

import java.util.List;
import org.apiguardian.api.API;

/**
 * What a command answered: the lines to print, and whether it did what was asked.
 *
 * @param success {@code false} for bad input, a refused or failed operation, or a plan that
 *     refuses; never {@code null}
 * @param lines never {@code null}, never empty; each is one line without a line break
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AdminResult(boolean success, List<String> lines) {

  public AdminResult {
    lines = List.copyOf(lines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a result has at least one line");
    }
    for (String line : lines) {
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a result line must not break: '" + line + "'");
      }
    }
  }

  /** A successful result. */
  public static AdminResult ok(List<String> lines) {
    return new AdminResult(true, lines);
  }

  /** A failed result of one line: what was wrong, and usually the usage. */
  public static AdminResult failure(String line) {
    return new AdminResult(false, List.of(line));
  }

  /** The lines, each ended by {@code \n}: what a console prints. */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }
}
