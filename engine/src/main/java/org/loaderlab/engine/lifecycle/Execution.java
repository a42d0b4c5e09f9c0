package org.loaderlab.engine.lifecycle;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  final List<PlanStep> executed;
  final List<Refusal> problems = new ArrayList<>();
  /**
   * Holds taken, in the order taken, and the releases that came after some: {@link #taken} replays
   * them only when a step fails, so a startup does not keep a map of every hold it took.
   */
  private final List<PlanStep.Hold> took = new ArrayList<>();
  private final List<Release> releases = new ArrayList<>();

  private record Taken(ModuleName module, Holder holder) {}

  /** {@code holder} let go of {@code module} after the first {@code tookCount} holds were taken. */
  private record Release(int tookCount, ModuleName module, Holder holder) {}

  // Records, not names, so the end of an operation looks at each without a lookup; each listed
  // once, found by the mark it carries rather than by hashing (names are sorted where read).
  /** Records of the modules this operation opened or started. */
  private final List<ModuleRecord> touched = new ArrayList<>();
  /** Records of the modules that lost their last holder during this operation: settled at its end. */
  private final List<ModuleRecord> unheld = new ArrayList<>();
  /** What this operation marks records with: a token, so a record never keeps an old operation alive. */
  private final Object mark = new Object();
  boolean replanned;
  /** The task that runs the next step, made once rather than per step. */
  Runnable nextStep;

  Execution(Operation operation, CompletableFuture<Outcome> future, Facts facts, Plan decided) {
    this.operation = operation;
    this.future = future;
    this.facts = facts;
    this.decided = decided;
    this.remaining = new ArrayDeque<>(decided.steps());
    this.executed = new ArrayList<>(decided.steps().size());
    this.problems.addAll(decided.refusals());
  }

  void took(PlanStep.Hold hold) {
    took.add(hold);
  }

  void released(ModuleName module, Holder holder) {
    // Before any hold was taken there is nothing this release could undo.
    if (!took.isEmpty()) {
      releases.add(new Release(took.size(), module, holder));
    }
  }

  /** The holds taken and still held, in the order taken. */
  /** This operation opened or started {@code record}'s module. */
  void touched(ModuleRecord record) {
    if (record.touchedBy != mark) {
      record.touchedBy = mark;
      touched.add(record);
    }
  }

  /** {@code record}'s module lost its last holder (instance or lib) during this operation. */
  void unheld(ModuleRecord record) {
    if (record.unheldBy != mark) {
      record.unheldBy = mark;
      unheld.add(record);
    }
  }

  /** Every record touched or unheld, each once: what the operation's end settles. */
  List<ModuleRecord> settled() {
    List<ModuleRecord> all = new ArrayList<>(touched);
    for (ModuleRecord record : unheld) {
      if (record.touchedBy != mark) {
        all.add(record);
      }
    }
    return all;
  }

  /** The names of the modules this operation opened or started. */
  Set<ModuleName> touchedNames() {
    Set<ModuleName> names = new HashSet<>();
    touched.forEach(record -> names.add(record.name));
    return names;
  }

  List<PlanStep.Hold> taken() {
    Map<Taken, PlanStep.Hold> held = new LinkedHashMap<>();
    int next = 0;
    for (int index = 0; index <= took.size(); index++) {
      for (; next < releases.size() && releases.get(next).tookCount() == index; next++) {
        Release release = releases.get(next);
        held.remove(new Taken(release.module(), release.holder()));
      }
      if (index < took.size()) {
        PlanStep.Hold hold = took.get(index);
        held.put(new Taken(hold.module(), hold.holder()), hold);
      }
    }
    return List.copyOf(held.values());
  }
}
