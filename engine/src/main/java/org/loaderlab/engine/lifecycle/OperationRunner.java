package org.loaderlab.engine.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Facts;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Planner;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.engine.plan.StateSnapshot;

/**
 * Runs operations one at a time, each as a chain of runtime tasks: one task plans (the catalog
 * re-scanned first for loads), then one task per plan step, then one finishes. Nothing here
 * waits: a call from module code that asks for an operation only queues it, so it can never
 * wait on the operation that is running it.
 */
final class OperationRunner {

  private final LoaderBuilder.Settings settings;
  private final EngineState state;
  private final OperationQueue queue;
  private final StepExecutor steps;
  private final CatalogCache catalogs;

  OperationRunner(LoaderBuilder.Settings settings, EngineState state, StepExecutor steps) {
    this.settings = settings;
    this.state = state;
    this.steps = steps;
    this.catalogs = settings.knownCatalog().map(known -> new CatalogCache(known, settings.modulesFolder()))
        .orElseGet(CatalogCache::new);
    this.queue = new OperationQueue(settings.config().operationsQueuedMax());
  }

  CompletableFuture<Outcome> submit(Operation operation) {
    CompletableFuture<Outcome> future = new CompletableFuture<>();
    boolean queued = state.locked(() -> {
      if (!queue.offer(new OperationQueue.Pending(operation, future))) {
        return false;
      }
      if (queue.claim()) {
        state.later(this::next);
      }
      return true;
    });
    if (!queued) {
      future.completeExceptionally(new RejectedExecutionException("the loader already has " + queue.queuedMax()
          + " operations queued (operationsQueuedMax), so " + Planner.title(operation) + " was not queued"));
    }
    return future;
  }

  /** Queues a deferred stop of {@code module}; under the lock. */
  void settleLater(ModuleName module, String because) {
    state.assertLocked();
    if (queue.offerStop(module, because) && queue.claim()) {
      state.later(this::next);
    }
  }

  private void next() {
    OperationQueue.Pending pending = state.locked(queue::poll);
    if (pending == null) {
      return;
    }
    Facts facts = facts(pending.operation());
    StateSnapshot snapshot = state.locked(state::snapshot);
    Plan plan = Planner.plan(pending.operation(), facts, snapshot);
    Execution execution = new Execution(pending.operation(), pending.future(), facts, plan);
    execution.nextStep = () -> step(execution);
    state.locked(() -> {
      state.journal.beginOperation(Planner.title(pending.operation()));
      begin(execution);
      decided(execution, plan);
      state.later(execution.nextStep);
    });
  }

  /**
   * The facts for {@code operation}. The modules folder is read at the first operation (or
   * {@code module show}), as the proposal reads every manifest at startup, and again at each load
   * and reload (and CLI completion), so a module installed meanwhile is found (hot install).
   */
  Facts facts(Operation operation) {
    boolean rescan = operation instanceof Operation.Load || operation instanceof Operation.Reload
        || state.locked(() -> state.facts == null);
    if (rescan) {
      rescan();
    }
    return state.locked(() -> state.facts);
  }

  /**
   * Scans the modules folder (no lock held: it reads files) and makes it the catalog. An unchanged
   * folder gives the same catalog object, whose facts are then kept rather than indexed again.
   */
  void rescan() {
    ModuleCatalog catalog = catalogs.scan(settings.modulesFolder());
    Facts known = state.locked(() -> state.facts);
    if (known != null && known.catalog() == catalog) {
      return;
    }
    Facts facts = Facts.of(catalog, settings.modulesConf(), settings.extConfig(), settings.config());
    state.locked(() -> {
      state.facts = facts;
    });
  }

  /** What an operation changes by being decided, before its first step. */
  private void begin(Execution execution) {
    Operation operation = execution.operation;
    if (operation instanceof Operation.LoadDialplan dialplan && !execution.decided.isRefused()) {
      state.dialplan = dialplan.dialplan();
    } else if (operation instanceof Operation.Shutdown) {
      state.shuttingDown = true;
    } else if (operation instanceof Operation.Unload unload && unload.force()) {
      for (PlanStep step : execution.decided.steps()) {
        ModuleRecord record = state.record(step.module());
        if (record.instance.isRunning() && (step instanceof PlanStep.CancelUser || step instanceof PlanStep.Release)) {
          record.instance.draining = true;
        }
      }
    }
  }

  private void decided(Execution execution, Plan plan) {
    ModuleName subject = Planner.subject(execution.operation);
    state.emit(sequence -> new LifecycleEvent.PlanDecided(sequence, subject, plan));
    boolean loads = execution.operation instanceof Operation.Load || execution.operation instanceof Operation.Startup;
    for (Refusal refusal : plan.refusals()) {
      if (loads) {
        state.emit(sequence -> new LifecycleEvent.LoadRefused(sequence, refusal.module(), refusal.reason()));
        state.journal.notRunning(refusal.module(), refusal.reason());
      } else {
        state.journal.note(refusal.reason());
      }
    }
  }

  private void step(Execution execution) {
    PlanStep step = execution.remaining.poll();
    if (step == null) {
      finish(execution);
      return;
    }
    Optional<Execution.Failure> failure = steps.run(execution, step);
    execution.executed.add(step);
    if (failure.isPresent()) {
      replan(execution, failure.get());
    }
    settings.runtime().execute(execution.nextStep);
  }

  /** Reality diverged: a step failed. The rest is planned again from the state now, and said so. */
  private void replan(Execution execution, Execution.Failure failure) {
    StateSnapshot now = state.locked(state::snapshot);
    Plan rest = Planner.replan(execution.operation, execution.facts, now, List.copyOf(execution.remaining),
        execution.taken(), execution.touchedNames(), failure.module(), failure.why());
    execution.remaining.clear();
    execution.remaining.addAll(rest.steps());
    execution.problems.addAll(rest.refusals());
    execution.replanned = true;
    state.locked(() -> decided(execution, rest));
  }

  private void finish(Execution execution) {
    Outcome outcome = state.locked(() -> {
      // Each module is checked on its own; only the idle ones are queued, in name order.
      List<ModuleName> idle = new ArrayList<>();
      idleOf(execution.settled(), idle);
      idle.sort(null);
      String because = "nothing held it after " + Planner.title(execution.operation);
      for (ModuleName module : idle) {
        settleLater(module, because);
      }
      state.journal.endOperation();
      return outcome(execution);
    });
    if (execution.future != null) {
      execution.future.complete(outcome);
    }
    settings.runtime().execute(this::next);
  }

  /** Adds to {@code idle} the records of {@code modules} that nothing holds; a failed instance is now not running. */
  private void idleOf(List<ModuleRecord> records, List<ModuleName> idle) {
    for (ModuleRecord record : records) {
      if (record.instance.phase == Instance.Phase.FAILED) {
        record.instance.phase = Instance.Phase.NOT_RUNNING;
      }
      boolean idleInstance = record.instance.isRunning() && record.instance.holders.isEmpty();
      boolean idleLib = record.lib.isClosable() && record.instance.phase == Instance.Phase.NOT_RUNNING;
      if (idleInstance || idleLib) {
        idle.add(record.name);
      }
    }
  }

  private Outcome outcome(Execution execution) {
    Operation operation = execution.operation;
    List<Refusal> problems = List.copyOf(execution.problems);
    boolean success;
    if (operation instanceof Operation.Startup) {
      success = problems.stream().noneMatch(problem -> problem.module().equals(Planner.LOADER)
          || settings.modulesConf().isRequired(problem.module()));
    } else if (operation instanceof Operation.Shutdown || operation instanceof Operation.Stop) {
      success = true;
    } else {
      success = problems.isEmpty();
    }
    Plan plan = execution.replanned
        ? new Plan(operation, execution.executed, problems, execution.decided.waiting())
        : execution.decided;
    return new Outcome(operation, plan, success, problems);
  }
}
