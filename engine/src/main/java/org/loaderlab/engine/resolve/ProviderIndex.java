package org.loaderlab.engine.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Who provides what, over a set of manifests: the answer to "which module is
 * {@code application=Gosub}?" and "which is the best {@code timing} provider?".
 *
 * <p>Module and application names match case-insensitively, as Asterisk matches them; other
 * names (functions, realtime drivers, services) match exactly.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ProviderIndex {

  /** Best first: higher priority wins, then the lower module name, so the choice never depends on order. */
  private static final Comparator<Offer> BEST_FIRST =
      Comparator.comparingInt((Offer offer) -> offer.provision().priority().orElse(0))
          .reversed()
          .thenComparing(Offer::module);

  /** One module's offer of one thing. */
  @API(status = API.Status.STABLE, since = "0.1")
  public record Offer(ModuleName module, Provision provision) {}

  private final Map<String, List<Offer>> byKindAndName;
  private final Map<String, List<Offer>> byServiceKind;

  private ProviderIndex(Map<String, List<Offer>> byKindAndName, Map<String, List<Offer>> byServiceKind) {
    this.byKindAndName = byKindAndName;
    this.byServiceKind = byServiceKind;
  }

  /** Indexes every provision of {@code manifests}, the implied {@code module=<name>} included. */
  public static ProviderIndex of(Collection<Manifest> manifests) {
    Map<String, List<Offer>> byKindAndName = new TreeMap<>();
    Map<String, List<Offer>> byServiceKind = new TreeMap<>();
    for (Manifest manifest : manifests) {
      for (Provision provision : manifest.provisions()) {
        Offer offer = new Offer(manifest.name(), provision);
        byKindAndName.computeIfAbsent(key(provision.kind(), provision.name()), k -> new ArrayList<>()).add(offer);
        if (Kinds.isService(provision.kind())) {
          byServiceKind.computeIfAbsent(provision.kind(), k -> new ArrayList<>()).add(offer);
        }
      }
    }
    byKindAndName.values().forEach(offers -> offers.sort(BEST_FIRST));
    byServiceKind.values().forEach(offers -> offers.sort(BEST_FIRST));
    return new ProviderIndex(byKindAndName, byServiceKind);
  }

  /**
   * Every module that satisfies {@code requirement}, best first. For {@code service=X} these
   * are all providers of service kind X by descending priority; for anything else, the modules
   * that provide exactly that kind and name.
   */
  public List<Offer> providers(Requirement requirement) {
    List<Offer> offers = requirement.kind().equals(Kinds.SERVICE)
        ? byServiceKind.get(requirement.name())
        : byKindAndName.get(key(requirement.kind(), requirement.name()));
    return offers == null ? List.of() : List.copyOf(offers);
  }

  /** The provider a load would choose: the first of {@link #providers}. */
  public Optional<ModuleName> best(Requirement requirement) {
    List<Offer> offers = providers(requirement);
    return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(0).module());
  }

  /** Every offer, grouped by kind and name, in a stable order: for checks that look for conflicts. */
  public Map<String, List<Offer>> offersByKindAndName() {
    return java.util.Collections.unmodifiableMap(byKindAndName);
  }

  /** Every service kind with its providers, best first. */
  public Map<String, List<Offer>> offersByServiceKind() {
    return java.util.Collections.unmodifiableMap(byServiceKind);
  }

  private static String key(String kind, String name) {
    boolean caseInsensitive = kind.equals(Kinds.MODULE) || kind.equals(Kinds.APPLICATION);
    return kind + "=" + (caseInsensitive ? name.toLowerCase(Locale.ROOT) : name);
  }
}
