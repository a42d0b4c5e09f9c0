package org.loaderlab.engine.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.DialplanUse;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Plans starts: {@code module load X} and startup. For each module of the {@link Closure}, in
 * its order: open the lib, let it hold each dependency, start it, let the dialplan hold it if it
 * uses something it provides, and let the admin hold it if it is a root.
 */
final class StartPlanner {

  /** A module the admin asks for, the admin holder that will hold it, and why. */
  record Root(ModuleName module, Holder admin, Cause cause) {}

  static final Holder DIALPLAN = new Holder(HolderKind.DIALPLAN, "dialplan");

  private StartPlanner() {}

  /**
   * The plan that starts {@code roots}. With {@code allOrNothing} (a load; a startup whose
   * required module cannot load) one refused root refuses everything.
   */
  static Plan plan(Operation operation, List<Root> roots, Facts facts, StateSnapshot state, Set<ModuleName> required,
      List<Refusal> fatal, List<Refusal> notes) {
    Loadability loadability = Loadability.of(facts, state);
    Map<ModuleName, Root> byModule = new LinkedHashMap<>();
    roots.forEach(root -> byModule.putIfAbsent(root.module(), root));
    Closure closure = Closure.of(byModule.keySet(), loadability, facts, state);
    SortedMap<ModuleName, Blocker> refused = closure.refused();
    List<Refusal> refusals = new ArrayList<>(fatal);
    refusals.addAll(notes);
    boolean requiredRefused = !fatal.isEmpty();
    for (Map.Entry<ModuleName, Blocker> entry : refused.entrySet()) {
      String reason = Refusals.render(entry.getKey(), entry.getValue(), refused::get);
      if (required.contains(entry.getKey())) {
        requiredRefused = true;
        reason += "; " + requiredNote(entry.getKey(), facts);
      }
      refusals.add(new Refusal(entry.getKey(), reason));
    }
    refusals.sort(java.util.Comparator.comparing(Refusal::module));
    boolean anyRootRefused = byModule.keySet().stream().anyMatch(refused::containsKey);
    if (requiredRefused || (operation instanceof Operation.Load && anyRootRefused)) {
      return new Plan(operation, List.of(), refusals, List.of());
    }
    List<PlanStep> steps = new ArrayList<>();
    for (Root root : byModule.values()) {
      if (state.isRunning(root.module()) && !state.module(root.module()).instanceHolders().contains(root.admin())) {
        steps.add(new PlanStep.Hold(root.module(), root.admin(), root.cause().render()));
      }
    }
    Map<ModuleName, Cause> causes = new HashMap<>();
    byModule.values().forEach(root -> causes.put(root.module(), root.cause()));
    for (ModuleName module : closure.order()) {
      Root root = byModule.get(module);
      Cause cause = causeOf(closure, module, causes);
      addStart(steps, module, cause, closure, facts, state);
      if (root != null) {
        steps.add(new PlanStep.Hold(module, root.admin(), root.cause().render()));
      }
    }
    return new Plan(operation, steps, refusals, List.of());
  }

  /**
   * Why {@code module} starts: its root's cause, or "X needs it" after the cause of the module X
   * that pulled it in, up the walk to a root; iterative, and each cause built once.
   */
  private static Cause causeOf(Closure closure, ModuleName module, Map<ModuleName, Cause> causes) {
    Cause known = causes.get(module);
    if (known != null) {
      return known;
    }
    Deque<ModuleName> path = new ArrayDeque<>();
    ModuleName current = module;
    while (!causes.containsKey(current)) {
      path.push(current);
      current = closure.reachedFrom(current).orElseThrow();
    }
    while (!path.isEmpty()) {
      ModuleName next = path.pop();
      ModuleName dependent = closure.reachedFrom(next).orElseThrow();
      causes.put(next, causes.get(dependent).then(dependent + " needs it"));
    }
    return causes.get(module);
  }

  private static void addStart(List<PlanStep> steps, ModuleName module, Cause cause, Closure closure, Facts facts,
      StateSnapshot state) {
    String because = cause.render();
    if (!state.isLibOpen(module)) {
      steps.add(new PlanStep.OpenLib(module, because));
    }
    Holder self = new Holder(HolderKind.DEPENDENT, module.toString());
    for (Dependency dependency : closure.dependenciesOf(module)) {
      steps.add(new PlanStep.Hold(dependency.provider(), self, module + " needs " + needs(dependency.requirements())));
    }
    steps.add(new PlanStep.StartInstance(module, because));
    if (state.dialplan().uses().isEmpty()) {
      return; // nothing to look up: a dialplan that uses nothing holds no module
    }
    Manifest manifest = facts.catalog().find(module).orElseThrow().manifest();
    dialplanUse(state.dialplan(), manifest).ifPresent(use ->
        steps.add(new PlanStep.Hold(module, DIALPLAN, "the dialplan uses " + use)));
  }

  private static String needs(List<Requirement> requirements) {
    if (requirements.size() == 1) {
      return requirements.get(0).toString();
    }
    return requirements.stream().map(Requirement::toString).distinct().collect(Collectors.joining(", "));
  }

  /** The first use of the dialplan that {@code manifest} provides, if any. */
  static Optional<DialplanUse> dialplanUse(Dialplan dialplan, Manifest manifest) {
    if (dialplan.uses().isEmpty()) {
      return Optional.empty();
    }
    Set<String> provided = new TreeSet<>();
    for (Provision provision : manifest.provides()) {
      provided.add(useKey(provision.kind(), provision.name()));
    }
    return dialplan.uses().stream().filter(use -> provided.contains(useKey(use.kind(), use.name()))).findFirst();
  }

  /** Applications match case-insensitively, functions exactly, as Asterisk finds them. */
  static String useKey(String kind, String name) {
    return kind + "=" + (kind.equals(Kinds.APPLICATION) ? name.toLowerCase(Locale.ROOT) : name);
  }

  static String requiredNote(ModuleName module, Facts facts) {
    return "require=" + module + " (" + facts.modulesConf().requiredAt(module).map(Object::toString).orElse("modules.conf")
        + ") makes startup fail";
  }
}
