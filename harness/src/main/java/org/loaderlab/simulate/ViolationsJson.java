package org.loaderlab.simulate;

import java.util.List;
import org.loaderlab.oracle.Json;
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

  private ViolationsJson() {}

  static String render(SimulationSettings settings, List<RunResult.TaskFailure> failures, List<Violation> violations) {
    StringBuilder json = new StringBuilder(256 + 512 * violations.size());
    json.append("{\"settings\":{\"loader\":").append(Json.string(settings.loader().label()))
        .append(",\"seed\":").append(Json.string(Long.toString(settings.seed())))
        .append(",\"actions\":").append(settings.actions())
        .append(",\"scheduler\":").append(Json.string(settings.scheduler().label()))
        .append(",\"delay_releases\":").append(settings.releaseDelayStepsMax())
        .append("},\n\"count\":").append(failures.size() + violations.size())
        .append(",\n\"violations\":[");
    String separator = "\n  ";
    for (RunResult.TaskFailure failure : failures) {
      json.append(separator).append("{\"family\":\"failure\",\"kind\":\"task-threw\",\"step\":").append(failure.stepIndex())
          .append(",\"modules\":[],\"message\":").append(Json.string(failure.describe())).append(",\"chain\":[]}");
      separator = ",\n  ";
    }
    for (Violation violation : violations) {
      json.append(separator).append(violation.toJson());
      separator = ",\n  ";
    }
    return json.append(failures.isEmpty() && violations.isEmpty() ? "]}\n" : "\n]}\n").toString();
  }
}
