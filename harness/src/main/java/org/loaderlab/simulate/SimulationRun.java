package org.loaderlab.simulate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.oracle.Violation;
import org.loaderlab.sim.RunResult;

/**
 * A simulation's account: the world's problems (errors mean it never ran), what it left for the
 * judges, its trace and the violations found.
 *
 * @param worldProblems the world's diagnostics, file:line first; with an error, nothing ran
 * @param evidence the run's evidence; empty when the world had errors
 * @param trace one line per action, event and observation in step order, then how the run
 *     ended; the same for the same world and settings, byte for byte; empty when nothing ran
 * @param violations every violation the judges found, in their order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SimulationRun(
    SimulationSettings settings,
    List<Diagnostic> worldProblems,
    Optional<Evidence> evidence,
    String trace,
    List<String> violations) {

  public SimulationRun {
    Objects.requireNonNull(settings, "settings");
    worldProblems = List.copyOf(worldProblems);
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(trace, "trace");
    violations = List.copyOf(violations);
  }

  static SimulationRun worldFailed(SimulationSettings settings, List<Diagnostic> problems) {
    return new SimulationRun(settings, problems, Optional.empty(), "", List.of());
  }

  /** True when the world had errors and nothing ran. */
  public boolean worldFailed() {
    return evidence.isEmpty();
  }

  /**
   * What the oracles found, as values (what {@link Judges#standard()} prints as text); empty
   * when nothing ran.
   */
  public List<Violation> oracleViolations() {
    return evidence.map(OracleJudge::found).orElse(List.of());
  }

  /**
   * The violations as one JSON document: the settings (the seed as a string), the count, and one
   * object per violation with family, kind, step, modules, message and causal chain; a task that
   * threw is family {@code failure}. What {@link Judges#standard()} reports, as data.
   */
  public String violationsJson() {
    List<RunResult.TaskFailure> failures = evidence.map(found -> found.result().failures()).orElse(List.of());
    return ViolationsJson.render(settings, failures, oracleViolations());
  }

  /** The steps the run took; 0 when nothing ran. */
  public long stepCount() {
    return evidence.map(found -> found.result().stepCount()).orElse(0L);
  }
}
