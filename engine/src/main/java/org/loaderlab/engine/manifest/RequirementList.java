package org.loaderlab.engine.manifest;

import static org.loaderlab.engine.manifest.ManifestSyntax.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * The {@code kind=name} lines of {@code [uses]} or {@code [canuse]}, with their locations in
 * step. A bad line is reported and left out, so what remains is safe for the resolver to read.
 */
final class RequirementList {

  private final String section;
  private final Optional<ModuleName> self;
  private final Problems problems;
  private final List<Requirement> requirements = new ArrayList<>();
  private final List<SourceLocation> locations = new ArrayList<>();
  /** Lines already listed, by {@link ManifestSyntax#identity}: lookups only, never iterated. */
  private final Map<String, SourceLocation> seen = new HashMap<>();

  /**
   * @param self the manifest's own name, when known, to refuse a module that needs itself
   */
  RequirementList(String section, Optional<ModuleName> self, Problems problems) {
    this.section = section;
    this.self = self;
    this.problems = problems;
  }

  void read(ConfEntry entry) {
    String kind = entry.key().toLowerCase(Locale.ROOT);
    String value = entry.value();
    SourceLocation location = entry.location();
    if (!Kinds.isValid(kind)) {
      problems.error(location, "invalid-kind", "invalid kind '" + quote(entry.key()) + "' in ["
          + section + "]: a kind is a lower-case word such as 'module' or 'timing'");
      return;
    }
    if (value.isEmpty()) {
      problems.error(location, "empty-value", "empty value for '" + kind + "' in [" + section + "]");
      return;
    }
    Optional<String> name = name(kind, value, location);
    if (name.isEmpty()) {
      return;
    }
    Requirement requirement = new Requirement(kind, name.get());
    SourceLocation first = seen.putIfAbsent(ManifestSyntax.identity(kind, name.get()), location);
    if (first != null) {
      problems.warning(location, "duplicate-use", "'" + quote(requirement.toString())
          + "' is listed twice in [" + section + "], first at " + first);
      return;
    }
    requirements.add(requirement);
    locations.add(location);
  }

  /** The name the line needs, in the form the model keeps, or empty after reporting why not. */
  private Optional<String> name(String kind, String value, SourceLocation location) {
    if (kind.equals(Kinds.MODULE)) {
      Optional<String> problem = ModuleName.problem(value);
      if (problem.isPresent()) {
        problems.error(location, "invalid-module-name", problem.get());
        return Optional.empty();
      }
      ModuleName module = ModuleName.of(value);
      if (self.isPresent() && self.get().equals(module)) {
        problems.error(location, "self-dependency",
            "module '" + module + "' lists itself in [" + section + "]");
        return Optional.empty();
      }
      return Optional.of(module.toString());
    }
    if (kind.equals(Kinds.SERVICE)) {
      // A service is named by its kind, and kinds, like every key, are case-insensitive.
      String service = value.toLowerCase(Locale.ROOT);
      if (!Kinds.isService(service)) {
        problems.error(location, "invalid-service", "'service=" + quote(value)
            + "' names no service kind: expected a lower-case word other than module,"
            + " application, function, realtime or service");
        return Optional.empty();
      }
      return Optional.of(service);
    }
    return Optional.of(value);
  }

  List<Requirement> requirements() {
    return requirements;
  }

  List<SourceLocation> locations() {
    return locations;
  }
}
