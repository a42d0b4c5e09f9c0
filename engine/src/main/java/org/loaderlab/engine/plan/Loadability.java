package org.loaderlab.engine.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.resolve.ProviderIndex;

/**
 * Which modules of the catalog could load at all, ignoring cycles, and which provider each need
 * resolves to. One pass over the whole catalog, with no recursion:
 *
 * <ol>
 *   <li>A module is blocked when its manifest is invalid, neverload bans it, or a need has no
 *       provider. Running modules are never blocked and need nothing more: they already hold
 *       what they need.
 *   <li>Blocks propagate backwards on a worklist: a module whose need names a specific thing
 *       (a module, an application, ...) takes the first provider, so it is blocked when that
 *       provider is; a {@code service=K} need is blocked only when every provider of K is.
 *   <li>A service need then resolves to its best provider that is not blocked.
 * </ol>
 *
 * Cycles are found later, on the graph these choices make ({@link Closure}).
 */
final class Loadability {

  /** One resolved need: {@code need} is met by {@code provider}. */
  record Edge(Needs.Need need, ModuleName provider) {}

  /** A module waiting on a provider: module {@code user}'s need number {@code needIndex}. */
  private record Back(ModuleName user, int needIndex) {}

  private final Facts facts;
  // Hash maps for lookups only (a catalog may hold 100,000 modules); nothing iterates them but
  // blockers, whose insertion order is the catalog's sorted order.
  private final Map<ModuleName, Blocker> blockers = new LinkedHashMap<>();
  private final Map<ModuleName, List<Needs.Need>> needs = new HashMap<>();
  private final Map<ModuleName, int[]> loadableProviders = new HashMap<>();
  private final Map<ModuleName, List<Back>> waitingOn = new HashMap<>();
  private final Map<ModuleName, List<Edge>> edges = new HashMap<>();
  private final Map<ModuleName, List<List<ProviderIndex.Offer>>> offers = new HashMap<>();

  private Loadability(Facts facts) {
    this.facts = facts;
  }

  static Loadability of(Facts facts, StateSnapshot state) {
    Loadability loadability = new Loadability(facts);
    loadability.seed(state);
    loadability.propagate();
    return loadability;
  }

  private void seed(StateSnapshot state) {
    java.util.SortedSet<ModuleName> banned = facts.modulesConf().banned();
    for (CatalogEntry entry : facts.catalog().entries()) {
      ModuleName module = entry.name();
      if (state.isRunning(module)) {
        continue;
      }
      if (!entry.valid()) {
        blockers.put(module, new Blocker.Invalid(entry.source().file()));
      } else if (banned.contains(module)) {
        blockers.put(module, new Blocker.Banned(facts.modulesConf().bannedAt(module).orElseThrow()));
      }
      List<Needs.Need> moduleNeeds = Needs.of(entry.manifest(), facts);
      needs.put(module, moduleNeeds);
      int[] counts = new int[moduleNeeds.size()];
      List<List<ProviderIndex.Offer>> moduleOffers = new ArrayList<>(moduleNeeds.size());
      this.offers.put(module, moduleOffers);
      for (int index = 0; index < moduleNeeds.size(); index++) {
        Needs.Need need = moduleNeeds.get(index);
        List<ProviderIndex.Offer> offers = facts.providers().providers(need.requirement());
        moduleOffers.add(offers);
        if (offers.isEmpty()) {
          blockers.putIfAbsent(module, new Blocker.Missing(need.requirement()));
        } else if (isService(need)) {
          counts[index] = offers.size();
          for (ProviderIndex.Offer offer : offers) {
            waitingOn.computeIfAbsent(offer.module(), k -> new ArrayList<>()).add(new Back(module, index));
          }
        } else {
          waitingOn.computeIfAbsent(offers.get(0).module(), k -> new ArrayList<>()).add(new Back(module, index));
        }
      }
      loadableProviders.put(module, counts);
    }
  }

  private void propagate() {
    Deque<ModuleName> work = new ArrayDeque<>(blockers.keySet());
    while (!work.isEmpty()) {
      ModuleName blocked = work.poll();
      for (Back back : waitingOn.getOrDefault(blocked, List.of())) {
        if (blockers.containsKey(back.user())) {
          continue;
        }
        Needs.Need need = needs.get(back.user()).get(back.needIndex());
        if (isService(need)) {
          int[] counts = loadableProviders.get(back.user());
          counts[back.needIndex()]--;
          assert counts[back.needIndex()] >= 0 : "loadable provider count below zero for " + back.user();
          if (counts[back.needIndex()] > 0) {
            continue;
          }
          blockers.put(back.user(), new Blocker.NoLoadable(need.requirement()));
        } else {
          blockers.put(back.user(), new Blocker.Needs(blocked, need.requirement()));
        }
        work.add(back.user());
      }
    }
  }

  private static boolean isService(Needs.Need need) {
    return need.requirement().kind().equals(Kinds.SERVICE);
  }

  /** Why {@code module} cannot load, ignoring cycles; empty when it can (or runs already). */
  Optional<Blocker> blocker(ModuleName module) {
    return Optional.ofNullable(blockers.get(module));
  }

  /**
   * The providers {@code module}'s needs resolve to, in need order: the first provider for a
   * specific need, the best unblocked one for a service. Empty for a running module.
   */
  List<Edge> edges(ModuleName module) {
    return edges.computeIfAbsent(module, this::resolve);
  }

  private List<Edge> resolve(ModuleName module) {
    List<Edge> edges = new ArrayList<>();
    List<Needs.Need> moduleNeeds = needs.getOrDefault(module, List.of());
    for (int index = 0; index < moduleNeeds.size(); index++) {
      Needs.Need need = moduleNeeds.get(index);
      List<ProviderIndex.Offer> offers = this.offers.get(module).get(index);
      if (offers.isEmpty()) {
        continue;
      }
      if (!isService(need)) {
        edges.add(new Edge(need, offers.get(0).module()));
        continue;
      }
      offers.stream().filter(offer -> !blockers.containsKey(offer.module())).findFirst()
          .ifPresent(offer -> edges.add(new Edge(need, offer.module())));
    }
    return List.copyOf(edges);
  }
}
