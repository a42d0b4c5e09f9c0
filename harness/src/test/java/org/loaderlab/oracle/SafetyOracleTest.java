package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.CLI;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * Goal: code that ran in an unmapped lib is reported by what code it was, with the chain that
 * explains it (who let go last, the close, the unmapping, the thread or channel), and the
 * engine's pairing (close only unheld, close once, never drop an unheld hold) is re-checked from
 * the trace. Method: hand-built traces of events and observations, one hazard each.
 */
class SafetyOracleTest {

  private static List<Violation> check(HandTrace trace) {
    return new SafetyOracle().check(trace.build());
  }

  @Test
  void optionalApi_calledAfterItsLibClosed_reportedWithWhoLetGo() {
    LibRef res = new LibRef(m("res"), 1);
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).observe(new Observation.LibMapped(1, res, false)).opened("res").took("res", RefTarget.LIB, HandTrace.own("res"))
        .at(2).dropped("res", RefTarget.LIB, HandTrace.own("res")).observe(new Observation.LibUnmapped(2, res)).closed("res")
        .at(3).observe(new Observation.CodeRanUnmapped(3, res, CodeKind.OPTIONAL_API, "ast_sign"));

    assertThat(check(trace)).containsExactly(new Violation.Safety(Violation.Safety.Kind.OPTIONAL_API_UNMAPPED, 3,
        List.of(m("res")), "optional api 'ast_sign' of res#1 was called after its lib was unmapped: an optional-API"
            + " call holds no reference on its provider",
        List.of("2 #3 reference-dropped res lib by own_instance:res (test)", "2 lib-unmapped res#1", "2 #4 lib-closed res",
            "3 code-ran-unmapped res#1 optional_api ast_sign")));
  }

  @ParameterizedTest
  @CsvSource({
      "APPLICATION, REGISTERED_CODE_UNMAPPED", "FUNCTION, REGISTERED_CODE_UNMAPPED",
      "CLI_COMMAND, REGISTERED_CODE_UNMAPPED", "MANAGER_ACTION, REGISTERED_CODE_UNMAPPED",
      "AGI_COMMAND, REGISTERED_CODE_UNMAPPED", "CHANNEL_TECH, CHANNEL_TECH_UNMAPPED",
      "OPTIONAL_API, OPTIONAL_API_UNMAPPED", "THREADSTORAGE_DESTRUCTOR, THREADSTORAGE_DESTRUCTOR_UNMAPPED",
      "UNLOAD_MODULE, UNLOAD_MODULE_UNMAPPED", "LOAD_MODULE, OTHER_CODE_UNMAPPED", "THREAD, OTHER_CODE_UNMAPPED",
      "CANUSE_CALLBACK, OTHER_CODE_UNMAPPED", "CANCEL_CALLBACK, OTHER_CODE_UNMAPPED",
      "DELAYED_RELEASE, OTHER_CODE_UNMAPPED"})
  void codeRanUnmapped_eachCodeKind_itsViolationKind(CodeKind code, Violation.Safety.Kind expected) {
    Observation crash = new Observation.CodeRanUnmapped(5, LibRef.neverMapped(m("x")), code, "it");
    HandTrace trace = new HandTrace(WorldFacts.empty()).observe(crash);

    assertThat(check(trace)).singleElement().satisfies(violation -> {
      assertThat(((Violation.Safety) violation).kind()).isEqualTo(expected);
      assertThat(violation.stepIndex()).isEqualTo(5);
      assertThat(violation.modules()).containsExactly(m("x"));
      assertThat(violation.chain()).containsExactly(crash.render());
    });
  }

  @Test
  void registeredCode_neverMapped_saysSo() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .observe(new Observation.CodeRanUnmapped(5, LibRef.neverMapped(m("app_x")), CodeKind.APPLICATION, "Foo"));

    assertThat(check(trace)).extracting(Violation::message)
        .containsExactly("application 'Foo' of app_x#0 ran in a lib never mapped");
  }

  @Test
  void threadstorageDestructor_afterUnmap_chainShowsTheThread() {
    LibRef lib = new LibRef(m("mod"), 1);
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .observe(new Observation.LibMapped(1, lib, false))
        .observe(new Observation.ThreadStarted(1, lib, "mod#1/worker", Optional.of("key")))
        .observe(new Observation.LibUnmapped(2, lib))
        .observe(new Observation.ThreadExited(3, lib, "mod#1/worker"))
        .observe(new Observation.CodeRanUnmapped(3, lib, CodeKind.THREADSTORAGE_DESTRUCTOR, "key"));

    assertThat(check(trace)).containsExactly(new Violation.Safety(
        Violation.Safety.Kind.THREADSTORAGE_DESTRUCTOR_UNMAPPED, 3, List.of(m("mod")),
        "threadstorage destructor 'key' of mod#1 ran after its lib was unmapped",
        List.of("1 thread-started mod#1/worker uses key", "2 lib-unmapped mod#1", "3 thread-exited mod#1/worker",
            "3 code-ran-unmapped mod#1 threadstorage_destructor key")));
  }

  @Test
  void channelTech_afterUnmap_chainShowsTheLiveChannel() {
    LibRef lib = new LibRef(m("chan_sip"), 1);
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .observe(new Observation.LibMapped(1, lib, false))
        .observe(new Observation.ChannelStarted(2, "SIP/alice-1", m("chan_sip"), "SIP"))
        .observe(new Observation.LibUnmapped(3, lib))
        .observe(new Observation.CodeRanUnmapped(4, lib, CodeKind.CHANNEL_TECH, "SIP"));

    assertThat(check(trace)).containsExactly(new Violation.Safety(Violation.Safety.Kind.CHANNEL_TECH_UNMAPPED, 4,
        List.of(m("chan_sip")), "channel tech 'SIP' of chan_sip#1 ran after its lib was unmapped",
        List.of("2 channel-started SIP/alice-1 chan_sip SIP", "3 lib-unmapped chan_sip#1",
            "4 code-ran-unmapped chan_sip#1 channel_tech SIP")));
  }

  @Test
  void libClosedWhileHeld_byItsInstance_reported() {
    HandTrace trace = new HandTrace(WorldFacts.empty()).at(1).start("a").at(2).closed("a");

    assertThat(check(trace)).containsExactly(new Violation.Safety(Violation.Safety.Kind.LIB_CLOSED_WHILE_HELD, 2,
        List.of(m("a")), "the lib of a closed while held by own_instance:a",
        List.of("1 #3 reference-taken a lib by own_instance:a (test)", "2 #5 lib-closed a")));
  }

  @Test
  void libClosedWhileHeld_blocked_reported() {
    Holder block = new Holder(HolderKind.BLOCK_UNLOAD, "block_unload");
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).opened("a").event(seq -> new LifecycleEvent.UnloadBlocked(seq, m("a"))).took("a", RefTarget.LIB, block)
        .at(2).closed("a");

    assertThat(check(trace)).extracting(Violation::message, Violation::chain).containsExactly(
        org.assertj.core.groups.Tuple.tuple("the lib of a closed while held by block_unload:block_unload and blocked",
            List.of("1 #2 unload-blocked a", "1 #3 reference-taken a lib by block_unload:block_unload (test)",
                "2 #4 lib-closed a")));
  }

  @Test
  void libClosedTwice_unmappedAgain_reported() {
    LibRef lib = new LibRef(m("a"), 1);
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .observe(new Observation.LibMapped(1, lib, false)).observe(new Observation.LibUnmapped(2, lib))
        .observe(new Observation.UnmapRepeated(3, lib));

    assertThat(check(trace)).containsExactly(new Violation.Safety(Violation.Safety.Kind.LIB_CLOSED_TWICE, 3,
        List.of(m("a")), "lib a#1 was closed again after it was unmapped",
        List.of("2 lib-unmapped a#1", "3 unmap-repeated a#1")));
  }

  @Test
  void holderCountNegative_droppedTwice_reported() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).start("a").took("a", RefTarget.INSTANCE, CLI)
        .at(2).dropped("a", RefTarget.INSTANCE, CLI).at(3).dropped("a", RefTarget.INSTANCE, CLI);

    assertThat(check(trace)).containsExactly(new Violation.Safety(Violation.Safety.Kind.HOLDER_COUNT_NEGATIVE, 3,
        List.of(m("a")), "admin:cli let go of the instance of a, which it did not hold",
        List.of("2 #6 reference-dropped a instance by admin:cli (test)", "3 #7 reference-dropped a instance by admin:cli (test)")));
  }

  @Test
  void cleanTrace_noViolation() {
    assertThat(new SafetyOracle().check(OraclesTest.cleanTrace())).isEmpty();
  }
}
