package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Runs several oracles over one trace and lists what they found by step, then kind, so the same
 * run always reports the same way.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Oracles implements Oracle {

  private final List<Oracle> oracles;

  private Oracles(List<Oracle> oracles) {
    this.oracles = List.copyOf(oracles);
  }

  /** Every family: ordering, safety, policy, leak, hang, conformance, fidelity. */
  public static Oracles all() {
    return of(new OrderingOracle(), new SafetyOracle(), new PolicyOracle(), new LeakOracle(), new HangOracle(),
        new ConformanceOracle(), new FidelityOracle());
  }

  /** Just {@code oracles}, in this order. */
  public static Oracles of(Oracle... oracles) {
    for (Oracle oracle : oracles) {
      Objects.requireNonNull(oracle, "oracle");
    }
    return new Oracles(List.of(oracles));
  }

  /**
   * What every oracle found, sorted by {@link Violation#ORDER}. The oracles that judge from a
   * ledger share one walk of the trace ({@link LedgerWalk}) instead of replaying it each.
   */
  @Override
  public List<Violation> check(Trace trace) {
    Objects.requireNonNull(trace, "trace");
    List<OperationWindows.Window> windows = OperationWindows.of(trace);
    List<LedgerWalk.Part> parts = new ArrayList<>();
    for (Oracle oracle : oracles) {
      if (oracle instanceof LedgerWalk.Walking walking) {
        parts.add(walking.part(trace, windows));
      }
    }
    LedgerWalk.walk(trace, parts);
    List<Violation> found = new ArrayList<>();
    int partIndex = 0;
    for (Oracle oracle : oracles) {
      found.addAll(oracle instanceof LedgerWalk.Walking ? parts.get(partIndex++).found() : oracle.check(trace));
    }
    found.sort(Violation.ORDER);
    return List.copyOf(found);
  }

  /** Each violation's {@link Violation#render()}, one after another. */
  public static String render(List<Violation> violations) {
    StringBuilder text = new StringBuilder();
    violations.forEach(violation -> text.append(violation.render()));
    return text.toString();
  }

  /** A JSON array, one violation per line. */
  public static String toJson(List<Violation> violations) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < violations.size(); i++) {
      json.append(i == 0 ? "\n  " : ",\n  ").append(violations.get(i).toJson());
    }
    return json.append(violations.isEmpty() ? "]\n" : "\n]\n").toString();
  }
}
