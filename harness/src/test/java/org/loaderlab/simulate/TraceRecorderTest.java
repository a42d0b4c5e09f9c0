package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;

/**
 * Goal: the trace keeps the true order of events, actors' lines and observations (an event sent
 * after an observation of the same step comes after it), one compact line each. Method: a
 * recorder on a hand-driven clock and log.
 */
class TraceRecorderTest {

  private static final ModuleName SIP = ModuleName.of("chan_sip");

  @Test
  void render_interleavesInTheOrderThingsHappened() {
    long[] step = {12};
    ObservationLog log = new ObservationLog();
    TraceRecorder trace = new TraceRecorder(() -> step[0], log);
    trace.note("do load chan_sip");
    log.append(new Observation.LibMapped(12, new LibRef(SIP, 1), false));
    trace.event(new LifecycleEvent.LibOpened(1, SIP));
    step[0] = 13;
    trace.event(new LifecycleEvent.ReferenceTaken(2, SIP, RefTarget.LIB, new Holder(HolderKind.DEPENDENT, "app_dial"), "uses"));
    log.append(new Observation.LibUnmapped(14, new LibRef(SIP, 1)));

    assertThat(trace.render("head", log.observations(), "end\n")).isEqualTo("""
        head
        step 12  do load chan_sip
        step 12  seen lib-mapped chan_sip#1
        step 12  event lib-opened chan_sip
        step 13  event reference-taken chan_sip lib dependent:app_dial (uses)
        step 14  seen lib-unmapped chan_sip#1
        end
        """);
    assertThat(trace.events()).extracting(SteppedEvent::stepIndex).containsExactly(12L, 13L);
  }

  @Test
  void describe_reasonsAndRegistrations() {
    assertThat(TraceRecorder.describe(new LifecycleEvent.LoadRefused(1, SIP, "banned"))).isEqualTo("load-refused chan_sip: banned");
    assertThat(TraceRecorder.describe(new LifecycleEvent.CanUseNotified(1, SIP, ModuleName.of("res_srtp"), false)))
        .isEqualTo("can-use-notified chan_sip res_srtp leaving");
  }
}
