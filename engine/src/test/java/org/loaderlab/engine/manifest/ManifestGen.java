package org.loaderlab.engine.manifest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.loaderlab.property.Gen;
import org.loaderlab.property.Gens;

/**
 * Generators of valid manifests for properties: every field, every kind, and the characters a
 * writer must escape ({@code ;}, {@code ;--}, {@code =}, a leading {@code >}, {@code [},
 * {@code #}, backslashes, non-ASCII), within the rules {@link ManifestWriter#problem} states.
 */
public final class ManifestGen {

  private static final String NAME_CHARS = "abcxyzABCXYZ019_";
  /** Free text: what descriptions, config names and application names may hold. */
  private static final String TEXT_CHARS = "aZ09 _-;=>[]#\\\"'(),.:/\té€ü";
  private static final String HEX = "0123456789abcdef";
  private static final List<String> SERVICE_KINDS = List.of("timing", "codec", "bridge_tech");

  private ManifestGen() {}

  static Gen<ModuleName> moduleNames() {
    return Gens.strings(NAME_CHARS, 1, 12).map(ModuleName::of);
  }

  /** Non-empty, equal to its own strip(), and not ending in ':digits' (which reads as a priority). */
  static Gen<String> text() {
    return Gens.strings(TEXT_CHARS, 1, 14)
        .map(String::strip)
        .filter(s -> !s.isEmpty() && !s.matches(".*:\\d+"), "non-blank text without a trailing :digits");
  }

  static Gen<Optional<String>> checksums() {
    Gen<String> md5 = Gens.strings(HEX, 32, 32);
    Gen<String> sha256 = Gens.strings(HEX, 64, 64).map(hex -> "sha256:" + hex);
    return Gens.optionals(Gens.oneOf(md5, sha256));
  }

  static Gen<Requirement> requirements() {
    return Gens.oneOf(
        moduleNames().map(Requirement::module),
        text().map(name -> new Requirement(Kinds.APPLICATION, name)),
        text().map(name -> new Requirement(Kinds.FUNCTION, name)),
        text().map(name -> new Requirement(Kinds.REALTIME, name)),
        Gens.elements(SERVICE_KINDS).map(kind -> new Requirement(Kinds.SERVICE, kind)));
  }

  static Gen<Provision> provisions() {
    return Gens.oneOf(
        text().map(name -> Provision.of(Kinds.APPLICATION, name)),
        text().map(name -> Provision.of(Kinds.FUNCTION, name)),
        text().map(name -> Provision.of(Kinds.REALTIME, name)),
        Gens.elements(SERVICE_KINDS).flatMap(kind -> text().flatMap(name -> Gens.ints(0, Provision.PRIORITY_MAX)
            .map(priority -> new Provision(kind, name, OptionalInt.of(priority))))));
  }

  public static Gen<Manifest> manifests() {
    return tape -> {
      ModuleName name = moduleNames().generate(tape);
      return new Manifest(
          name,
          checksums().generate(tape),
          Gens.elements(List.of(SupportLevel.values())).generate(tape),
          Gens.optionals(Gens.booleans()).generate(tape),
          Gens.booleans().generate(tape),
          Gens.elements(List.of(LoadPriority.values())).generate(tape),
          Gens.lists(text(), 0, 3).generate(tape),
          Gens.optionals(text()).generate(tape),
          distinctRequirements(Gens.lists(requirements(), 0, 6).generate(tape), name),
          distinctRequirements(Gens.lists(requirements(), 0, 3).generate(tape), name),
          distinctProvisions(Gens.lists(provisions(), 0, 6).generate(tape)));
    };
  }

  /** A module never needs itself, and lists each need once (names compared ignoring case). */
  private static List<Requirement> distinctRequirements(List<Requirement> drawn, ModuleName self) {
    TreeSet<String> seen = new TreeSet<>();
    List<Requirement> kept = new ArrayList<>();
    for (Requirement requirement : drawn) {
      boolean isSelf = requirement.kind().equals(Kinds.MODULE) && ModuleName.of(requirement.name()).equals(self);
      if (!isSelf && seen.add(requirement.kind() + "=" + requirement.name().toLowerCase(Locale.ROOT))) {
        kept.add(requirement);
      }
    }
    return kept;
  }

  private static List<Provision> distinctProvisions(List<Provision> drawn) {
    TreeSet<String> seen = new TreeSet<>();
    return drawn.stream()
        .filter(p -> seen.add(p.kind() + "=" + p.name().toLowerCase(Locale.ROOT)))
        .toList();
  }
}
