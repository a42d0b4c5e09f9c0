package org.loaderlab.legacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.PlanStep;

/**
 * {@code ast_module_shutdown}, as a plan: pass over the running modules newest first, unloading
 * each whose use count is zero (which gives back the counts it took on what it requires), and
 * pass again while a pass changed something; when one changes nothing, drop the
 * keep-until-shutdown counts and go on. Modules still in use at the end are never unloaded: their
 * libs stay open when the process would exit. Under the state lock; changes nothing.
 */
final class ShutdownRounds {

  private final LegacyState state;

  ShutdownRounds(LegacyState state) {
    this.state = state;
  }

  List<PlanStep> steps(String because) {
    state.assertLocked();
    List<LegacyModule> newestFirst = new ArrayList<>();
    Map<ModuleName, Integer> counts = new TreeMap<>();
    Set<ModuleName> blocked = new TreeSet<>();
    for (LegacyModule record : state.modules()) {
      if (record.isRunning()) {
        newestFirst.add(record);
        counts.put(record.name, record.useCount);
        if (record.blocked) {
          blocked.add(record.name);
        }
      }
    }
    newestFirst.sort(Comparator.comparingLong((LegacyModule record) -> record.startOrder).reversed());
    List<PlanStep> steps = new ArrayList<>();
    Set<ModuleName> stopped = new TreeSet<>();
    // Each pass stops a module or unblocks one, else ends: at most two passes per module.
    int passesMax = 2 * newestFirst.size() + 1;
    for (int pass = 0; pass < passesMax; pass++) {
      boolean changed = false;
      for (LegacyModule record : newestFirst) {
        if (stopped.contains(record.name) || counts.get(record.name) > 0) {
          continue;
        }
        record.traceOnlyHolds.forEach(holder -> steps.add(new PlanStep.Release(record.name, holder, because)));
        steps.add(new PlanStep.StopInstance(record.name, because));
        steps.add(new PlanStep.CloseLib(record.name, because));
        stopped.add(record.name);
        for (LegacyModule.CountedRef ref : record.dependencies) {
          if (counts.containsKey(ref.module()) && state.module(ref.module()).epoch == ref.epoch()) {
            counts.merge(ref.module(), -1, Integer::sum);
          }
        }
        changed = true;
      }
      if (!changed) {
        for (ModuleName module : blocked) {
          steps.add(new PlanStep.Release(module, ModuleRequests.KEEP_UNTIL_SHUTDOWN, because));
          counts.merge(module, -1, Integer::sum);
          changed = true;
        }
        blocked.clear();
      }
      if (!changed) {
        break;
      }
    }
    return steps;
  }
}
