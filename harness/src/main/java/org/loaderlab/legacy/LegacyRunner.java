package org.loaderlab.legacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Planner;
import org.loaderlab.engine.plan.Refusal;

/**
 * Runs operations one at a time, in the order asked, each as a chain of runtime tasks: one
 * decides the plan, one runs each step, one finishes. Nothing waits: module code asking for an
 * operation only queues it. Shutdown alone is re-decided midway: after {@code now}'s hangups, or
 * once {@code gracefully} has seen the last channel go, its rounds are planned from the state then;
 * and, each under its fault, a load that gives up early or retries a declined module.
 */
final class LegacyRunner {

  /** Operations waiting their turn; a flood is refused, not queued for ever. */
  static final int OPERATIONS_QUEUED_MAX = 100_000;

  /**
   * Polls of a graceful shutdown waiting for channels. Asterisk waits for ever; the bound keeps a
   * runtime that runs to idle from spinning for ever (a simulation's step budget ends it first).
   */
  static final int GRACEFUL_POLLS_MAX = 1_000_000;

  private record Pending(Operation operation, CompletableFuture<Outcome> future) {}

  private final LegacyState state;
  private final LegacyPlanner planner;
  private final LegacySteps steps;
  private final ArrayDeque<Pending> queue = new ArrayDeque<>();
  private boolean busy;

  LegacyRunner(LegacyState state, LegacyPlanner planner, LegacySteps steps) {
    this.state = state;
    this.planner = planner;
    this.steps = steps;
  }

  CompletableFuture<Outcome> submit(Operation operation) {
    CompletableFuture<Outcome> future = new CompletableFuture<>();
    if (state.settings.faults().lockedModuleCallbacks() && state.inModuleCode()) {
      // The caller waits for the module list its own load_module or unload_module runs under.
      state.locked(() -> {
        state.deadlocked = true;
      });
      return future;
    }
    boolean queued = state.locked(() -> {
      if (queue.size() >= OPERATIONS_QUEUED_MAX) {
        return false;
      }
      queue.addLast(new Pending(operation, future));
      if (!busy) {
        busy = true;
        state.later(this::next);
      }
      return true;
    });
    if (!queued) {
      future.completeExceptionally(new RejectedExecutionException("the loader already has " + OPERATIONS_QUEUED_MAX
          + " operations queued, so " + Planner.title(operation) + " was not queued"));
    }
    return future;
  }

  /** The catalog is read again for what may load a module, so a module installed meanwhile is found. */
  static boolean rescans(Operation operation) {
    return operation instanceof Operation.Load || operation instanceof Operation.Startup
        || operation instanceof Operation.Reload || operation instanceof Operation.LoadDialplan;
  }

  private void next() {
    if (state.locked(() -> state.deadlocked)) {
      return;
    }
    Pending pending = state.locked(() -> {
      Pending head = queue.pollFirst();
      if (head == null) {
        busy = false;
      }
      return head;
    });
    if (pending == null) {
      return;
    }
    if (rescans(pending.operation())) {
      state.rescan();
    } else {
      state.ensureCatalog();
    }
    state.locked(() -> {
      Operation operation = pending.operation();
      Plan plan = planner.plan(operation);
      LegacyExecution execution = new LegacyExecution(operation, pending.future(), plan);
      execution.problems.addAll(plan.refusals());
      if (!plan.isRefused()) {
        begin(execution);
      }
      decided(operation, plan);
      if (operation instanceof Operation.Shutdown && !plan.isRefused()) {
        // The hangups run now; the rounds are decided again once they have had their effect.
        plan.steps().stream().filter(PlanStep.CancelUser.class::isInstance).forEach(execution.remaining::add);
        execution.deferred = plan.steps().stream().filter(step -> !(step instanceof PlanStep.CancelUser)).toList();
      } else {
        execution.remaining.addAll(plan.steps());
      }
      state.later(() -> step(execution));
    });
  }

  private void begin(LegacyExecution execution) {
    if (execution.operation instanceof Operation.Shutdown) {
      state.shuttingDown = true;
    } else if (execution.operation instanceof Operation.LoadDialplan dialplan) {
      state.dialplan = dialplan.dialplan();
    }
  }

  private void decided(Operation operation, Plan plan) {
    ModuleName subject = Planner.subject(operation);
    state.emit(sequence -> new LifecycleEvent.PlanDecided(sequence, subject, plan));
    boolean loads = operation instanceof Operation.Load || operation instanceof Operation.Startup
        || operation instanceof Operation.LoadDialplan;
    if (loads) {
      for (Refusal refusal : plan.refusals()) {
        state.emit(sequence -> new LifecycleEvent.LoadRefused(sequence, refusal.module(), refusal.reason()));
      }
    }
  }

  private void step(LegacyExecution execution) {
    if (state.locked(() -> state.deadlocked)) {
      return; // the operation waits for a lock that is never released
    }
    PlanStep step = execution.remaining.pollFirst();
    if (step == null) {
      if (execution.operation instanceof Operation.Shutdown shutdown && !execution.decided.isRefused()
          && execution.deferred != null) {
        rounds(execution, shutdown);
        return;
      }
      finish(execution);
      return;
    }
    int incarnation = step instanceof PlanStep.StartInstance
        ? state.locked(() -> state.module(step.module()).incarnation) : 0;
    steps.run(execution, step);
    execution.executed.add(step);
    if (step instanceof PlanStep.StartInstance && state.settings.faults().retryDeclinedForever()) {
      state.locked(() -> retryIfDeclined(execution, step.module(), incarnation));
    }
    if (step instanceof PlanStep.StartInstance && execution.operation instanceof Operation.Load
        && state.settings.faults().giveUpMidLoad() && !execution.replanned) {
      state.locked(() -> giveUpOnTheRest(execution));
    }
    state.settings.runtime().execute(() -> step(execution));
  }

  /**
   * {@link LegacyFaults#giveUpMidLoad}: the modules this load has not started yet are refused,
   * though none failed, and the rest of the load is decided again: their libs are closed.
   */
  private void giveUpOnTheRest(LegacyExecution execution) {
    List<ModuleName> unstarted = execution.remaining.stream().filter(PlanStep.StartInstance.class::isInstance)
        .map(PlanStep::module).toList();
    if (unstarted.isEmpty()) {
      return;
    }
    List<PlanStep> closes = new ArrayList<>();
    for (ModuleName module : unstarted) {
      execution.fail(module, module + " cannot load: the load gave up on it before it started");
      closes.add(new PlanStep.CloseLib(module, "the load gave up on it"));
    }
    execution.replanned = true;
    execution.remaining.clear();
    execution.remaining.addAll(closes);
    Plan rest = new Plan(execution.operation, closes, List.copyOf(execution.problems), List.of());
    state.emit(sequence -> new LifecycleEvent.PlanDecided(sequence, Planner.subject(execution.operation), rest));
  }

  /**
   * {@link LegacyFaults#retryDeclinedForever}: if {@code module}'s load_module just ran (its
   * incarnation moved on) and did not succeed, the load does not give up on it but decides again,
   * a new pass for it in front: reopen, count its dependencies again, start. A module that always
   * declines is retried for ever. The re-plan refuses it (its latest failure, which the pass may
   * undo) and shows the close its failure just made, so it reads as the engine's re-plan after a
   * failure does; once a pass loads it, the refusal goes.
   */
  private void retryIfDeclined(LegacyExecution execution, ModuleName module, int incarnationBefore) {
    LegacyModule record = state.module(module);
    boolean loads = execution.operation instanceof Operation.Load || execution.operation instanceof Operation.Startup;
    if (!loads || record.incarnation == incarnationBefore) {
      return;
    }
    if (record.isRunning()) {
      execution.problems.removeIf(problem -> problem.module().equals(record.name));
      return;
    }
    if (record.phase != LegacyModule.Phase.FAILED) {
      return;
    }
    String because = "load_module did not succeed: the load tries " + record.name + " again until it loads";
    List<PlanStep> pass = new ArrayList<>();
    pass.add(new PlanStep.OpenLib(record.name, because));
    for (PlanStep planned : execution.decided.steps()) {
      if (planned instanceof PlanStep.Hold hold && hold.holder().kind() == HolderKind.DEPENDENT
          && hold.holder().id().equals(record.name.toString())) {
        pass.add(hold);
      }
    }
    pass.add(new PlanStep.StartInstance(record.name, because));
    Refusal latest = execution.problems.get(execution.problems.size() - 1);
    execution.problems.removeIf(problem -> problem.module().equals(record.name));
    execution.problems.add(latest);
    execution.failed.remove(record.name);
    execution.replanned = true;
    for (int index = pass.size() - 1; index >= 0; index--) {
      execution.remaining.addFirst(pass.get(index));
    }
    List<PlanStep> shown = new ArrayList<>();
    shown.add(new PlanStep.CloseLib(record.name, because));
    shown.addAll(execution.remaining);
    Plan rest = new Plan(execution.operation, shown, List.copyOf(execution.problems), List.of());
    state.emit(sequence -> new LifecycleEvent.PlanDecided(sequence, Planner.subject(execution.operation), rest));
  }

  /** Shutdown's second half: wait for channels if graceful, then decide the rounds from the state now. */
  private void rounds(LegacyExecution execution, Operation.Shutdown shutdown) {
    long channelCount = state.locked(this::channelCount);
    if (shutdown.graceful() && channelCount > 0 && execution.pollCount < GRACEFUL_POLLS_MAX) {
      execution.pollCount++;
      state.settings.runtime().execute(() -> step(execution));
      return;
    }
    state.locked(() -> {
      if (shutdown.graceful() && channelCount > 0) {
        execution.problems.add(new Refusal(Planner.LOADER, "gave up waiting for " + channelCount + " channels after "
            + GRACEFUL_POLLS_MAX + " polls"));
      }
      List<PlanStep> rounds = new ShutdownRounds(state).steps("the loader is shutting down");
      if (!rounds.equals(execution.deferred)) {
        execution.replanned = true;
        Plan rest = new Plan(shutdown, rounds, List.of(), List.of());
        state.emit(sequence -> new LifecycleEvent.PlanDecided(sequence, Planner.LOADER, rest));
      }
      execution.deferred = null;
      execution.remaining.addAll(rounds);
      state.later(() -> step(execution));
    });
  }

  /** {@code ast_undestroyed_channels}: what a graceful stop waits for. */
  private long channelCount() {
    return state.modules().stream().flatMap(record -> record.users.stream())
        .filter(user -> user.holder().kind() == HolderKind.CHANNEL).count();
  }

  private void finish(LegacyExecution execution) {
    Outcome outcome = state.locked(() -> outcome(execution));
    execution.future.complete(outcome);
    state.settings.runtime().execute(this::next);
  }

  private Outcome outcome(LegacyExecution execution) {
    Operation operation = execution.operation;
    List<Refusal> problems = List.copyOf(execution.problems);
    boolean success;
    if (operation instanceof Operation.Startup) {
      success = !execution.decided.isRefused() && (state.settings.faults().requireNotFatal() || requiredAllRunning());
    } else if (operation instanceof Operation.Shutdown) {
      success = !execution.decided.isRefused();
    } else {
      success = problems.isEmpty();
    }
    Plan plan = execution.replanned ? new Plan(operation, execution.executed, problems, List.of()) : execution.decided;
    return new Outcome(operation, plan, success, problems);
  }

  /** Today a {@code require=} module that is not running when startup ends stops Asterisk from starting. */
  private boolean requiredAllRunning() {
    for (ModuleName module : state.settings.modulesConf().required()) {
      if (state.find(module).map(record -> !record.isRunning()).orElse(true)) {
        return false;
      }
    }
    return true;
  }
}
