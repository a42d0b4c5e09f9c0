package org.loaderlab.engine.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Everything {@code name.manifest} says about a module; a value, with no trace of the file it
 * came from (see {@link ManifestSource} for lines).
 *
 * @param checksum of the module binary: {@code sha256:<hex>} or plain md5 hex, as Asterisk's
 *     build writes it; empty for an embedded module
 * @param defaultEnabled MODULEINFO's {@code <defaultenabled>}, when the manifest says
 * @param configs the config files the module reads ({@code config=}, repeatable), in order
 * @param uses {@code [uses]}: required at run time, loaded first
 * @param canUse {@code [canuse]}: used if loaded, never loaded for this module
 * @param provides {@code [provides]} as written; {@link #provisions()} adds the implied module
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Manifest(
    ModuleName name,
    Optional<String> checksum,
    SupportLevel supportLevel,
    Optional<Boolean> defaultEnabled,
    boolean exportGlobals,
    LoadPriority loadPriority,
    List<String> configs,
    Optional<String> description,
    List<Requirement> uses,
    List<Requirement> canUse,
    List<Provision> provides) {

  public Manifest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(supportLevel, "supportLevel");
    Objects.requireNonNull(defaultEnabled, "defaultEnabled");
    Objects.requireNonNull(loadPriority, "loadPriority");
    Objects.requireNonNull(description, "description");
    configs = List.copyOf(configs);
    uses = List.copyOf(uses);
    canUse = List.copyOf(canUse);
    provides = List.copyOf(provides);
  }

  /** A manifest with only a name: what a module with an empty {@code [module]} section says. */
  public static Manifest minimal(ModuleName name) {
    return new Manifest(name, Optional.empty(), SupportLevel.UNKNOWN, Optional.empty(), false,
        LoadPriority.DEFAULT, List.of(), Optional.empty(), List.of(), List.of(), List.of());
  }

  /** What the module provides, starting with the implied {@code module=<name>}. */
  public List<Provision> provisions() {
    List<Provision> all = new ArrayList<>(provides.size() + 1);
    all.add(Provision.of(Kinds.MODULE, name.toString()));
    all.addAll(provides);
    return List.copyOf(all);
  }
}
