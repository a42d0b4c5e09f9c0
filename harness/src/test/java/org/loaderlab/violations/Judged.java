package org.loaderlab.violations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.oracle.Oracles;
import org.loaderlab.oracle.Violation;
import org.loaderlab.simulate.SimulationRun;

/**
 * One scenario run and what the oracles found in it, with the assertions every violation test
 * makes: the kind is reported with exactly these modules and a causal chain, or nothing at all is.
 */
record Judged(SimulationRun run, List<Violation> violations) {

  /**
   * The violation of {@code category} ({@code family/code}) whose modules are exactly
   * {@code modules}, in order; its chain is not empty. Failing, it prints everything found and
   * the trace.
   */
  Violation reports(String category, String... modules) {
    List<ModuleName> expected = Arrays.stream(modules).map(ModuleName::of).toList();
    List<Violation> matching = violations.stream()
        .filter(violation -> violation.category().equals(category) && violation.modules().equals(expected))
        .toList();
    assertThat(matching).as("%s %s among:\n%s\ntrace:\n%s", category, expected, Oracles.render(violations), run.trace())
        .isNotEmpty();
    Violation found = matching.get(0);
    assertThat(found.chain()).as("the causal chain of %s", found.render()).isNotEmpty();
    return found;
  }

  /** No oracle and no simulator judge found anything: no violation, no task that threw, no hang. */
  void clean() {
    assertThat(violations).as("oracles:\n%s\ntrace:\n%s", Oracles.render(violations), run.trace()).isEmpty();
    assertThat(run.violations()).as("judges:\n%s\ntrace:\n%s", run.violations(), run.trace()).isEmpty();
  }
}
