package org.loaderlab.engine.plan;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What an operation will do, in order, and what it refuses. A plan is a value: the dry run shows
 * it, the engine executes it, and the harness compares the two.
 *
 * @param waiting modules that will stop only once users the plan cannot remove at once (channels
 *     asked to hang up, calls in progress) have gone, with who they wait for
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Plan(Operation operation, List<PlanStep> steps, List<Refusal> refusals, List<String> waiting) {

  public Plan {
    Objects.requireNonNull(operation, "operation");
    steps = List.copyOf(steps);
    refusals = List.copyOf(refusals);
    waiting = List.copyOf(waiting);
  }

  public boolean isRefused() {
    return steps.isEmpty() && !refusals.isEmpty();
  }
}
