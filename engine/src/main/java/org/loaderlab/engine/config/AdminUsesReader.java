package org.loaderlab.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.conf.ConfSection;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Reads one {@code [uses]} section of {@code modules.conf}: {@code user=target} lines, where
 * {@code type=kind} sets the kind of the targets that follow. Every section starts with
 * {@code type=module} implied, so a repeated {@code [uses]} does not inherit the kind its
 * predecessor ended with.
 *
 * <p>The kinds are those a manifest's {@code [uses]} allows: module, application, function,
 * realtime and service. After an unknown {@code type=} the following lines are skipped until the
 * next valid one: reading them as any kind would be a guess, and the error already names the line.
 */
final class AdminUsesReader {

  static final List<String> KINDS =
      List.of(Kinds.MODULE, Kinds.APPLICATION, Kinds.FUNCTION, Kinds.REALTIME, Kinds.SERVICE);

  private AdminUsesReader() {}

  static List<AdminUse> read(ConfSection section, Problems problems) {
    List<AdminUse> uses = new ArrayList<>();
    String kind = Kinds.MODULE;
    for (ConfEntry entry : section.entries()) {
      if (entry.key().equalsIgnoreCase("type")) {
        kind = kind(entry, problems);
      } else if (kind != null) {
        use(entry, kind, problems).ifPresent(uses::add);
      }
    }
    return uses;
  }

  /** The kind {@code type=} names, or null after reporting an unknown one. */
  private static String kind(ConfEntry entry, Problems problems) {
    String kind = entry.value().strip().toLowerCase(Locale.ROOT);
    if (KINDS.contains(kind)) {
      return kind;
    }
    problems.add(Diagnostic.error(entry.location(), "unknown-type", "unknown type '" + entry.value()
        + "' in [uses]: expected module, application, function, realtime or service"));
    return null;
  }

  private static Optional<AdminUse> use(ConfEntry entry, String kind, Problems problems) {
    Optional<String> userProblem = ModuleName.problem(entry.key());
    if (userProblem.isPresent()) {
      problems.add(Diagnostic.error(entry.location(), "invalid-module-name", userProblem.get()));
      return Optional.empty();
    }
    ModuleName user = ModuleName.of(entry.key());
    Optional<Requirement> target = target(entry, kind, problems);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    if (target.get().equals(Requirement.module(user))) {
      problems.add(Diagnostic.error(entry.location(), "self-use", "'" + user + "' uses itself"));
      return Optional.empty();
    }
    return Optional.of(new AdminUse(user, target.get(), entry.location()));
  }

  private static Optional<Requirement> target(ConfEntry entry, String kind, Problems problems) {
    String value = entry.value().strip();
    if (kind.equals(Kinds.MODULE)) {
      Optional<String> problem = ModuleName.problem(value);
      if (problem.isPresent()) {
        problems.add(Diagnostic.error(entry.location(), "invalid-module-name", problem.get()));
        return Optional.empty();
      }
      return Optional.of(Requirement.module(ModuleName.of(value)));
    }
    Optional<String> problem = Names.problem(kind, value);
    if (problem.isPresent()) {
      problems.add(Diagnostic.error(entry.location(), "invalid-name", problem.get()));
      return Optional.empty();
    }
    return Optional.of(new Requirement(kind, value));
  }
}
