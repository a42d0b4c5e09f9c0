package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Collects the facts of one {@link ModuleDeclaration} as a reader finds them. A single-valued
 * fact is set once: the setters answer whether the value was taken, so the reader can warn
 * about a repeat naming the first.
 */
final class DeclarationBuilder {

  private final ModuleDeclaration.Origin origin;
  private final SourceLocation location;
  private Optional<Located<SupportLevel>> supportLevel = Optional.empty();
  private Optional<Located<LoadPriority>> loadPriority = Optional.empty();
  private Optional<Located<Boolean>> exportGlobals = Optional.empty();
  private Optional<Located<Boolean>> defaultEnabled = Optional.empty();
  private Optional<Located<String>> description = Optional.empty();
  private final List<Located<Requirement>> uses = new ArrayList<>();
  private final List<Located<Requirement>> canUse = new ArrayList<>();
  private final List<Located<String>> buildDepends = new ArrayList<>();

  DeclarationBuilder(ModuleDeclaration.Origin origin, SourceLocation location) {
    this.origin = origin;
    this.location = location;
  }

  SourceLocation location() {
    return location;
  }

  Optional<Located<SupportLevel>> supportLevel() {
    return supportLevel;
  }

  Optional<Located<LoadPriority>> loadPriority() {
    return loadPriority;
  }

  Optional<Located<Boolean>> defaultEnabled() {
    return defaultEnabled;
  }

  boolean supportLevel(Located<SupportLevel> value) {
    if (supportLevel.isPresent()) {
      return false;
    }
    supportLevel = Optional.of(value);
    return true;
  }

  boolean loadPriority(Located<LoadPriority> value) {
    if (loadPriority.isPresent()) {
      return false;
    }
    loadPriority = Optional.of(value);
    return true;
  }

  boolean exportGlobals(Located<Boolean> value) {
    if (exportGlobals.isPresent()) {
      return false;
    }
    exportGlobals = Optional.of(value);
    return true;
  }

  boolean defaultEnabled(Located<Boolean> value) {
    if (defaultEnabled.isPresent()) {
      return false;
    }
    defaultEnabled = Optional.of(value);
    return true;
  }

  void description(Located<String> value) {
    assert description.isEmpty() : "a declaration has one description";
    description = Optional.of(value);
  }

  void use(Located<Requirement> requirement) {
    uses.add(requirement);
  }

  void canUse(Located<Requirement> requirement) {
    canUse.add(requirement);
  }

  void buildDepend(Located<String> name) {
    buildDepends.add(name);
  }

  ModuleDeclaration build() {
    return new ModuleDeclaration(origin, location, supportLevel, loadPriority, exportGlobals,
        defaultEnabled, description, uses, canUse, buildDepends);
  }
}
