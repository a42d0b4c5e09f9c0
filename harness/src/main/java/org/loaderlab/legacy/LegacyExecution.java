package org.loaderlab.legacy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;

/** One operation on its way: the plan it decided, the steps left and done, what went wrong. */
final class LegacyExecution {

  final Operation operation;
  final CompletableFuture<Outcome> future;
  final Plan decided;
  final Deque<PlanStep> remaining = new ArrayDeque<>();
  final List<PlanStep> executed = new ArrayList<>();
  final List<Refusal> problems = new ArrayList<>();
  /** Modules this operation gave up on: their later steps are skipped. */
  final Set<ModuleName> failed = new TreeSet<>();
  /** The steps that were decided but are re-decided later (shutdown's rounds, after the hangups). */
  List<PlanStep> deferred = List.of();
  boolean replanned;
  int pollCount;

  LegacyExecution(Operation operation, CompletableFuture<Outcome> future, Plan decided) {
    this.operation = operation;
    this.future = future;
    this.decided = decided;
  }

  void fail(ModuleName module, String reason) {
    failed.add(module);
    problems.add(new Refusal(module, reason));
  }
}
