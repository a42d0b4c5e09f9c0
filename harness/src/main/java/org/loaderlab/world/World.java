package org.loaderlab.world;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryWriter;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * A module world in memory: an in-memory Unix file system (Jimfs) holding {@code /<name>/modules}
 * and {@code /<name>/etc}. The engine sees it only through the plain {@link Path}s
 * {@link #modulesFolder()} and {@link #etc()}.
 *
 * <p>A world is made in two moves: its files are copied (from a fixture folder) or written (from a
 * {@link WorldSpec}); then every file is read as the engine and the fake linker will read it. A
 * file that does not read (a broken manifest, a checksum that does not match, a broken
 * {@code .so} or config file) is a world error, with file and line, and no world is returned:
 * a simulation never starts on a world that is broken by accident. Warnings are kept.
 *
 * <p>Afterwards the world is the test's to change while the engine runs: install a module, edit a
 * manifest, replace a binary. Those writes are not checked; {@link #check()} says what the files
 * hold now. Diagnostics name the in-memory paths, {@code /office/modules/chan_pjsip.so:3}, which
 * mirror the fixture folder {@code fixtures/worlds/office/modules/chan_pjsip.so}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class World implements Closeable {

  private static final String MODULES = "modules";
  private static final String ETC = "etc";
  private static final int BLOCK_BYTES = 512;

  private final String name;
  private final FileSystem fileSystem;
  private final Path root;
  private final ConfLimits limits;

  private World(String name, FileSystem fileSystem, ConfLimits limits) {
    this.name = name;
    this.fileSystem = fileSystem;
    this.root = fileSystem.getPath("/" + name);
    this.limits = limits;
  }

  /** The world of fixture folder {@code folder} ({@code fixtures/worlds/<name>}), named after it. */
  public static Parsed<World> fromFolder(Path folder) {
    return fromFolder(folder, ConfLimits.DEFAULTS);
  }

  public static Parsed<World> fromFolder(Path folder, ConfLimits limits) {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(limits, "limits");
    SourceLocation where = SourceLocation.wholeFile(folder.toString());
    if (!Files.isDirectory(folder)) {
      return Parsed.failed(List.of(Diagnostic.error(where, "world-not-found", "world folder not found")));
    }
    String name = Optional.ofNullable(folder.toAbsolutePath().normalize().getFileName())
        .map(Path::toString).orElse("");
    Optional<String> badName = WorldNames.worldNameProblem(name);
    if (badName.isPresent()) {
      return Parsed.failed(List.of(Diagnostic.error(where, "invalid-world-name", badName.get())));
    }
    World world = empty(name, limits);
    List<Diagnostic> problems = new ArrayList<>();
    WorldCopy.copyFolder(folder.resolve(MODULES), world.modulesFolder(), limits, problems);
    WorldCopy.copyFolder(folder.resolve(ETC), world.etc(), limits, problems);
    return world.checked(problems);
  }

  /** The world {@code spec} writes. */
  public static Parsed<World> generate(WorldSpec spec) {
    return generate(spec, ConfLimits.DEFAULTS);
  }

  public static Parsed<World> generate(WorldSpec spec, ConfLimits limits) {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(limits, "limits");
    World world = empty(spec.name(), limits);
    for (Map.Entry<String, String> file : spec.moduleFiles().entrySet()) {
      world.writeModuleFile(file.getKey(), file.getValue());
    }
    for (Map.Entry<String, String> file : spec.etcFiles().entrySet()) {
      world.writeEtcFile(file.getKey(), file.getValue());
    }
    return world.checked(new ArrayList<>());
  }

  /**
   * A copy of this world's files as they are now, on a new file system, unchecked (they were
   * checked when this world was made, or are the test's own writes): for a run that writes to
   * its world while another run may read this one. For many copies, take a {@link WorldTemplate}.
   */
  public World copy() {
    return WorldTemplate.of(this).copy();
  }

  /**
   * A world with empty folders. Blocks of {@value #BLOCK_BYTES} bytes: a world's files are mostly a
   * few hundred bytes, and Jimfs's default 8 KiB blocks made each run's copy allocate 800 KB.
   */
  static World empty(String name, ConfLimits limits) {
    World world = new World(name, Jimfs.newFileSystem(Configuration.unix().toBuilder()
        .setFileTimeSource(new StepFileTimes()).setBlockSize(BLOCK_BYTES).build()), limits);
    try {
      Files.createDirectories(world.modulesFolder());
      Files.createDirectories(world.etc());
    } catch (IOException e) {
      world.close();
      throw new UncheckedIOException("cannot create the folders of world " + name, e);
    }
    return world;
  }

  private Parsed<World> checked(List<Diagnostic> copyProblems) {
    List<Diagnostic> problems = new ArrayList<>(copyProblems);
    problems.addAll(check());
    problems.sort(null);
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      close();
      return Parsed.failed(problems);
    }
    return Parsed.of(this, problems);
  }

  /** Every problem the world's files have now, sorted by file and line: the checks of its making, run again. */
  public List<Diagnostic> check() {
    return WorldCheck.check(modulesFolder(), etc(), limits);
  }

  public String name() {
    return name;
  }

  ConfLimits limits() {
    return limits;
  }

  public FileSystem fileSystem() {
    return fileSystem;
  }

  /** {@code /<name>}. */
  public Path root() {
    return root;
  }

  /** {@code /<name>/modules}: the manifests and binaries. */
  public Path modulesFolder() {
    return root.resolve(MODULES);
  }

  /** {@code /<name>/etc}: {@code modules.conf}, {@code extconfig.conf}, {@code extensions.conf}. */
  public Path etc() {
    return root.resolve(ETC);
  }

  public Path modulesConf() {
    return etc().resolve(WorldCheck.MODULES_CONF);
  }

  public Path extconfigConf() {
    return etc().resolve(WorldCheck.EXTCONFIG_CONF);
  }

  public Path extensionsConf() {
    return etc().resolve(WorldCheck.EXTENSIONS_CONF);
  }

  /** {@code modules/name.so}, whether or not it exists. */
  public Path binaryOf(ModuleName module) {
    return modulesFolder().resolve(module.binaryFileName());
  }

  /** {@code modules/name.manifest}, whether or not it exists. */
  public Path manifestOf(ModuleName module) {
    return modulesFolder().resolve(module.manifestFileName());
  }

  /**
   * Hot install: writes the binary, then the manifest with the binary's checksum (whatever
   * checksum it had), so the module is whole by the time its manifest can be found.
   */
  public void install(Manifest manifest, FakeBinary binary) {
    if (!manifest.name().equals(binary.name())) {
      throw new IllegalArgumentException("manifest " + manifest.name() + " paired with binary " + binary.name());
    }
    String binaryText = FakeBinaryWriter.write(binary);
    writeModuleFile(binary.fileName(), binaryText);
    writeManifest(WorldSpec.withChecksumOf(manifest, binaryText));
  }

  /** Writes {@code name.manifest} as the manifest says, checksum included: an edited manifest. */
  public void writeManifest(Manifest manifest) {
    writeModuleFile(manifest.name().manifestFileName(), ManifestWriter.write(manifest));
  }

  /** Writes {@code name.so} only: a replaced binary, whose manifest's checksum no longer matches unless equal. */
  public void writeBinary(FakeBinary binary) {
    writeModuleFile(binary.fileName(), FakeBinaryWriter.write(binary));
  }

  /** Writes any file of {@code modules/}, right or wrong. */
  public void writeModuleFile(String fileName, String text) {
    write(modulesFolder().resolve(WorldNames.requireFileName(fileName)), text);
  }

  /** Deletes a file of {@code modules/}; true if it existed. */
  public boolean deleteModuleFile(String fileName) {
    try {
      return Files.deleteIfExists(modulesFolder().resolve(WorldNames.requireFileName(fileName)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + fileName, e);
    }
  }

  /** Writes a file of {@code etc/}, right or wrong. */
  public void writeEtcFile(String fileName, String text) {
    write(etc().resolve(WorldNames.requireFileName(fileName)), text);
  }

  private static void write(Path file, String text) {
    Objects.requireNonNull(text, "text");
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** Discards the file system; the paths stop working. */
  @Override
  public void close() {
    try {
      fileSystem.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close world " + name, e);
    }
  }

  @Override
  public String toString() {
    return "World[" + name + "]";
  }
}
