package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.PlanStep;

/**
 * Goal: one walk serves every oracle as its own replay would: each part sees every count in
 * order with the ledger holding exactly that many entries, asking never changes the ledger, and
 * the oracles together find what each finds alone. Method: the clean trace of
 * {@link OraclesTest}, and a faulty one on the same world (app started before core ran, a hold
 * dropped that was never taken, a lib and an instance left with no holder).
 */
class LedgerWalkTest {

  private static final Holder CHANNEL = new Holder(HolderKind.CHANNEL, "SIP/alice-1");

  /** Records, at every count, the count and whether app is running. */
  private static final class Recorder implements LedgerWalk.Part {
    final List<String> seen = new ArrayList<>();

    @Override
    public void at(int appliedCount, Ledger ledger) {
      seen.add(appliedCount + ":" + ledger.phase(m("app")));
      ledger.module(m("nobody"));
    }

    @Override
    public List<Violation> found() {
      return List.of();
    }
  }

  @Test
  void walk_everyPart_seesEveryCountInOrder() {
    Trace trace = faulty();
    Recorder first = new Recorder();
    Recorder second = new Recorder();

    LedgerWalk.walk(trace, List.of(first, second));

    assertThat(first.seen).hasSize(trace.entries().size() + 1).isEqualTo(second.seen);
    for (int count = 0; count <= trace.entries().size(); count++) {
      assertThat(first.seen.get(count))
          .isEqualTo(count + ":" + Ledger.after(trace, count).phase(m("app")));
    }
    assertThat(first.seen).contains(trace.entries().size() + ":RUNNING");
  }

  @Test
  void module_unknownName_isNotKept() {
    Ledger ledger = Ledger.after(faulty(), 0);

    assertThat(ledger.module(m("nobody")).phase).isEqualTo(Ledger.Phase.NOT_RUNNING);
    assertThat(ledger.find(m("nobody"))).isEmpty();
  }

  @Test
  void check_sharedWalk_findsWhatEachOracleFindsAlone() {
    for (Trace trace : List.of(OraclesTest.cleanTrace(), faulty())) {
      List<Violation> alone = new ArrayList<>();
      for (Oracle oracle : List.of(new OrderingOracle(), new SafetyOracle(), new PolicyOracle(), new LeakOracle(),
          new HangOracle(), new ConformanceOracle(), new FidelityOracle())) {
        alone.addAll(oracle.check(trace));
      }
      alone.sort(Violation.ORDER);

      assertThat(Oracles.all().check(trace)).isEqualTo(alone);
    }
    assertThat(Oracles.all().check(faulty())).extracting(Violation::category)
        .contains("ordering/started-before-dependency", "safety/holder-count-negative", "leak/instance-running-unheld");
  }

  private static Trace faulty() {
    return new HandTrace(OraclesTest.cleanFacts())
        .at(0).plan(m("loader"), new Operation.Startup(), new PlanStep.OpenLib(m("app"), "autoload"),
            new PlanStep.StartInstance(m("app"), "autoload"))
        .at(1).opened("app").starting("app").running("app")
        .dropped("app", RefTarget.INSTANCE, CHANNEL)
        .checkpoint()
        .build();
  }
}
