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
    List<Violation> found = Oracles.all().check(evidence.trace());
    return found.stream().map(Violation::render).toList();
  }
}
