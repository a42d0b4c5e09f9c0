package org.loaderlab.engine.generate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.loaderlab.engine.catalog.Checksum;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Generates the manifests of a whole Asterisk source tree, or of one source file.
 *
 * <ol>
 *   <li>In each module folder ({@link #MODULE_FOLDERS}), every {@code .c} file that has a
 *       MODULEINFO block or an {@code AST_MODULE_INFO} is a module, named by its file.
 *   <li>A multi-file module's other sources are the {@code .c} files of a sub-folder named like
 *       it ({@code res/res_pjsip/}) and those its folder's Makefile adds with {@code MOD_ADD_C}
 *       ({@code channels/sip/*.c} for {@code chan_sip}); their DOCUMENTATION adds to its provides.
 *   <li>Every {@code main/*.c} with an {@code AST_MODULE_INFO} is one of the core's built-in
 *       modules, named by its {@code #define AST_MODULE}: an embedded module, without binary.
 *   <li>With a binaries folder, a module's checksum is the md5 of {@code name.so} there.
 * </ol>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SourceTreeGenerator {

  /** Asterisk's module folders, as its top-level Makefile lists MOD_SUBDIRS. */
  public static final List<String> MODULE_FOLDERS = List.of(
      "addons", "apps", "bridges", "cdr", "cel", "channels", "codecs", "formats", "funcs", "pbx", "res", "tests");

  /** More sources than any Asterisk tree (~1,000 in module folders) by two orders of magnitude. */
  public static final int SOURCES_MAX = 100_000;

  private static final String CORE_FOLDER = "main";
  private static final int READ_CHUNK_BYTES = 64 * 1024;

  private final SourceScanner scanner;
  private final ManifestGenerator generator;

  public SourceTreeGenerator(GeneratorLimits limits) {
    Objects.requireNonNull(limits, "limits");
    this.scanner = new SourceScanner(limits);
    this.generator = new ManifestGenerator(limits);
  }

  public SourceTreeGenerator() {
    this(GeneratorLimits.DEFAULTS);
  }

  /** The manifests of every module of the tree at {@code root}. */
  public Generation generateTree(Path root, Optional<Path> binaries) {
    Run run = new Run(binaries);
    if (!Files.isDirectory(root)) {
      run.problems.add(Diagnostic.error(SourceLocation.wholeFile(root.toString()), "not-a-folder",
          "source tree not found or not a folder"));
      return run.result(root.toString());
    }
    try {
      for (String folder : MODULE_FOLDERS) {
        Path path = root.resolve(folder);
        if (Files.isDirectory(path)) {
          run.moduleFolder(path);
        }
      }
      Path core = root.resolve(CORE_FOLDER);
      if (Files.isDirectory(core)) {
        run.coreFolder(core);
      }
    } catch (IOException e) {
      run.problems.add(Diagnostic.error(SourceLocation.wholeFile(root.toString()), "tree-unreadable",
          "cannot read the source tree: " + e.getMessage()));
    }
    return run.result(root.toString());
  }

  /** The manifest of the module whose main source is {@code source} (a multi-file module's extras are not looked for). */
  public Generation generateFile(Path source, Optional<Path> binaries) {
    Run run = new Run(binaries);
    run.module(source, List.of(), false);
    if (run.modules.isEmpty() && run.problems.isEmpty()) {
      run.problems.add(Diagnostic.error(SourceLocation.wholeFile(source.toString()), "not-a-module",
          "no MODULEINFO block and no AST_MODULE_INFO: this source is not a module"));
    }
    return run.result(source.toString());
  }

  /** The state of one generation. */
  private final class Run {
    private final Optional<Path> binaries;
    private final Map<ModuleName, GeneratedModule> modules = new TreeMap<>();
    private final List<Diagnostic> problems = new ArrayList<>();
    private int sourceCount;

    Run(Optional<Path> binaries) {
      this.binaries = binaries;
    }

    Generation result(String source) {
      return new Generation(source, List.copyOf(modules.values()), problems);
    }

    void moduleFolder(Path folder) throws IOException {
      Map<ModuleName, List<String>> makefile = MakefileModules.read(folder);
      for (Path source : sources(folder)) {
        String base = baseName(source);
        List<Path> extras = new ArrayList<>(sourcesIfFolder(folder.resolve(base)));
        Optional<ModuleName> name = ModuleName.parse(base);
        if (name.isPresent()) {
          for (String pattern : makefile.getOrDefault(name.get(), List.of())) {
            extras.addAll(matching(folder, pattern));
          }
        }
        module(source, extras.stream().distinct().sorted().toList(), false);
      }
    }

    void coreFolder(Path folder) throws IOException {
      for (Path source : sources(folder)) {
        module(source, List.of(), true);
      }
    }

    void module(Path source, List<Path> extraSources, boolean embedded) {
      Parsed<SourceFacts> main = scan(source);
      if (main.value().isEmpty() || !main.orElseThrow().isModule()) {
        return;
      }
      SourceFacts facts = main.orElseThrow();
      String rawName = facts.astModuleDefine().map(Located::value).orElse(baseName(source));
      Optional<ModuleName> name = ModuleName.parse(rawName);
      if (name.isEmpty()) {
        problems.add(Diagnostic.error(SourceLocation.wholeFile(source.toString()), "invalid-module-name",
            ModuleName.problem(rawName).orElseThrow()));
        return;
      }
      List<SourceFacts> extras = new ArrayList<>();
      for (Path extra : extraSources) {
        scan(extra).value().ifPresent(extras::add);
      }
      Optional<Checksum> checksum = embedded ? Optional.empty() : checksum(name.get());
      Parsed<Manifest> manifest = generator.generate(name.get(), facts, extras, checksum);
      problems.addAll(manifest.diagnostics());
      manifest.value().ifPresent(m -> add(new GeneratedModule(m, source.toString(), embedded), source));
    }

    private void add(GeneratedModule module, Path source) {
      GeneratedModule earlier = modules.putIfAbsent(module.manifest().name(), module);
      if (earlier != null) {
        problems.add(Diagnostic.error(SourceLocation.wholeFile(source.toString()), "duplicate-module",
            "module '" + module.manifest().name() + "' is also generated from " + earlier.mainSource()));
      }
    }

    private Parsed<SourceFacts> scan(Path source) {
      if (++sourceCount > SOURCES_MAX) {
        Diagnostic tooMany = Diagnostic.error(SourceLocation.wholeFile(source.toString()), "too-many-sources",
            "more than " + SOURCES_MAX + " sources: this and later sources were not read");
        if (sourceCount == SOURCES_MAX + 1) {
          problems.add(tooMany);
        }
        return Parsed.failed(List.of(tooMany));
      }
      Parsed<SourceFacts> facts = scanner.scan(source);
      problems.addAll(facts.diagnostics());
      return facts;
    }

    private Optional<Checksum> checksum(ModuleName name) {
      if (binaries.isEmpty()) {
        return Optional.empty();
      }
      Path binary = binaries.get().resolve(name.binaryFileName());
      if (!Files.isRegularFile(binary)) {
        return Optional.empty();
      }
      MessageDigest digest = Checksum.digest(Checksum.Algorithm.MD5);
      try (InputStream in = Files.newInputStream(binary)) {
        byte[] buffer = new byte[READ_CHUNK_BYTES];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          digest.update(buffer, 0, read);
        }
      } catch (IOException e) {
        problems.add(Diagnostic.error(SourceLocation.wholeFile(binary.toString()), "binary-unreadable",
            "cannot read binary: " + e.getMessage()));
        return Optional.empty();
      }
      return Optional.of(new Checksum(Checksum.Algorithm.MD5, HexFormat.of().formatHex(digest.digest())));
    }
  }

  /** The {@code .c} files directly in {@code folder}, sorted (listing order is unspecified). */
  private static List<Path> sources(Path folder) throws IOException {
    List<Path> sources = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.c")) {
      for (Path source : stream) {
        if (Files.isRegularFile(source)) {
          sources.add(source);
        }
      }
    }
    sources.sort(null);
    return sources;
  }

  private static List<Path> sourcesIfFolder(Path folder) {
    try {
      return Files.isDirectory(folder) ? sources(folder) : List.of();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** The files under {@code folder} that a Makefile pattern such as {@code sip/*.c} names. */
  private static List<Path> matching(Path folder, String pattern) throws IOException {
    int slash = pattern.lastIndexOf('/');
    Path directory = slash < 0 ? folder : folder.resolve(pattern.substring(0, slash));
    if (!Files.isDirectory(directory) || !directory.normalize().startsWith(folder.normalize())) {
      return List.of();
    }
    FileSystem fs = folder.getFileSystem();
    PathMatcher matcher = fs.getPathMatcher("glob:" + pattern.substring(slash + 1));
    List<Path> matched = new ArrayList<>();
    for (Path source : sources(directory)) {
      if (matcher.matches(source.getFileName())) {
        matched.add(source);
      }
    }
    return matched;
  }

  private static String baseName(Path source) {
    String file = source.getFileName().toString();
    return file.endsWith(".c") ? file.substring(0, file.length() - 2) : file;
  }
}
