package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.CLI;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.engine.spi.RegistrationKind;

/** Goal: every event and operation has one short, stable line, as chains and traces print them. */
class EntryTextTest {

  @Test
  void event_eachKind_oneLine() {
    assertThat(List.of(
        EntryText.event(new LifecycleEvent.LoadRefused(1, m("a"), "a cannot load: banned")),
        EntryText.event(new LifecycleEvent.InstanceFailed(2, m("a"), "load_module declined")),
        EntryText.event(new LifecycleEvent.InstanceStopping(3, m("a"), "a long cause chain")),
        EntryText.event(new LifecycleEvent.ReferenceTaken(4, m("a"), RefTarget.INSTANCE, CLI, "the admin ran it")),
        EntryText.event(new LifecycleEvent.ReferenceDropped(5, m("a"), RefTarget.LIB, HandTrace.own("a"), "stopped")),
        EntryText.event(new LifecycleEvent.UserCancelled(6, m("a"), CLI, "unload -f a")),
        EntryText.event(new LifecycleEvent.RegistrationAdded(7, m("a"), RegistrationKind.MANAGER_ACTION, "Ping")),
        EntryText.event(new LifecycleEvent.RegistrationRemoved(8, m("a"), RegistrationKind.CLI_COMMAND, "a show")),
        EntryText.event(new LifecycleEvent.CanUseNotified(9, m("a"), m("b"), false)),
        EntryText.event(new LifecycleEvent.UnloadBlocked(10, m("a")))))
        .containsExactly("load-refused a: a cannot load: banned", "instance-failed a: load_module declined",
            "instance-stopping a", "reference-taken a instance by admin:cli (the admin ran it)",
            "reference-dropped a lib by own_instance:a (stopped)", "user-cancelled a admin:cli",
            "registration-added a manager Ping", "registration-removed a cli a show", "canuse-notified a b leaving",
            "unload-blocked a");
  }

  @Test
  void planDecided_countsStepsRefusalsAndWaiting() {
    Plan plan = new Plan(new Operation.Unload(m("a"), true), List.of(new PlanStep.StopInstance(m("a"), "x")),
        List.of(new Refusal(m("b"), "no")), List.of("a waits for channel:SIP/1"));

    assertThat(EntryText.event(new LifecycleEvent.PlanDecided(1, m("a"), plan)))
        .isEqualTo("plan-decided a: unload -f a, 1 step, 1 refused, 1 waiting");
  }

  @Test
  void operation_eachKind_asTheAdminSaysIt() {
    assertThat(List.of(EntryText.operation(new Operation.Load(m("a"))), EntryText.operation(new Operation.Unload(m("a"), false)),
        EntryText.operation(new Operation.Reload(m("a"))), EntryText.operation(new Operation.Startup()),
        EntryText.operation(new Operation.Shutdown(true)), EntryText.operation(new Operation.LoadDialplan(Dialplan.empty())),
        EntryText.operation(new Operation.Stop(m("a"), "its last user left"))))
        .containsExactly("load a", "unload a", "reload a", "startup", "shutdown gracefully", "dialplan reload",
            "deferred stop of a");
  }
}
