package org.loaderlab.engine.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.resolve.Cycles;
import org.loaderlab.engine.resolve.ProviderIndex;
import org.loaderlab.engine.resolve.ProviderIndex.Offer;

/**
 * The checks that need the whole catalog at once: needs nobody provides, things two modules
 * provide, ranked services with a tie, and dependency cycles.
 */
final class CatalogChecks {

  private final ModuleCatalog catalog;
  private final ProviderIndex index;
  private final List<Diagnostic> problems = new ArrayList<>();

  private CatalogChecks(ModuleCatalog catalog, ProviderIndex index) {
    this.catalog = catalog;
    this.index = index;
  }

  /**
   * Runs every catalog-wide check; {@code configEdges} are the dependencies the world's
   * configuration adds (modules.conf [uses], extconfig.conf), so a cycle through them is found too.
   */
  static List<Diagnostic> run(ModuleCatalog catalog, ProviderIndex index, List<Edge> configEdges) {
    CatalogChecks checks = new CatalogChecks(catalog, index);
    checks.danglingUses();
    checks.conflictingProviders();
    checks.serviceTies();
    checks.cycles(configEdges);
    return checks.problems;
  }

  private void danglingUses() {
    for (CatalogEntry entry : catalog.entries()) {
      List<Requirement> uses = entry.manifest().uses();
      for (int i = 0; i < uses.size(); i++) {
        Requirement use = uses.get(i);
        if (index.providers(use).isEmpty()) {
          problems.add(Diagnostic.error(entry.source().usesLocations().get(i), "dangling-use",
              "[uses] needs " + use + ", but no module provides it"));
        }
      }
    }
  }

  /** Two modules registering one application, function or realtime driver would clash at run time. */
  private void conflictingProviders() {
    for (List<Offer> offers : index.offersByKindAndName().values()) {
      String kind = offers.get(0).provision().kind();
      if (offers.size() < 2 || kind.equals(Kinds.MODULE) || Kinds.isService(kind)) {
        continue;
      }
      String modules = offers.stream().map(o -> o.module().toString()).sorted().collect(Collectors.joining(", "));
      for (Offer offer : offers) {
        problems.add(Diagnostic.error(providesLocation(offer), "conflicting-provider",
            offer.provision() + " is provided by more than one module: " + modules));
      }
    }
  }

  /** "The best provider" must be one module: a tie at the top of a service is ambiguous. */
  private void serviceTies() {
    for (Map.Entry<String, List<Offer>> service : index.offersByServiceKind().entrySet()) {
      Map<Integer, List<Offer>> byPriority = new TreeMap<>();
      for (Offer offer : service.getValue()) {
        OptionalInt priority = offer.provision().priority();
        byPriority.computeIfAbsent(priority.orElse(0), p -> new ArrayList<>()).add(offer);
      }
      byPriority.forEach((priority, offers) -> {
        if (offers.size() > 1) {
          String modules = offers.stream().map(o -> o.module().toString()).collect(Collectors.joining(", "));
          for (Offer offer : offers) {
            problems.add(Diagnostic.error(providesLocation(offer), "service-priority-tie",
                "service '" + service.getKey() + "' has several providers at priority " + priority + ": " + modules));
          }
        }
      });
    }
  }

  private void cycles(List<Edge> configEdges) {
    List<Edge> edges = new ArrayList<>(manifestEdges());
    edges.addAll(configEdges);
    Map<ModuleName, List<ModuleName>> graph = new TreeMap<>();
    Map<String, SourceLocation> firstLocation = new TreeMap<>();
    for (Edge edge : edges) {
      graph.computeIfAbsent(edge.from(), m -> new ArrayList<>()).add(edge.to());
      firstLocation.putIfAbsent(edge.from().canonical() + ">" + edge.to().canonical(), edge.location());
    }
    for (Cycles.Cycle cycle : Cycles.find(graph)) {
      List<ModuleName> path = cycle.path();
      ModuleName next = path.size() > 1 ? path.get(1) : path.get(0);
      String others = cycle.members().stream().filter(m -> !path.contains(m)).map(ModuleName::toString)
          .collect(Collectors.joining(", "));
      problems.add(Diagnostic.error(firstLocation.get(path.get(0).canonical() + ">" + next.canonical()),
          "dependency-cycle",
          "dependency cycle: " + cycle + (others.isEmpty() ? "" : " (also caught in it: " + others + ")")
              + "; break one link with [canuse]"));
    }
  }

  /**
   * What each manifest's [uses] needs, as edges: every provider of a need, except a service's,
   * which is its best provider only (the one a load would choose). A module's own provisions are
   * not edges; the parser reports a self-dependency.
   */
  private List<Edge> manifestEdges() {
    List<Edge> edges = new ArrayList<>();
    for (CatalogEntry entry : catalog.entries()) {
      List<Requirement> uses = entry.manifest().uses();
      for (int i = 0; i < uses.size(); i++) {
        Requirement use = uses.get(i);
        List<Offer> offers = index.providers(use);
        List<Offer> chosen = use.kind().equals(Kinds.SERVICE) && !offers.isEmpty() ? offers.subList(0, 1) : offers;
        for (Offer offer : chosen) {
          if (!offer.module().equals(entry.name())) {
            edges.add(new Edge(entry.name(), offer.module(), entry.source().usesLocations().get(i)));
          }
        }
      }
    }
    return edges;
  }

  private SourceLocation providesLocation(Offer offer) {
    CatalogEntry entry = catalog.find(offer.module()).orElseThrow();
    int position = entry.manifest().provides().indexOf(offer.provision());
    return position < 0 ? entry.source().nameLocation() : entry.source().providesLocations().get(position);
  }
}
