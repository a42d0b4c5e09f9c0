package org.loaderlab.engine.manifest;

import static org.loaderlab.engine.manifest.ManifestSyntax.quote;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a {@link Manifest} can be written so that {@link ManifestParser} reads back the same
 * value with no diagnostic at all. The model accepts more than a file can say (a name with a
 * line break, a service provider without a priority); this is the exact difference, checked
 * with the rules the parser itself uses ({@link ManifestSyntax}).
 */
final class Writability {

  private Writability() {}

  /** The first reason {@code manifest} cannot be written faithfully, or empty. */
  static Optional<String> problem(Manifest manifest) {
    Optional<String> checksum = manifest.checksum().flatMap(Writability::checksumProblem);
    if (checksum.isPresent()) {
      return checksum;
    }
    for (String config : manifest.configs()) {
      Optional<String> problem = textProblem("config", config);
      if (problem.isPresent()) {
        return problem;
      }
    }
    Optional<String> description = manifest.description().flatMap(text -> textProblem("description", text));
    if (description.isPresent()) {
      return description;
    }
    Optional<String> uses = requirementsProblem(ManifestSyntax.SECTION_USES, manifest.name(), manifest.uses());
    if (uses.isPresent()) {
      return uses;
    }
    Optional<String> canUse = requirementsProblem(ManifestSyntax.SECTION_CANUSE, manifest.name(), manifest.canUse());
    if (canUse.isPresent()) {
      return canUse;
    }
    return provisionsProblem(manifest.provides());
  }

  private static Optional<String> checksumProblem(String checksum) {
    if (ManifestSyntax.normalizeChecksum(checksum).filter(checksum::equals).isPresent()) {
      return Optional.empty();
    }
    return Optional.of("checksum '" + quote(checksum) + "' is not in canonical form: 'sha256:' and"
        + " 64 lower-case hex digits, or 32 lower-case hex digits");
  }

  private static Optional<String> textProblem(String what, String value) {
    return ManifestSyntax.textProblem(value).map(why -> what + " '" + quote(value) + "' " + why);
  }

  private static Optional<String> requirementsProblem(String section, ModuleName self, List<Requirement> requirements) {
    // A set only answers "seen before?"; it is never iterated.
    Set<String> seen = new HashSet<>();
    for (Requirement requirement : requirements) {
      String line = "[" + section + "] '" + quote(requirement.toString()) + "': ";
      Optional<String> problem = requirementProblem(self, requirement).map(why -> line + why);
      if (problem.isPresent()) {
        return problem;
      }
      if (!seen.add(ManifestSyntax.identity(requirement.kind(), requirement.name()))) {
        return Optional.of(line + "listed twice (names compare in any case)");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> requirementProblem(ModuleName self, Requirement requirement) {
    String name = requirement.name();
    if (requirement.kind().equals(Kinds.MODULE)) {
      Optional<ModuleName> module = ModuleName.parse(name);
      if (module.isEmpty() || !module.get().toString().equals(name)) {
        return Optional.of("not a module name in canonical form ([A-Za-z0-9_]+, no '.so')");
      }
      if (module.get().equals(self)) {
        return Optional.of("a module cannot use itself");
      }
      return Optional.empty();
    }
    if (requirement.kind().equals(Kinds.SERVICE) && !Kinds.isService(name)) {
      return Optional.of("not a service kind (a lower-case word such as 'timing')");
    }
    return ManifestSyntax.textProblem(name).map(why -> "name " + why);
  }

  private static Optional<String> provisionsProblem(List<Provision> provisions) {
    Set<String> seen = new HashSet<>();
    for (Provision provision : provisions) {
      String line = "[provides] '" + quote(provision.toString()) + "': ";
      Optional<String> problem = provisionProblem(provision).map(why -> line + why);
      if (problem.isPresent()) {
        return problem;
      }
      if (!seen.add(ManifestSyntax.identity(provision.kind(), provision.name()))) {
        return Optional.of(line + "listed twice (names compare in any case)");
      }
    }
    return Optional.empty();
  }

  private static Optional<String> provisionProblem(Provision provision) {
    String kind = provision.kind();
    if (kind.equals(Kinds.MODULE) || kind.equals(Kinds.SERVICE)) {
      return Optional.of("'" + kind + "' is not a kind a module provides");
    }
    Optional<String> text = ManifestSyntax.textProblem(provision.name()).map(why -> "name " + why);
    if (text.isPresent()) {
      return text;
    }
    if (Kinds.isService(kind)) {
      int priority = provision.priority().orElse(-1);
      if (priority < 0 || priority > Provision.PRIORITY_MAX) {
        return Optional.of("a service provider needs a priority from 0 to " + Provision.PRIORITY_MAX);
      }
      return Optional.empty();
    }
    if (provision.priority().isPresent()) {
      return Optional.of("only service kinds take a priority");
    }
    if (ManifestSyntax.endsWithPriority(provision.name())) {
      return Optional.of("name ends in ':digits', which would read back as a priority");
    }
    return Optional.empty();
  }
}
