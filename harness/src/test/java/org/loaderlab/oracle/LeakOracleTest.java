package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.CLI;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * Goal: what is left behind is reported at the first quiet checkpoint that shows it, with the
 * entries that took it (and let go last), and what may stay (blocked libs and the libs they use)
 * is not. Method: hand-built traces ending in checkpoints, some after a shutdown was decided.
 */
class LeakOracleTest {

  private static final Holder CHANNEL = new Holder(HolderKind.CHANNEL, "SIP/alice-1");

  private static List<Violation> check(HandTrace trace) {
    return new LeakOracle().check(trace.build());
  }

  private static HandTrace shutdown(HandTrace trace) {
    return trace.plan(m("loader"), new Operation.Shutdown(false));
  }

  @Test
  void libOpenUnheld_openedAndNeverHeld_reported() {
    HandTrace trace = new HandTrace(WorldFacts.empty()).at(1).opened("a").checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Leak(Violation.Leak.Kind.LIB_OPEN_UNHELD, 1, List.of(m("a")),
        "the lib of a is open and nothing holds it", List.of("1 #1 lib-opened a")));
  }

  @Test
  void libOpenUnheld_mappedByTheWorldOnly_reported() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .observe(new Observation.LibMapped(1, new LibRef(m("a"), 1), false)).at(2).checkpoint();

    assertThat(check(trace)).extracting(Violation::chain).containsExactly(List.of("1 lib-mapped a#1"));
  }

  @Test
  void libOpenUnheld_twoCheckpoints_reportedAtTheFirstOnly() {
    HandTrace trace = new HandTrace(WorldFacts.empty()).at(1).opened("a").checkpoint().at(5).checkpoint();

    assertThat(check(trace)).extracting(Violation::stepIndex).containsExactly(1L);
  }

  @Test
  void instanceRunningUnheld_lastHolderLeft_reportedWithTheDrop() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).start("a").at(2).took("a", RefTarget.INSTANCE, CLI).at(3).dropped("a", RefTarget.INSTANCE, CLI).checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Leak(Violation.Leak.Kind.INSTANCE_RUNNING_UNHELD, 3,
        List.of(m("a")), "a is running and nothing holds it",
        List.of("1 #4 instance-running a", "3 #6 reference-dropped a instance by admin:cli (test)")));
  }

  @Test
  void registrationLeft_stoppedModuleStillRegisters_reported() {
    Holder registration = new Holder(HolderKind.REGISTRATION, "application:Foo");
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).start("a")
        .event(seq -> new LifecycleEvent.RegistrationAdded(seq, m("a"), RegistrationKind.APPLICATION, "Foo"))
        .took("a", RefTarget.LIB, registration)
        .at(2).stopping("a").stopped("a").dropped("a", RefTarget.LIB, HandTrace.own("a")).checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Leak(Violation.Leak.Kind.REGISTRATION_LEFT, 2,
        List.of(m("a")), "a is not running but still registers application Foo",
        List.of("1 #5 registration-added a application Foo", "2 #8 instance-stopped a")));
  }

  @Test
  void userNeverReleased_cancelledChannelStillHolds_reported() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).start("a").took("a", RefTarget.INSTANCE, CLI).at(2).took("a", RefTarget.INSTANCE, CHANNEL)
        .at(3).event(seq -> new LifecycleEvent.UserCancelled(seq, m("a"), CHANNEL, "unload -f a")).checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Leak(Violation.Leak.Kind.USER_NEVER_RELEASED, 3,
        List.of(m("a")), "channel:SIP/alice-1 was asked to let go of a but still holds it",
        List.of("2 #6 reference-taken a instance by channel:SIP/alice-1 (test)", "3 #7 user-cancelled a channel:SIP/alice-1")));
  }

  @Test
  void userNeverReleased_afterShutdown_eachUserOnce() {
    LibRef user = new LibRef(m("b"), 1);
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).start("a").took("a", RefTarget.INSTANCE, CHANNEL)
        .observe(new Observation.ChannelStarted(1, "SIP/alice-1", m("a"), "SIP"))
        .observe(new Observation.UseTaken(1, user, m("a")))
        .took("a", RefTarget.INSTANCE, new Holder(HolderKind.USER, "b#1"))
        .at(2);
    shutdown(trace).checkpoint();

    assertThat(check(trace)).extracting(Violation::message).containsExactlyInAnyOrder(
        "channel:SIP/alice-1 still holds a after shutdown", "user:b#1 still holds a after shutdown");
  }

  @Test
  void userNeverReleased_worldOnly_channelAndUseReported() {
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .observe(new Observation.ChannelStarted(1, "SIP/alice-1", m("a"), "SIP"))
        .observe(new Observation.UseTaken(1, new LibRef(m("b"), 1), m("a")))
        .at(2);
    shutdown(trace).checkpoint();

    assertThat(check(trace)).extracting(Violation::message).containsExactly(
        "b#1 never released its use of a before shutdown ended", "channel SIP/alice-1 of a never hung up before shutdown ended");
  }

  @Test
  void threadstorageNeverDestroyed_exitedWithoutDestructor_reported() {
    LibRef lib = new LibRef(m("mod"), 1);
    HandTrace trace = new HandTrace(WorldFacts.builder().destructorKey(m("mod"), "key").build())
        .observe(new Observation.ThreadStarted(1, lib, "mod#1/worker", Optional.of("key")))
        .observe(new Observation.ThreadExited(2, lib, "mod#1/worker")).at(2).checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Leak(Violation.Leak.Kind.THREADSTORAGE_NEVER_DESTROYED, 2,
        List.of(m("mod")), "thread mod#1/worker exited but the destructor of key in mod#1 never ran",
        List.of("1 thread-started mod#1/worker uses key", "2 thread-exited mod#1/worker")));
  }

  @Test
  void threadstorageNeverDestroyed_libUnmappedUnderTheThread_reported() {
    LibRef lib = new LibRef(m("mod"), 1);
    HandTrace trace = new HandTrace(WorldFacts.builder().destructorKey(m("mod"), "key").build())
        .observe(new Observation.LibMapped(1, lib, false))
        .observe(new Observation.ThreadStarted(1, lib, "mod#1/worker", Optional.of("key")))
        .observe(new Observation.LibUnmapped(2, lib)).at(2).checkpoint();

    assertThat(check(trace)).extracting(Violation::message, Violation::chain).containsExactly(
        org.assertj.core.groups.Tuple.tuple("mod#1 was unmapped while thread mod#1/worker still used key: its destructor"
            + " can never run", List.of("1 thread-started mod#1/worker uses key", "2 lib-unmapped mod#1")));
  }

  @Test
  void threadstorage_liveThreadBeforeShutdown_notALeakYet_butAfterShutdownItIs() {
    LibRef lib = new LibRef(m("mod"), 1);
    WorldFacts facts = WorldFacts.builder().destructorKey(m("mod"), "key").build();
    HandTrace before = new HandTrace(facts)
        .observe(new Observation.ThreadStarted(1, lib, "mod#1/worker", Optional.of("key"))).at(1).checkpoint();
    HandTrace after = new HandTrace(facts)
        .observe(new Observation.ThreadStarted(1, lib, "mod#1/worker", Optional.of("key"))).at(2);
    shutdown(after).checkpoint();

    assertThat(check(before)).isEmpty();
    assertThat(check(after)).extracting(Violation::message)
        .containsExactly("thread mod#1/worker never exited, so its key was never destroyed");
  }

  @Test
  void threadstorage_keyWithoutDestructor_notJudged() {
    LibRef lib = new LibRef(m("mod"), 1);
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .observe(new Observation.ThreadStarted(1, lib, "mod#1/worker", Optional.of("key")))
        .observe(new Observation.ThreadExited(2, lib, "mod#1/worker")).at(2).checkpoint();

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void referenceLeft_afterShutdown_reportedButBlockedLibsAndWhatTheyUseExempt() {
    Holder call = new Holder(HolderKind.EXECUTION, "application:Foo#1");
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).opened("y").opened("z").event(seq -> new LifecycleEvent.UnloadBlocked(seq, m("z")))
        .took("z", RefTarget.LIB, new Holder(HolderKind.BLOCK_UNLOAD, "block_unload"))
        .took("y", RefTarget.LIB, HandTrace.dependent("z"))
        .opened("q").took("q", RefTarget.LIB, call)
        .at(2);
    shutdown(trace).checkpoint();

    assertThat(check(trace)).containsExactly(new Violation.Leak(Violation.Leak.Kind.REFERENCE_LEFT, 2, List.of(m("q")),
        "q is still referenced after shutdown: lib by execution:application:Foo#1",
        List.of("1 #7 reference-taken q lib by execution:application:Foo#1 (test)")));
  }

  @Test
  void referenceLeft_userCallbackHoldOfAnUnreleasedUser_isTheUsersLeak_notASecondOne() {
    // u's code took user:u of t and never released it: that user is reported as never released
    // (from the world's use-taken), and the lib of u it keeps mapped is not reported again.
    Holder user = new Holder(HolderKind.USER, "u");
    Holder callback = new Holder(HolderKind.USER_CALLBACK, "t/user:u");
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).opened("t").opened("u")
        .took("t", RefTarget.INSTANCE, user)
        .took("u", RefTarget.LIB, callback)
        .at(2);
    shutdown(trace).checkpoint();

    assertThat(check(trace)).extracting(Violation::code).doesNotContain("reference-left");
  }

  @Test
  void referenceLeft_userCallbackHoldWhoseUserIsGone_stillReported() {
    Holder callback = new Holder(HolderKind.USER_CALLBACK, "t/user:u");
    HandTrace trace = new HandTrace(WorldFacts.empty())
        .at(1).opened("u").took("u", RefTarget.LIB, callback)
        .at(2);
    shutdown(trace).checkpoint();

    assertThat(check(trace)).extracting(Violation::code, Violation::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("reference-left",
            "u is still referenced after shutdown: lib by user_callback:t/user:u"));
  }

  @Test
  void noCheckpoint_nothingJudged() {
    assertThat(check(new HandTrace(WorldFacts.empty()).at(1).opened("a"))).isEmpty();
  }

  @Test
  void cleanTrace_noViolation() {
    assertThat(new LeakOracle().check(OraclesTest.cleanTrace())).isEmpty();
  }
}
