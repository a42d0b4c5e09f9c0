package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Ordering: modules start after what they need and stop before it, autoload honours
 * {@code load_priority}, and a service need gets its best provider. Needs come from the facts
 * (manifest {@code [uses]}, modules.conf {@code [uses]}, extconfig.conf), never from the engine.
 *
 * <ul>
 *   <li>{@code started-before-dependency}: at an InstanceStarting of M, some need of M has no
 *       provider (other than M) whose instance is running.
 *   <li>{@code stopped-under-user}: at an InstanceStopping of D, something still holds D's
 *       instance per the reference events, or a module that is starting, running or stopping
 *       needs something that, among running modules, only D provides.
 *   <li>{@code load-priority-ignored}: in a startup's window, a module A was ready (every module
 *       of this startup meeting one of its needs had started) and yet a module with a higher
 *       load_priority value started before A; reported once per A, at the first such start. This
 *       is the freedom Kahn's algorithm with a priority queue has; a pairwise rule would blame
 *       orders that dependencies force.
 *   <li>{@code worse-provider}: at an InstanceStarting of M, M holds (as a dependent) a provider of
 *       one of its {@code service=} needs, but not the best provider that is running or could load
 *       (not banned, nothing it needs unloadable).
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OrderingOracle implements LedgerWalk.Walking {

  @Override
  public List<Violation> check(Trace trace) {
    return LedgerWalk.judge(this, trace);
  }

  @Override
  public LedgerWalk.Part part(Trace trace, List<OperationWindows.Window> windows) {
    Dependencies dependencies = trace.facts().dependencies();
    List<Violation> found = new ArrayList<>();
    return new LedgerWalk.Part() {
      @Override
      public void at(int appliedCount, Ledger ledger) {
        if (appliedCount < trace.entries().size()
            && trace.entries().get(appliedCount) instanceof Trace.EventEntry event) {
          if (event.event() instanceof LifecycleEvent.InstanceStarting) {
            startedBeforeDependency(event, event.event().module(), dependencies, ledger, found);
            worseProvider(event, event.event().module(), dependencies, ledger, found);
          } else if (event.event() instanceof LifecycleEvent.InstanceStopping) {
            stoppedUnderUser(event, event.event().module(), dependencies, ledger, found);
          }
        }
      }

      @Override
      public List<Violation> found() {
        found.addAll(StartOrder.check(trace, windows, dependencies));
        found.sort(Violation.ORDER);
        return List.copyOf(found);
      }
    };
  }

  private static void startedBeforeDependency(Trace.Entry entry, ModuleName module, Dependencies dependencies,
      Ledger ledger, List<Violation> found) {
    for (Requirement need : dependencies.needs(module)) {
      List<ModuleName> providers = dependencies.providers(need).stream().filter(p -> !p.equals(module)).toList();
      if (providers.stream().anyMatch(p -> ledger.phase(p) == Ledger.Phase.RUNNING)) {
        continue;
      }
      Chain chain = new Chain();
      providers.forEach(p -> ledger.find(p).ifPresent(state -> chain.entry(state.phaseEntry)));
      chain.entry(entry).fact(module + " needs " + need + "; providers: " + dependencies.offers(need));
      List<ModuleName> modules = new ArrayList<>(List.of(module));
      modules.addAll(providers);
      found.add(new Violation.Ordering(Violation.Ordering.Kind.STARTED_BEFORE_DEPENDENCY, entry.stepIndex(), modules,
          module + " started while no provider of " + need + " was running", chain.lines()));
    }
  }

  private static void worseProvider(Trace.Entry entry, ModuleName module, Dependencies dependencies, Ledger ledger,
      List<Violation> found) {
    for (Requirement need : dependencies.needs(module)) {
      if (!Dependencies.isService(need)) {
        continue;
      }
      List<ModuleName> offers = dependencies.providers(need).stream().filter(p -> !p.equals(module)).toList();
      List<ModuleName> held = offers.stream().filter(p -> dependentHold(ledger, p, module).isPresent()).toList();
      Optional<ModuleName> best = offers.stream()
          .filter(p -> ledger.phase(p) == Ledger.Phase.RUNNING || !dependencies.isBlocked(p)).findFirst();
      if (held.isEmpty() || best.isEmpty() || held.contains(best.get())) {
        continue;
      }
      ModuleName chosen = held.get(0);
      found.add(new Violation.Ordering(Violation.Ordering.Kind.WORSE_PROVIDER, entry.stepIndex(),
          List.of(module, chosen, best.get()),
          module + " uses " + chosen + " for " + need + ", but " + best.get() + " ranks higher and could load",
          new Chain().entry(dependentHold(ledger, chosen, module).orElse(null)).entry(entry)
              .fact("providers of " + need.name() + ", best first: " + dependencies.offers(need)).lines()));
    }
  }

  /** The entry where {@code dependent} took its hold on {@code provider}'s instance, if it holds it. */
  private static Optional<Trace.Entry> dependentHold(Ledger ledger, ModuleName provider, ModuleName dependent) {
    return ledger.find(provider).flatMap(state -> state.instanceHolders.entrySet().stream()
        .filter(hold -> isDependent(hold.getKey(), dependent)).map(Map.Entry::getValue).findFirst());
  }

  private static boolean isDependent(Holder holder, ModuleName module) {
    return holder.kind() == HolderKind.DEPENDENT && ModuleName.parse(holder.id()).filter(module::equals).isPresent();
  }

  private static void stoppedUnderUser(Trace.Entry entry, ModuleName stopping, Dependencies dependencies, Ledger ledger,
      List<Violation> found) {
    SortedMap<String, Violation> users = new TreeMap<>();
    Ledger.ModuleState state = ledger.module(stopping);
    for (Map.Entry<Holder, Trace.Entry> hold : state.instanceHolders.entrySet()) {
      Holder holder = hold.getKey();
      Optional<ModuleName> dependent = holder.kind() == HolderKind.DEPENDENT ? ModuleName.parse(holder.id()) : Optional.empty();
      List<ModuleName> modules = new ArrayList<>(List.of(stopping));
      dependent.ifPresent(modules::add);
      String user = dependent.map(ModuleName::toString).orElse(holder.toString());
      users.put(user, new Violation.Ordering(Violation.Ordering.Kind.STOPPED_UNDER_USER, entry.stepIndex(), modules,
          stopping + " began stopping while " + user + " still held it",
          new Chain().entry(hold.getValue()).entry(entry).lines()));
    }
    for (Map.Entry<ModuleName, Requirement> use : dependencies.usersOf(stopping).entrySet()) {
      ModuleName user = use.getKey();
      Optional<Ledger.ModuleState> userState = ledger.find(user);
      if (user.equals(stopping) || userState.isEmpty() || !userState.get().isLive() || users.containsKey(user.toString())) {
        continue;
      }
      for (Requirement need : dependencies.needs(user)) {
        List<ModuleName> providers = dependencies.providers(need);
        boolean onlyThis = providers.contains(stopping) && providers.stream().noneMatch(p -> !p.equals(stopping)
            && !p.equals(user) && ledger.phase(p) == Ledger.Phase.RUNNING);
        if (onlyThis) {
          users.put(user.toString(), new Violation.Ordering(Violation.Ordering.Kind.STOPPED_UNDER_USER,
              entry.stepIndex(), List.of(stopping, user), stopping + " began stopping while " + user
                  + " still ran and needs it",
              new Chain().entry(userState.get().phaseEntry).entry(entry)
                  .fact(user + " needs " + need + ", which no other running module provides").lines()));
          break;
        }
      }
    }
    found.addAll(users.values());
  }
}
