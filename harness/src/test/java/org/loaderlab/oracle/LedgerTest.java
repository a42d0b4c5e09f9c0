package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.CLI;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * Goal: replaying a trace rebuilds phases, holders (with the entry that took each), registrations,
 * mappings, threads and uses, each change at the entry that made it. Method: small traces,
 * replayed in full and in part.
 */
class LedgerTest {

  @Test
  void after_startAndHold_phaseHoldersAndEntries() {
    Trace trace = new HandTrace(WorldFacts.empty()).at(1).start("a").took("a", RefTarget.INSTANCE, CLI)
        .event(seq -> new LifecycleEvent.RegistrationAdded(seq, m("a"), RegistrationKind.APPLICATION, "Dial")).build();

    Ledger ledger = Ledger.after(trace, trace.entries().size());
    Ledger.ModuleState a = ledger.module(m("a"));

    assertThat(a.phase).isEqualTo(Ledger.Phase.RUNNING);
    assertThat(a.instanceHolders).containsOnlyKeys(CLI);
    assertThat(a.instanceHolders.get(CLI).index()).isEqualTo(4);
    assertThat(a.libHolders).containsOnlyKeys(HandTrace.own("a"));
    assertThat(a.registrations).containsOnlyKeys("application:dial");
    assertThat(ledger.openModules()).containsExactly(m("a"));
  }

  @Test
  void after_part_stateAtThatPoint() {
    Trace trace = new HandTrace(WorldFacts.empty()).at(1).start("a").at(2).stop("a").build();

    assertThat(Ledger.after(trace, 4).phase(m("a"))).isEqualTo(Ledger.Phase.RUNNING);
    assertThat(Ledger.after(trace, trace.entries().size()).phase(m("a"))).isEqualTo(Ledger.Phase.NOT_RUNNING);
    assertThat(Ledger.after(trace, trace.entries().size()).openModules()).isEmpty();
  }

  @Test
  void isOpen_agreesWithOpenModules_forEngineAndWorld() {
    LibRef b1 = new LibRef(m("b"), 1);
    Trace trace = new HandTrace(WorldFacts.empty()).at(1).start("a")
        .observe(new Observation.LibMapped(1, b1, false))
        .observe(new Observation.LibUnmapped(2, b1))
        .observe(new Observation.LibMapped(3, new LibRef(m("b"), 2), false)).build();

    for (int count = 0; count <= trace.entries().size(); count++) {
      Ledger ledger = Ledger.after(trace, count);
      for (String module : new String[] {"a", "b", "c"}) {
        assertThat(ledger.isOpen(m(module))).as("%s after %d", module, count)
            .isEqualTo(ledger.openModules().contains(m(module)));
      }
    }
    assertThat(Ledger.after(trace, trace.entries().size()).isOpen(m("b"))).isTrue();
  }

  @Test
  void after_worldObservations_mappingsThreadsUsesChannels() {
    LibRef lib = new LibRef(m("a"), 1);
    Trace trace = new HandTrace(WorldFacts.empty())
        .observe(new Observation.LibMapped(1, lib, false))
        .observe(new Observation.ThreadStarted(1, lib, "a#1/t", Optional.of("k")))
        .observe(new Observation.UseTaken(1, lib, m("b")))
        .observe(new Observation.UseTaken(1, lib, m("b")))
        .observe(new Observation.ChannelStarted(1, "SIP/1", m("a"), "SIP"))
        .observe(new Observation.ThreadExited(2, lib, "a#1/t"))
        .observe(new Observation.DestructorRan(2, lib, "k", "a#1/t"))
        .observe(new Observation.UseReleased(2, lib, m("b")))
        .observe(new Observation.ChannelEnded(2, "SIP/1"))
        .observe(new Observation.LibUnmapped(3, lib))
        .build();

    Ledger ledger = Ledger.after(trace, trace.entries().size());

    assertThat(ledger.mapped()).isEmpty();
    assertThat(ledger.unmappedAt(lib)).map(Trace.Entry::index).contains(9);
    assertThat(ledger.threads()).singleElement().satisfies(thread -> {
      assertThat(thread.exited.index()).isEqualTo(5);
      assertThat(thread.destroyed.index()).isEqualTo(6);
    });
    assertThat(ledger.uses()).extracting(Trace.Entry::index).containsExactly(3);
    assertThat(ledger.channels()).isEmpty();
  }
}
