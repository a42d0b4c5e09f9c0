package org.loaderlab.engine.catalog;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;

/** The modules of one folder, sorted by name. */
@API(status = API.Status.STABLE, since = "0.1")
public final class ModuleCatalog {

  private final String directory;
  private final Map<ModuleName, CatalogEntry> entries;

  public ModuleCatalog(String directory, List<CatalogEntry> entries) {
    this.directory = Objects.requireNonNull(directory, "directory");
    Map<ModuleName, CatalogEntry> byName = new TreeMap<>();
    for (CatalogEntry entry : entries) {
      if (byName.putIfAbsent(entry.name(), entry) != null) {
        throw new IllegalArgumentException("module '" + entry.name() + "' listed twice");
      }
    }
    this.entries = byName;
  }

  /** The folder as the user named it. */
  public String directory() {
    return directory;
  }

  public List<CatalogEntry> entries() {
    return List.copyOf(entries.values());
  }

  public Optional<CatalogEntry> find(ModuleName name) {
    return Optional.ofNullable(entries.get(name));
  }

  public List<Manifest> manifests() {
    return entries.values().stream().map(CatalogEntry::manifest).toList();
  }

  public int size() {
    return entries.size();
  }
}
