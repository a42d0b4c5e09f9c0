package org.loaderlab.engine.lifecycle;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.Refusal;

/**
 * What an operation did: the plan it followed, whether it succeeded, and every refusal or
 * failure with its reason. An operation that is refused changes nothing.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Outcome(Operation operation, Plan plan, boolean success, List<Refusal> problems) {

  public Outcome {
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(plan, "plan");
    problems = List.copyOf(problems);
  }
}
