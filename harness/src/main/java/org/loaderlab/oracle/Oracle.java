package org.loaderlab.oracle;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One family of checks: a pure function from a trace to what is wrong with it. An oracle reads
 * only the trace (events, observations, checkpoints, operations, run results) and its facts;
 * it never asks the engine anything.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Oracle {

  /** The violations of {@code trace}, sorted by {@link Violation#ORDER}; empty when there are none, never {@code null}. */
  List<Violation> check(Trace trace);
}
