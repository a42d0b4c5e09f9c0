package org.loaderlab.engine.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  /** A module waiting on a provider: {@code user}'s need number {@code needIndex}. */
  private record Back(Module user, int needIndex) {}

  /** What is known of one module that is not running: one lookup reaches all of it. */
  private static final class Module {
    final ModuleName name;
    List<Needs.Need> needs = List.of();
    /** The offers for each need, best first. */
    List<List<ProviderIndex.Offer>> offers = List.of();
    /** For each service need, how many of its providers are not blocked; null without one. */
    int[] loadableProviders;
    /** The needs of other modules that this module's being blocked may block. */
    List<Back> waitingOn = List.of();
    Blocker blocker;

    Module(ModuleName name) {
      this.name = name;
    }
  }

  private final Facts facts;
  // Hashed for lookups only (a catalog may hold 100,000 modules); iterated nowhere.
  private final Map<ModuleName, Module> modules;
  /** Modules blocked while seeding, in the catalog's sorted order: where propagation starts. */
  private final List<Module> seeded = new ArrayList<>();

  private Loadability(Facts facts) {
    this.facts = facts;
    this.modules = new HashMap<>(2 * facts.catalog().size());
  }

  static Loadability of(Facts facts, StateSnapshot state) {
    Loadability loadability = new Loadability(facts);
    loadability.seed(state);
    loadability.propagate();
    return loadability;
  }

  private void seed(StateSnapshot state) {
    List<CatalogEntry> entries = facts.catalog().entries();
    List<Module> inCatalogOrder = new ArrayList<>(entries.size());
    java.util.SortedSet<ModuleName> banned = facts.modulesConf().banned();
    for (CatalogEntry entry : entries) {
      if (state.isRunning(entry.name())) {
        continue;
      }
      Module module = new Module(entry.name());
      modules.put(entry.name(), module);
      inCatalogOrder.add(module);
      seed(entry, module, banned);
    }
    if (!seeded.isEmpty()) {
      linkWaiting(inCatalogOrder);
    }
  }

  private void seed(CatalogEntry entry, Module module, java.util.SortedSet<ModuleName> banned) {
    if (!entry.valid()) {
      module.blocker = new Blocker.Invalid(entry.source().file());
    } else if (banned.contains(module.name)) {
      module.blocker = new Blocker.Banned(facts.modulesConf().bannedAt(module.name).orElseThrow());
    }
    List<Needs.Need> moduleNeeds = Needs.of(entry.manifest(), facts);
    module.needs = moduleNeeds;
    List<List<ProviderIndex.Offer>> moduleOffers = new ArrayList<>(moduleNeeds.size());
    module.offers = moduleOffers;
    for (int index = 0; index < moduleNeeds.size(); index++) {
      Needs.Need need = moduleNeeds.get(index);
      List<ProviderIndex.Offer> offers = facts.providers().providers(need.requirement());
      moduleOffers.add(offers);
      if (offers.isEmpty()) {
        if (module.blocker == null) {
          module.blocker = new Blocker.Missing(need.requirement());
        }
      } else if (isService(need)) {
        if (module.loadableProviders == null) {
          module.loadableProviders = new int[moduleNeeds.size()];
        }
        module.loadableProviders[index] = offers.size();
      }
    }
    if (module.blocker != null) {
      seeded.add(module);
    }
  }

  /**
   * Who waits on whom, for propagation: built only when something is blocked, so a catalog
   * where everything can load pays no lookup per need for it. In the catalog's order.
   */
  private void linkWaiting(List<Module> inCatalogOrder) {
    for (Module module : inCatalogOrder) {
      for (int index = 0; index < module.needs.size(); index++) {
        List<ProviderIndex.Offer> offers = module.offers.get(index);
        if (offers.isEmpty()) {
          continue;
        }
        if (isService(module.needs.get(index))) {
          for (ProviderIndex.Offer offer : offers) {
            waitOn(offer.module(), new Back(module, index));
          }
        } else {
          waitOn(offers.get(0).module(), new Back(module, index));
        }
      }
    }
  }

  /** A provider that is running (or unknown) never becomes blocked, so nothing need wait on it. */
  private void waitOn(ModuleName provider, Back back) {
    Module found = modules.get(provider);
    if (found == null) {
      return;
    }
    if (found.waitingOn.isEmpty()) {
      found.waitingOn = new ArrayList<>(2);
    }
    found.waitingOn.add(back);
  }

  private void propagate() {
    Deque<Module> work = new ArrayDeque<>(seeded);
    while (!work.isEmpty()) {
      Module blocked = work.poll();
      for (Back back : blocked.waitingOn) {
        Module user = back.user();
        if (user.blocker != null) {
          continue;
        }
        Needs.Need need = user.needs.get(back.needIndex());
        if (isService(need)) {
          int[] counts = user.loadableProviders;
          counts[back.needIndex()]--;
          assert counts[back.needIndex()] >= 0 : "loadable provider count below zero for " + user.name;
          if (counts[back.needIndex()] > 0) {
            continue;
          }
          user.blocker = new Blocker.NoLoadable(need.requirement());
        } else {
          user.blocker = new Blocker.Needs(blocked.name, need.requirement());
        }
        work.add(user);
      }
    }
  }

  private static boolean isService(Needs.Need need) {
    return need.requirement().kind().equals(Kinds.SERVICE);
  }

  /** Why {@code module} cannot load, ignoring cycles; empty when it can (or runs already). */
  Optional<Blocker> blocker(ModuleName module) {
    Module found = modules.get(module);
    return Optional.ofNullable(found == null ? null : found.blocker);
  }

  /**
   * The providers {@code module}'s needs resolve to, in need order: the first provider for a
   * specific need, the best unblocked one for a service. Empty for a running module. Made anew
   * at each call: the closure asks once per module.
   */
  List<Edge> edges(ModuleName module) {
    Module found = modules.get(module);
    return found == null ? List.of() : resolve(found);
  }

  private List<Edge> resolve(Module module) {
    List<Edge> edges = new ArrayList<>(module.needs.size());
    for (int index = 0; index < module.needs.size(); index++) {
      Needs.Need need = module.needs.get(index);
      List<ProviderIndex.Offer> offers = module.offers.get(index);
      if (offers.isEmpty()) {
        continue;
      }
      if (!isService(need)) {
        edges.add(new Edge(need, offers.get(0).module()));
        continue;
      }
      for (ProviderIndex.Offer offer : offers) {
        Module provider = modules.get(offer.module());
        if (provider == null || provider.blocker == null) {
          edges.add(new Edge(need, offer.module()));
          break;
        }
      }
    }
    return edges;
  }
}
