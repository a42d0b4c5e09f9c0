package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Makes one set of module facts out of a source's two declarations, MODULEINFO and
 * AST_MODULE_INFO, which today's Asterisk keeps apart and which may disagree.
 *
 * <ul>
 *   <li>Dependencies: the union, MODULEINFO's {@code <use>} first, then the macro's
 *       {@code .requires}, since leaving one out can crash a load and an extra one only loads a
 *       module early. When both declarations list modules and a module is in one list only,
 *       that is a warning naming both places. A declaration that lists no module at all is
 *       silent, not in disagreement (today's MODULEINFO rarely lists run-time modules), and the
 *       macro requiring a module MODULEINFO {@code <depend>}s on agrees (the build insists too).
 *   <li>Optional modules ({@code .optional_modules}): kept, unless the module is used, in which
 *       case used wins, with a warning when MODULEINFO is the one that says used.
 *   <li>Support level and load priority: MODULEINFO's, the declaration the seed makes
 *       authoritative; the macro's when MODULEINFO does not say; a warning at the overridden
 *       value when both say and differ.
 *   <li>export_globals: yes if either says so, since MODULEINFO can only say yes
 *       ({@code <export_globals/>}) and a missing flag is the macro's boilerplate, not a no.
 * </ul>
 */
final class DeclarationMerger {

  /** The merged facts, not yet checked against what a manifest can carry. */
  record Merged(
      SupportLevel supportLevel,
      LoadPriority loadPriority,
      boolean exportGlobals,
      Optional<Boolean> defaultEnabled,
      Optional<Located<String>> description,
      List<Located<Requirement>> uses,
      List<Located<Requirement>> canUse) {}

  private final Findings findings;

  DeclarationMerger(Findings findings) {
    this.findings = findings;
  }

  Merged merge(Optional<ModuleDeclaration> info, Optional<ModuleDeclaration> macro) {
    assert info.isPresent() || macro.isPresent() : "only a module is merged";
    SupportLevel supportLevel = pick("support level", info, macro, ModuleDeclaration::supportLevel,
        SupportLevel::configName).orElse(SupportLevel.UNKNOWN);
    LoadPriority loadPriority = pick("load priority", info, macro, ModuleDeclaration::loadPriority,
        LoadPriority::configName).orElse(LoadPriority.DEFAULT);
    boolean exportGlobals = says(info, ModuleDeclaration::exportGlobals) || says(macro, ModuleDeclaration::exportGlobals);
    Optional<Boolean> defaultEnabled = info.flatMap(ModuleDeclaration::defaultEnabled).map(Located::value);
    Optional<Located<String>> description = macro.flatMap(ModuleDeclaration::description);
    if (info.isPresent() && macro.isPresent()) {
      compareUses(info.get(), macro.get());
    }
    // Today's loader reads .optional_modules and treats the module as optional; menuselect's
    // <use> meant "can use" too. Promoting it to required would refuse loads that work today.
    Map<String, SourceLocation> optionalInMacro = macro.map(m -> identities(m.canUse())).orElse(Map.of());
    List<Located<Requirement>> uses = new ArrayList<>();
    info.ifPresent(declaration -> declaration.uses().stream()
        .filter(use -> !optionalInMacro.containsKey(identity(use.value())))
        .forEach(uses::add));
    macro.ifPresent(declaration -> uses.addAll(declaration.uses()));
    List<Located<Requirement>> canUse = macro.map(ModuleDeclaration::canUse).orElse(List.of());
    return new Merged(supportLevel, loadPriority, exportGlobals, defaultEnabled, description, uses, canUse);
  }

  private static boolean says(Optional<ModuleDeclaration> declaration,
      Function<ModuleDeclaration, Optional<Located<Boolean>>> getter) {
    return declaration.flatMap(getter).map(Located::value).orElse(false);
  }

  private <T> Optional<T> pick(String field, Optional<ModuleDeclaration> info, Optional<ModuleDeclaration> macro,
      Function<ModuleDeclaration, Optional<Located<T>>> getter, Function<T, String> spell) {
    Optional<Located<T>> kept = info.flatMap(getter);
    Optional<Located<T>> overridden = macro.flatMap(getter);
    if (kept.isPresent() && overridden.isPresent() && !kept.get().value().equals(overridden.get().value())) {
      String chosen = spell.apply(kept.get().value());
      findings.add(Diagnostic.warning(overridden.get().location(), "value-disagreement", field + " '"
          + spell.apply(overridden.get().value()) + "' in AST_MODULE_INFO (" + overridden.get().location()
          + ") differs from '" + chosen + "' in MODULEINFO (" + kept.get().location() + "); using '" + chosen + "'"));
    }
    return kept.or(() -> overridden).map(Located::value);
  }

  private void compareUses(ModuleDeclaration info, ModuleDeclaration macro) {
    Map<String, SourceLocation> required = identities(macro.uses());
    Map<String, SourceLocation> optional = identities(macro.canUse());
    Map<String, SourceLocation> declared = identities(info.uses());
    for (Located<String> depend : info.buildDepends()) {
      declared.putIfAbsent(moduleIdentity(depend.value()), depend.location());
    }
    boolean bothList = !macro.uses().isEmpty()
        && info.uses().stream().anyMatch(use -> use.value().kind().equals(Kinds.MODULE));
    for (Located<Requirement> use : info.uses()) {
      String identity = identity(use.value());
      if (!use.value().kind().equals(Kinds.MODULE) || required.containsKey(identity)) {
        continue;
      }
      SourceLocation optionalAt = optional.get(identity);
      if (optionalAt != null) {
        findings.add(Diagnostic.warning(optionalAt, "uses-disagreement", "module '" + use.value().name()
            + "' is optional in AST_MODULE_INFO (" + optionalAt + ") but used in MODULEINFO (" + use.location()
            + "); it is kept optional, in [canuse], as today's loader treats it"));
      } else if (bothList) {
        findings.add(Diagnostic.warning(use.location(), "uses-disagreement", "module '" + use.value().name()
            + "' is used in MODULEINFO (" + use.location() + ") but not required by AST_MODULE_INFO ("
            + macro.location() + "); it is kept"));
      }
    }
    for (Located<Requirement> use : macro.uses()) {
      if (bothList && !declared.containsKey(identity(use.value()))) {
        findings.add(Diagnostic.warning(use.location(), "uses-disagreement", "module '" + use.value().name()
            + "' is required by AST_MODULE_INFO (" + use.location() + ") but not used in MODULEINFO ("
            + info.location() + "); it is kept"));
      }
    }
  }

  /** Identity to first location; a map only looked up, never iterated. */
  private static Map<String, SourceLocation> identities(List<Located<Requirement>> requirements) {
    Map<String, SourceLocation> identities = new HashMap<>();
    for (Located<Requirement> requirement : requirements) {
      identities.putIfAbsent(identity(requirement.value()), requirement.location());
    }
    return identities;
  }

  /** What makes two requirements the same line of a manifest: kind, and name in any case ({@code .so} dropped for modules). */
  static String identity(Requirement requirement) {
    return requirement.kind().equals(Kinds.MODULE) ? moduleIdentity(requirement.name())
        : requirement.kind() + "=" + requirement.name().strip().toLowerCase(Locale.ROOT);
  }

  private static String moduleIdentity(String name) {
    String canonical = ModuleName.parse(name).map(ModuleName::canonical).orElse(name.strip().toLowerCase(Locale.ROOT));
    return Kinds.MODULE + "=" + canonical;
  }
}
