package org.loaderlab.oracle;

import java.util.Locale;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;

/**
 * The one-line text of an event in a trace or a causal chain: its kind in kebab case, the module,
 * then the details a reader needs (who holds, why). Long cause chains of stops are left out: the
 * chain of entries around it tells the story.
 */
final class EntryText {

  private EntryText() {}

  static String event(LifecycleEvent event) {
    String module = event.module().toString();
    if (event instanceof LifecycleEvent.PlanDecided decided) {
      return "plan-decided " + module + ": " + plan(decided.plan());
    } else if (event instanceof LifecycleEvent.LoadRefused refused) {
      return "load-refused " + module + ": " + refused.reason();
    } else if (event instanceof LifecycleEvent.LibOpened) {
      return "lib-opened " + module;
    } else if (event instanceof LifecycleEvent.LibClosed) {
      return "lib-closed " + module;
    } else if (event instanceof LifecycleEvent.InstanceStarting) {
      return "instance-starting " + module;
    } else if (event instanceof LifecycleEvent.InstanceRunning) {
      return "instance-running " + module;
    } else if (event instanceof LifecycleEvent.InstanceFailed failed) {
      return "instance-failed " + module + ": " + failed.reason();
    } else if (event instanceof LifecycleEvent.InstanceStopping) {
      return "instance-stopping " + module;
    } else if (event instanceof LifecycleEvent.InstanceStopped) {
      return "instance-stopped " + module;
    } else if (event instanceof LifecycleEvent.ReferenceTaken taken) {
      return "reference-taken " + module + " " + target(taken.target()) + " by " + taken.holder() + " (" + taken.reason() + ")";
    } else if (event instanceof LifecycleEvent.ReferenceDropped dropped) {
      return "reference-dropped " + module + " " + target(dropped.target()) + " by " + dropped.holder() + " ("
          + dropped.reason() + ")";
    } else if (event instanceof LifecycleEvent.UserCancelled cancelled) {
      return "user-cancelled " + module + " " + cancelled.user();
    } else if (event instanceof LifecycleEvent.RegistrationAdded added) {
      return "registration-added " + module + " " + added.kind().manifestKind() + " " + added.name();
    } else if (event instanceof LifecycleEvent.RegistrationRemoved removed) {
      return "registration-removed " + module + " " + removed.kind().manifestKind() + " " + removed.name();
    } else if (event instanceof LifecycleEvent.CanUseNotified notified) {
      return "canuse-notified " + module + " " + notified.provider() + (notified.arrived() ? " arrived" : " leaving");
    } else if (event instanceof LifecycleEvent.UnloadBlocked) {
      return "unload-blocked " + module;
    }
    throw new IllegalArgumentException("unknown event " + event);
  }

  static String target(RefTarget target) {
    return target.name().toLowerCase(Locale.ROOT);
  }

  /** {@code unload -f chan_sip, 12 steps, 1 refused, 1 waiting}. */
  static String plan(Plan plan) {
    StringBuilder text = new StringBuilder(operation(plan.operation())).append(", ").append(plan.steps().size())
        .append(plan.steps().size() == 1 ? " step" : " steps");
    if (!plan.refusals().isEmpty()) {
      text.append(", ").append(plan.refusals().size()).append(" refused");
    }
    if (!plan.waiting().isEmpty()) {
      text.append(", ").append(plan.waiting().size()).append(" waiting");
    }
    return text.toString();
  }

  /** How the admin says it: {@code startup}, {@code load x}, {@code unload -f x}, {@code shutdown now}. */
  static String operation(Operation operation) {
    if (operation instanceof Operation.Load load) {
      return "load " + load.module();
    } else if (operation instanceof Operation.Unload unload) {
      return "unload " + (unload.force() ? "-f " : "") + unload.module();
    } else if (operation instanceof Operation.Reload reload) {
      return "reload " + reload.module();
    } else if (operation instanceof Operation.Startup) {
      return "startup";
    } else if (operation instanceof Operation.Shutdown shutdown) {
      return "shutdown " + (shutdown.graceful() ? "gracefully" : "now");
    } else if (operation instanceof Operation.LoadDialplan) {
      return "dialplan reload";
    } else if (operation instanceof Operation.Stop stop) {
      return "deferred stop of " + stop.module();
    }
    throw new IllegalArgumentException("unknown operation " + operation);
  }
}
