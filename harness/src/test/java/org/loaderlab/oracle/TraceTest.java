package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * Goal: a trace is a checked value: entries know their place, steps never go back, events are
 * numbered upward, checkpoints fall inside it; it renders one line per entry. Method: traces
 * built by hand, in and out of order.
 */
class TraceTest {

  @Test
  void builder_eventsAndObservations_indexedAndRenderedInOrder() {
    Trace trace = Trace.builder(WorldFacts.empty())
        .observe(new Observation.LibMapped(1, new LibRef(m("a"), 1), false))
        .event(1, seq -> new LifecycleEvent.LibOpened(seq, m("a")))
        .event(2, seq -> new LifecycleEvent.InstanceStarting(seq, m("a")))
        .checkpoint(2)
        .build();

    assertThat(trace.entries()).extracting(Trace.Entry::index).containsExactly(0, 1, 2);
    assertThat(trace.render()).isEqualTo("1 lib-mapped a#1\n1 #1 lib-opened a\n2 #2 instance-starting a\n");
    assertThat(trace.checkpoints()).containsExactly(new Trace.Checkpoint(3, 2));
  }

  @Test
  void builder_numbersAfterTheLastEventGiven() {
    Trace.Builder builder = Trace.builder(WorldFacts.empty())
        .event(1, new LifecycleEvent.LibOpened(7, m("a")))
        .event(1, seq -> new LifecycleEvent.LibClosed(seq, m("a")));

    assertThat(builder.lastSequence()).isEqualTo(8);
    assertThat(builder.size()).isEqualTo(2);
  }

  @Test
  void build_stepGoesBack_throwsNamingTheEntry() {
    Trace.Builder builder = Trace.builder(WorldFacts.empty())
        .event(5, seq -> new LifecycleEvent.LibOpened(seq, m("a")))
        .observe(new Observation.LibMapped(4, new LibRef(m("a"), 1), false));

    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry 1 at step 4 comes after step 5: 4 lib-mapped a#1");
  }

  @Test
  void build_sequenceNotRising_throws() {
    Trace.Builder builder = Trace.builder(WorldFacts.empty())
        .event(1, new LifecycleEvent.LibOpened(3, m("a"))).event(1, new LifecycleEvent.LibClosed(3, m("a")));

    assertThatThrownBy(builder::build).hasMessage("event #3 comes after event #3");
  }

  @Test
  void new_checkpointPastTheEntries_throws() {
    assertThatThrownBy(() -> new Trace(WorldFacts.empty(), List.of(), List.of(new Trace.Checkpoint(1, 0)), List.of(),
        List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void new_entryInTheWrongPlace_throws() {
    Trace.Entry misplaced = new Trace.EventEntry(3, 0, new LifecycleEvent.LibOpened(1, m("a")));

    assertThatThrownBy(() -> new Trace(WorldFacts.empty(), List.of(misplaced), List.of(), List.of(), List.of()))
        .hasMessage("entry 0 says it is entry 3");
  }
}
