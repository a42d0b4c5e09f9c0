package org.loaderlab.simulate;

import java.util.List;
import org.loaderlab.oracle.Oracles;
import org.loaderlab.oracle.Violation;

/**
 * The oracles, judging the run's trace from the outside: ordering, safety, policy, leaks, hangs,
 * manifest conformance and dry-run fidelity. Each violation is printed with its category, step,
 * modules and causal chain.
 */
final class OracleJudge implements Judge {

  static final OracleJudge INSTANCE = new OracleJudge();

  private OracleJudge() {}

  @Override
  public List<String> violations(Evidence evidence) {
    return found(evidence).stream().map(Violation::render).toList();
  }

  /**
   * What the oracles found, less what only the world's own changes explain: a binary replaced
   * during the run is a fact from that step on, so an opening before it is no tampered load.
   */
  static List<Violation> found(Evidence evidence) {
    List<Violation> found = Oracles.all().check(evidence.trace());
    if (evidence.changes().isEmpty()) {
      return found;
    }
    return found.stream().filter(violation -> !beforeItsTamper(violation, evidence.changes())).toList();
  }

  private static boolean beforeItsTamper(Violation violation, List<WorldChange> changes) {
    if (!(violation instanceof Violation.Policy policy) || policy.kind() != Violation.Policy.Kind.TAMPERED_LOADED) {
      return false;
    }
    List<WorldChange> replaced = changes.stream().filter(change -> change.kind() == WorldChange.Kind.BINARY_REPLACED
        && policy.modules().contains(change.module())).toList();
    return !replaced.isEmpty() && replaced.stream().allMatch(change -> change.stepIndex() > policy.stepIndex());
  }
}
