package org.loaderlab.engine.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;

/** The modules of one folder, sorted by name. */
@API(status = API.Status.STABLE, since = "0.1")
public final class ModuleCatalog {

  private final String directory;
  /** By name, for lookups only: a startup looks each module up many times. */
  private final Map<ModuleName, CatalogEntry> byName;
  /** Sorted by name, once: what every reader iterates. */
  private final List<CatalogEntry> sorted;

  public ModuleCatalog(String directory, List<CatalogEntry> entries) {
    this.directory = Objects.requireNonNull(directory, "directory");
    Map<ModuleName, CatalogEntry> byName = new HashMap<>();
    for (CatalogEntry entry : entries) {
      if (byName.putIfAbsent(entry.name(), entry) != null) {
        throw new IllegalArgumentException("module '" + entry.name() + "' listed twice");
      }
    }
    List<CatalogEntry> sorted = new ArrayList<>(entries);
    // A scan lists entries in name order already, which this sort only checks.
    sorted.sort(Comparator.comparing(CatalogEntry::name));
    this.byName = byName;
    this.sorted = List.copyOf(sorted);
  }

  /** The folder as the user named it. */
  public String directory() {
    return directory;
  }

  /** Every entry, sorted by name; never {@code null}, unmodifiable. */
  public List<CatalogEntry> entries() {
    return sorted;
  }

  public Optional<CatalogEntry> find(ModuleName name) {
    return Optional.ofNullable(byName.get(name));
  }

  public List<Manifest> manifests() {
    return sorted.stream().map(CatalogEntry::manifest).toList();
  }

  public int size() {
    return sorted.size();
  }
}
