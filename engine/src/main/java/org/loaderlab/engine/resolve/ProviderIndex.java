package org.loaderlab.engine.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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

  /** A kind and a name as matched: the name in lower case where matching ignores case. */
  private record Key(String kind, String name) {}

  // Hashed, for lookups: a startup asks once per need of every module. The sorted maps that
  // checks iterate are made from them on first use.
  private final Map<Key, List<Offer>> byKindAndName;
  private final Map<String, List<Offer>> byServiceKind;
  private volatile Map<String, List<Offer>> sortedByKindAndName;
  private volatile Map<String, List<Offer>> sortedByServiceKind;

  private ProviderIndex(Map<Key, List<Offer>> byKindAndName, Map<String, List<Offer>> byServiceKind) {
    this.byKindAndName = byKindAndName;
    this.byServiceKind = byServiceKind;
  }

  /** Indexes every provision of {@code manifests}, the implied {@code module=<name>} included. */
  public static ProviderIndex of(Collection<Manifest> manifests) {
    Map<Key, List<Offer>> byKindAndName = new HashMap<>(2 * manifests.size());
    Map<String, List<Offer>> byServiceKind = new HashMap<>();
    for (Manifest manifest : manifests) {
      for (Provision provision : manifest.provisions()) {
        Offer offer = new Offer(manifest.name(), provision);
        byKindAndName.merge(key(provision.kind(), provision.name()), List.of(offer), ProviderIndex::joined);
        if (Kinds.isService(provision.kind())) {
          byServiceKind.merge(provision.kind(), List.of(offer), ProviderIndex::joined);
        }
      }
    }
    return new ProviderIndex(sortedLists(byKindAndName), sortedLists(byServiceKind));
  }

  /**
   * {@code more} (one offer) after {@code offers}: most things have one provider, whose list
   * stays the immutable one it was made as; a second provider makes it a list that grows.
   */
  private static List<Offer> joined(List<Offer> offers, List<Offer> more) {
    List<Offer> growing = offers instanceof ArrayList<Offer> already ? already : new ArrayList<>(offers);
    growing.addAll(more);
    return growing;
  }

  /** Each list best first and unmodifiable, so lookups hand it out without a copy. */
  private static <K> Map<K, List<Offer>> sortedLists(Map<K, List<Offer>> offers) {
    offers.replaceAll((key, list) -> {
      if (!(list instanceof ArrayList<Offer>)) {
        return list;
      }
      list.sort(BEST_FIRST);
      return List.copyOf(list);
    });
    return offers;
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
    return offers == null ? List.of() : offers;
  }

  /** The provider a load would choose: the first of {@link #providers}. */
  public Optional<ModuleName> best(Requirement requirement) {
    List<Offer> offers = providers(requirement);
    return offers.isEmpty() ? Optional.empty() : Optional.of(offers.get(0).module());
  }

  /** Every offer, grouped by kind and name, in a stable order: for checks that look for conflicts. */
  public Map<String, List<Offer>> offersByKindAndName() {
    Map<String, List<Offer>> sorted = sortedByKindAndName;
    if (sorted == null) {
      Map<String, List<Offer>> byText = new TreeMap<>();
      byKindAndName.forEach((key, offers) -> byText.put(key.kind() + "=" + key.name(), offers));
      sorted = Collections.unmodifiableMap(byText);
      sortedByKindAndName = sorted;
    }
    return sorted;
  }

  /** Every service kind with its providers, best first. */
  public Map<String, List<Offer>> offersByServiceKind() {
    Map<String, List<Offer>> sorted = sortedByServiceKind;
    if (sorted == null) {
      sorted = Collections.unmodifiableMap(new TreeMap<>(byServiceKind));
      sortedByServiceKind = sorted;
    }
    return sorted;
  }

  private static Key key(String kind, String name) {
    boolean caseInsensitive = kind.equals(Kinds.MODULE) || kind.equals(Kinds.APPLICATION);
    return new Key(kind, caseInsensitive ? name.toLowerCase(Locale.ROOT) : name);
  }
}
