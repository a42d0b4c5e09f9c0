package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Keeps the entries of one module's lists that a manifest can carry: each entry is checked
 * alone, in a manifest holding only it, with {@link ManifestWriter#problem} (the writer's own
 * rules, not a copy), so one bad name is left out with its reason instead of making the whole
 * manifest unwritable. Lists come out in source order, repeats dropped (kind, and name in any
 * case), module names without {@code .so}.
 */
final class WritableEntries {

  private final ModuleName self;
  private final Findings findings;
  private final Manifest empty;

  WritableEntries(ModuleName self, Findings findings) {
    this.self = self;
    this.findings = findings;
    this.empty = Manifest.minimal(self);
  }

  /** The writable {@code [uses]} lines of {@code entries}; each identity kept is added to {@code seen}. */
  List<Requirement> uses(List<Located<Requirement>> entries, Set<String> seen) {
    return requirements(entries, seen, true);
  }

  /** The writable {@code [canuse]} lines of {@code entries}, skipping identities in {@code seen} (the used ones). */
  List<Requirement> canUse(List<Located<Requirement>> entries, Set<String> seen) {
    return requirements(entries, seen, false);
  }

  List<Provision> provisions(List<Located<Provision>> entries) {
    // Only asked "seen before?", never iterated.
    Set<String> seen = new HashSet<>();
    List<Provision> kept = new ArrayList<>();
    for (Located<Provision> entry : entries) {
      Provision provision = entry.value();
      String identity = provision.kind() + "=" + provision.name().toLowerCase(Locale.ROOT);
      if (seen.add(identity) && writable(with(List.of(), List.of(), List.of(provision)), entry.location())) {
        kept.add(provision);
      }
    }
    return kept;
  }

  Optional<String> description(Located<String> description) {
    Manifest probe = new Manifest(self, empty.checksum(), empty.supportLevel(), empty.defaultEnabled(),
        empty.exportGlobals(), empty.loadPriority(), List.of(), Optional.of(description.value()), List.of(),
        List.of(), List.of());
    return writable(probe, description.location()) ? Optional.of(description.value()) : Optional.empty();
  }

  private List<Requirement> requirements(List<Located<Requirement>> entries, Set<String> seen, boolean uses) {
    List<Requirement> kept = new ArrayList<>();
    for (Located<Requirement> entry : entries) {
      Requirement requirement = normalise(entry.value());
      if (!seen.add(DeclarationMerger.identity(requirement))) {
        continue;
      }
      if (isSelf(requirement)) {
        findings.add(Diagnostic.warning(entry.location(), "self-dependency", "module '" + self
            + "' lists itself as a dependency; it is left out"));
        continue;
      }
      List<Requirement> one = List.of(requirement);
      Manifest probe = uses ? with(one, List.of(), List.of()) : with(List.of(), one, List.of());
      if (writable(probe, entry.location())) {
        kept.add(requirement);
      }
    }
    return kept;
  }

  private boolean writable(Manifest probe, SourceLocation location) {
    Optional<String> problem = ManifestWriter.problem(probe);
    problem.ifPresent(why -> findings.add(Diagnostic.warning(location, "unwritable-entry", why + "; it is left out")));
    return problem.isEmpty();
  }

  private Manifest with(List<Requirement> uses, List<Requirement> canUse, List<Provision> provides) {
    return new Manifest(self, empty.checksum(), empty.supportLevel(), empty.defaultEnabled(), empty.exportGlobals(),
        empty.loadPriority(), List.of(), Optional.empty(), uses, canUse, provides);
  }

  private boolean isSelf(Requirement requirement) {
    return requirement.kind().equals(Kinds.MODULE) && ModuleName.parse(requirement.name()).filter(self::equals).isPresent();
  }

  private static Requirement normalise(Requirement requirement) {
    if (!requirement.kind().equals(Kinds.MODULE)) {
      return requirement;
    }
    return ModuleName.parse(requirement.name())
        .map(module -> new Requirement(Kinds.MODULE, module.toString()))
        .orElse(requirement);
  }
}
