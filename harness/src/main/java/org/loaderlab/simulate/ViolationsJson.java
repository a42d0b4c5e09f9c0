package org.loaderlab.simulate;

import java.util.List;
import org.loaderlab.oracle.Violation;
import org.loaderlab.sim.RunResult;

/**
 * A run's violations as one JSON document, for CI: the settings that replay it, the count, and
 * each violation as the oracles render it ({@link Violation#toJson()}: family, kind, step,
 * modules, message, causal chain), a task that threw as family {@code failure}, kind
 * {@code task-threw}. The seed is a string: JSON readers that hold numbers as doubles would
 * round a large one, and the seed is what replays the run. One violation per line, LF ends.
 */
final class ViolationsJson {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ViolationsJson() {}

  static String render(SimulationSettings settings, List<RunResult.TaskFailure> failures, List<Violation> violations) {
    StringBuilder json = new StringBuilder(256 + 512 * violations.size());
    json.append("{\"settings\":{\"loader\":").append(string(settings.loader().label()))
        .append(",\"seed\":").append(string(Long.toString(settings.seed())))
        .append(",\"actions\":").append(settings.actions())
        .append(",\"scheduler\":").append(string(settings.scheduler().label()))
        .append(",\"delay_releases\":").append(settings.releaseDelayStepsMax())
        .append("},\n\"count\":").append(failures.size() + violations.size())
        .append(",\n\"violations\":[");
    String separator = "\n  ";
    for (RunResult.TaskFailure failure : failures) {
      json.append(separator).append("{\"family\":\"failure\",\"kind\":\"task-threw\",\"step\":").append(failure.stepIndex())
          .append(",\"modules\":[],\"message\":").append(string(failure.describe())).append(",\"chain\":[]}");
      separator = ",\n  ";
    }
    for (Violation violation : violations) {
      json.append(separator).append(violation.toJson());
      separator = ",\n  ";
    }
    return json.append(failures.isEmpty() && violations.isEmpty() ? "]}\n" : "\n]}\n").toString();
  }

  /** {@code text} as a JSON string, escaped per RFC 8259 (the oracles' own writer is theirs alone). */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20) {
        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
