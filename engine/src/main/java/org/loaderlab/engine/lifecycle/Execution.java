package org.loaderlab.engine.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Facts;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;

/**
 * One operation being executed: its plan, the steps left, and what it took so far, so a failure
 * can be undone. Only the operation runner touches it, one task at a time.
 */
final class Execution {

  /** A step that did not work: the module it was for, and why, as a phrase. */
  record Failure(ModuleName module, String why) {}

  final Operation operation;
  final CompletableFuture<Outcome> future;
  final Facts facts;
  final Plan decided;
  final ArrayDeque<PlanStep> remaining;
  final List<PlanStep> executed = new ArrayList<>();
  final List<Refusal> problems = new ArrayList<>();
  /** Holds taken and still held, in the order taken. */
  private final Map<Taken, PlanStep.Hold> taken = new LinkedHashMap<>();

  private record Taken(ModuleName module, Holder holder) {}
  /** Modules this operation opened or started. */
  final Set<ModuleName> touched = new TreeSet<>();
  /** Modules that lost their last holder during this operation: settled at its end. */
  final Set<ModuleName> unheld = new TreeSet<>();
  boolean replanned;

  Execution(Operation operation, CompletableFuture<Outcome> future, Facts facts, Plan decided) {
    this.operation = operation;
    this.future = future;
    this.facts = facts;
    this.decided = decided;
    this.remaining = new ArrayDeque<>(decided.steps());
    this.problems.addAll(decided.refusals());
  }

  void took(PlanStep.Hold hold) {
    taken.put(new Taken(hold.module(), hold.holder()), hold);
  }

  void released(ModuleName module, Holder holder) {
    taken.remove(new Taken(module, holder));
  }

  List<PlanStep.Hold> taken() {
    return List.copyOf(taken.values());
  }
}
