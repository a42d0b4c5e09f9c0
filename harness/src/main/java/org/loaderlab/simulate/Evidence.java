package org.loaderlab.simulate;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.observe.Observation;
import org.loaderlab.oracle.Trace;
import org.loaderlab.sim.RunResult;

/**
 * What a finished run leaves for a {@link Judge}: what was asked, how the run ended, the loader's
 * events and the world's observations, each with its step.
 *
 * @param actions the actions drawn for the run, the shutdown last
 * @param result how the run ended
 * @param events every lifecycle event, in the order the loader sent them
 * @param observations every observation of the fake world, in step order
 * @param trace the same, with the operations and their dry runs, as the oracles read it
 * @param changes the admin's writes to the world during the run (hot installs), in order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Evidence(
    SimulationSettings settings,
    List<Action> actions,
    RunResult result,
    List<SteppedEvent> events,
    List<Observation> observations,
    Trace trace,
    List<WorldChange> changes) {
  public Evidence {
    Objects.requireNonNull(settings, "settings");
    actions = List.copyOf(actions);
    Objects.requireNonNull(result, "result");
    events = List.copyOf(events);
    observations = List.copyOf(observations);
    Objects.requireNonNull(trace, "trace");
    changes = List.copyOf(changes);
  }
}
