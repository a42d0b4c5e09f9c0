package org.loaderlab.engine.manifest;

import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_NAME;
import static org.loaderlab.engine.manifest.ManifestSyntax.SECTION_CANUSE;
import static org.loaderlab.engine.manifest.ManifestSyntax.SECTION_MODULE;
import static org.loaderlab.engine.manifest.ManifestSyntax.SECTION_PROVIDES;
import static org.loaderlab.engine.manifest.ManifestSyntax.SECTION_USES;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.conf.ConfSection;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * Turns one parsed config document into a {@link ManifestSource}: sections are read in file
 * order, so diagnostics come out in file order too.
 *
 * <ol>
 *   <li>Find the first {@code [module]} header; without one there is no manifest.
 *   <li>Settle the module's name up front (the first valid {@code name=}, else the one the file
 *       name implies), so {@code [uses]} can refuse a module that needs itself wherever the
 *       sections stand.
 *   <li>Read every non-template section; a template ({@code (!)}) only lends its entries.
 *   <li>Without a name there is nothing to build; otherwise build, errors or not.
 * </ol>
 */
final class ManifestReader {

  private final String file;
  private final Optional<String> fileName;
  private final Problems problems;

  /**
   * @param fileName the last element of the manifest's path, when it is a file; a name
   *     {@code x.manifest} implies {@code name=x}
   */
  ManifestReader(String file, Optional<String> fileName, List<Diagnostic> syntax, int problemsMax) {
    this.file = file;
    this.fileName = fileName;
    this.problems = new Problems(syntax, problemsMax);
  }

  Parsed<ManifestSource> read(ConfDocument document) {
    List<ConfSection> sections = document.sections().stream()
        .filter(section -> !section.template())
        .toList();
    Optional<ConfSection> header = sections.stream().filter(ManifestReader::isModule).findFirst();
    if (header.isEmpty()) {
      problems.error(SourceLocation.wholeFile(file), "missing-module-section", "no [module] section");
      return Parsed.failed(problems.all());
    }
    Optional<ModuleName> implied = impliedName();
    Optional<ModuleName> self = firstValidName(sections).or(() -> implied);
    ModuleFields fields = new ModuleFields(problems);
    RequirementList uses = new RequirementList(SECTION_USES, self, problems);
    RequirementList canUse = new RequirementList(SECTION_CANUSE, self, problems);
    ProvisionList provides = new ProvisionList(problems);
    for (ConfSection section : sections) {
      if (problems.full()) {
        break;
      }
      readSection(section, fields, uses, canUse, provides);
    }
    SourceLocation headerLocation = header.get().location();
    if (self.isEmpty()) {
      if (!fields.nameSeen()) {
        problems.error(headerLocation, "missing-name", fileName
            .map(name -> "[module] has no name=, and the file name '" + name + "' gives none")
            .orElse("[module] has no name="));
      }
      return Parsed.failed(problems.all());
    }
    Manifest manifest = fields.toManifest(self.get(), uses.requirements(), canUse.requirements(),
        provides.provisions());
    ManifestSource source = new ManifestSource(file, manifest,
        fields.nameLocation().orElse(headerLocation),
        fields.checksumLocation().orElse(headerLocation),
        uses.locations(), canUse.locations(), provides.locations());
    return Parsed.of(source, problems.all());
  }

  private void readSection(ConfSection section, ModuleFields fields, RequirementList uses,
      RequirementList canUse, ProvisionList provides) {
    String name = section.name().toLowerCase(Locale.ROOT);
    if (!isKnownSection(name)) {
      problems.error(section.location(), "unknown-section", "unknown section ["
          + ManifestSyntax.quote(section.name()) + "]: expected [module], [uses], [canuse] or [provides]");
      return;
    }
    for (ConfEntry entry : section.entries()) {
      if (problems.full()) {
        return;
      }
      switch (name) {
        case SECTION_MODULE:
          fields.read(entry);
          break;
        case SECTION_USES:
          uses.read(entry);
          break;
        case SECTION_CANUSE:
          canUse.read(entry);
          break;
        default:
          provides.read(entry);
          break;
      }
    }
  }

  private static boolean isKnownSection(String name) {
    return name.equals(SECTION_MODULE) || name.equals(SECTION_USES)
        || name.equals(SECTION_CANUSE) || name.equals(SECTION_PROVIDES);
  }

  private static boolean isModule(ConfSection section) {
    return section.name().equalsIgnoreCase(SECTION_MODULE);
  }

  /** The first {@code name=} line decides, as it does in {@link ModuleFields}: later ones are duplicates. */
  private static Optional<ModuleName> firstValidName(List<ConfSection> sections) {
    for (ConfSection section : sections) {
      if (isModule(section)) {
        for (ConfEntry entry : section.entries()) {
          if (entry.key().equalsIgnoreCase(KEY_NAME)) {
            return ModuleName.parse(entry.value());
          }
        }
      }
    }
    return Optional.empty();
  }

  private Optional<ModuleName> impliedName() {
    String suffix = ".manifest";
    return fileName
        .filter(name -> name.endsWith(suffix))
        .flatMap(name -> ModuleName.parse(name.substring(0, name.length() - suffix.length())));
  }
}
