package org.loaderlab.engine.generate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.loaderlab.engine.catalog.Checksum;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Builds a module's {@link Manifest} from the facts of its sources.
 *
 * <ol>
 *   <li>The main source must be a module ({@link SourceFacts#isModule()}); otherwise an error.
 *   <li>Its MODULEINFO and AST_MODULE_INFO are merged ({@link DeclarationMerger}: union of
 *       dependencies, MODULEINFO's single values, warnings naming both places).
 *   <li>What it provides is the main source's provisions, then each extra source's, in order;
 *       an extra source's own MODULEINFO or AST_MODULE_INFO is ignored with a warning.
 *   <li>Every list is deduplicated (kind, and name in any case) in source order; module names
 *       lose a {@code .so}; a module that is used is not also optional.
 *   <li>Each entry a manifest file cannot carry exactly ({@link ManifestWriter#problem}) is left
 *       out with a warning, so the result is always writable.
 * </ol>
 *
 * <p>The diagnostics of {@link #generate(ModuleName, SourceFacts, List, Optional)} concern the
 * merge only; the scanner's own diagnostics are the caller's to keep. {@link #generate(Path)}
 * returns both.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ManifestGenerator {

  private final GeneratorLimits limits;
  private final SourceScanner scanner;

  public ManifestGenerator(GeneratorLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.scanner = new SourceScanner(limits);
  }

  public ManifestGenerator() {
    this(GeneratorLimits.DEFAULTS);
  }

  /**
   * The manifest of module {@code name}.
   *
   * @param main the source that declares the module
   * @param extras further sources of a multi-file module, whose DOCUMENTATION and registration
   *     structs add to what it provides; potentially empty
   * @param checksum of the module binary, when one is built
   */
  public Parsed<Manifest> generate(ModuleName name, SourceFacts main, List<SourceFacts> extras, Optional<Checksum> checksum) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(main, "main");
    Objects.requireNonNull(extras, "extras");
    Objects.requireNonNull(checksum, "checksum");
    Findings findings = new Findings(main.file(), limits.diagnosticsMax());
    if (!main.isModule()) {
      findings.error(0, "not-a-module", "source has neither a MODULEINFO block nor AST_MODULE_INFO, so it"
          + " declares no module");
      return Parsed.failed(findings.list());
    }
    DeclarationMerger.Merged merged = new DeclarationMerger(findings).merge(main.moduleInfo(), main.moduleMacro());
    List<Located<Provision>> provided = new ArrayList<>(main.provides());
    for (SourceFacts extra : extras) {
      extra.moduleInfo().ifPresent(declaration -> ignoredInExtra(name, declaration, findings));
      extra.moduleMacro().ifPresent(declaration -> ignoredInExtra(name, declaration, findings));
      provided.addAll(extra.provides());
    }
    WritableEntries entries = new WritableEntries(name, findings);
    // Filled by uses and then read by canUse: a module that is used is not also optional.
    Set<String> used = new HashSet<>();
    List<Requirement> uses = entries.uses(merged.uses(), used);
    List<Requirement> canUse = entries.canUse(merged.canUse(), used);
    List<Provision> provides = entries.provisions(provided);
    Optional<String> description = merged.description().flatMap(entries::description);
    Manifest manifest = new Manifest(name, checksum.map(Checksum::toString), merged.supportLevel(),
        merged.defaultEnabled(), merged.exportGlobals(), merged.loadPriority(), List.of(), description, uses,
        canUse, provides);
    Optional<String> problem = ManifestWriter.problem(manifest);
    if (problem.isPresent()) {
      // Every entry passed alone; together they can still exceed the size of a manifest file.
      findings.error(0, "manifest-unwritable", "the generated manifest cannot be written: " + problem.get());
      return Parsed.failed(findings.list());
    }
    return Parsed.of(manifest, findings.list());
  }

  /**
   * Convenience for one source file: scans it, names the module by its
   * {@code #define AST_MODULE} or else by its file name without extension, and generates with
   * no extra sources and no checksum. The scanner's diagnostics come first-class with the result.
   */
  public Parsed<Manifest> generate(Path source) {
    Objects.requireNonNull(source, "source");
    Parsed<SourceFacts> scanned = scanner.scan(source);
    if (scanned.value().isEmpty()) {
      return Parsed.failed(scanned.diagnostics());
    }
    SourceFacts facts = scanned.orElseThrow();
    String raw = facts.astModuleDefine().map(Located::value).orElseGet(() -> baseName(source));
    Optional<String> problem = ModuleName.problem(raw);
    if (problem.isPresent()) {
      List<Diagnostic> all = new ArrayList<>(scanned.diagnostics());
      all.add(Diagnostic.error(SourceLocation.wholeFile(facts.file()), "invalid-module-name",
          "cannot name the module '" + Text.quote(raw) + "': " + problem.get()));
      return Parsed.failed(all);
    }
    Parsed<Manifest> generated = generate(ModuleName.of(raw), facts, List.of(), Optional.empty());
    List<Diagnostic> all = new ArrayList<>(scanned.diagnostics());
    all.addAll(generated.diagnostics());
    all.sort(Comparator.comparing(Diagnostic::location));
    return new Parsed<>(generated.value(), all);
  }

  private static void ignoredInExtra(ModuleName name, ModuleDeclaration declaration, Findings findings) {
    findings.add(Diagnostic.warning(declaration.location(), "extra-declaration", declaration.origin().label()
        + " in an extra source of module '" + name + "' is ignored: only the main source declares the module"));
  }

  private static String baseName(Path source) {
    Path fileName = source.getFileName();
    String name = fileName == null ? "" : fileName.toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
