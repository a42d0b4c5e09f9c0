package org.loaderlab.engine.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ManifestSource;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Finds the modules of a folder: every {@code name.manifest}, paired with {@code name.so} when
 * there is one.
 *
 * <ol>
 *   <li>List the folder, sorted by file name (listing order is unspecified on every file system).
 *   <li>Parse each manifest; its {@code name=} must match its file name.
 *   <li>A manifest without a binary is an embedded module; a binary without a manifest is an
 *       orphan, reported as an error because nothing can load it.
 *   <li>Optionally verify each binary against its manifest's checksum.
 * </ol>
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CatalogScanner {

  /** More files than any Asterisk build ships (~700) by two orders of magnitude; beyond it is not a modules folder. */
  public static final int FILES_MAX = 200_000;

  private static final String MANIFEST_SUFFIX = ".manifest";
  private static final String BINARY_SUFFIX = ".so";
  private static final int READ_CHUNK_BYTES = 64 * 1024;
  /**
   * Per thread, a read buffer and a digest per algorithm, reused binary after binary: a startup
   * verifies every binary, and a fresh chunk each time was most of a large startup's garbage.
   * Verifying never calls out, so a thread checks one binary at a time.
   */
  private static final ThreadLocal<Verifier> VERIFIERS = ThreadLocal.withInitial(Verifier::new);

  private static final class Verifier {
    final byte[] chunk = new byte[READ_CHUNK_BYTES];
    private final Map<Checksum.Algorithm, MessageDigest> digests = new EnumMap<>(Checksum.Algorithm.class);

    /** A fresh digest for {@code algorithm}: reset, since a failed read may have left it midway. */
    MessageDigest digest(Checksum.Algorithm algorithm) {
      MessageDigest digest = digests.computeIfAbsent(algorithm, Checksum::digest);
      digest.reset();
      return digest;
    }
  }

  private final ManifestParser parser;

  public CatalogScanner(ConfLimits limits) {
    this.parser = new ManifestParser(Objects.requireNonNull(limits, "limits"));
  }

  public CatalogScanner() {
    this(ConfLimits.DEFAULTS);
  }

  /** Whether {@link #scan} compares each binary with its manifest's checksum (reads every binary). */
  public enum Verify {
    CHECKSUMS,
    NOTHING
  }

  /** The catalog of {@code directory}; its value is absent only when the folder cannot be listed. */
  public Parsed<ModuleCatalog> scan(Path directory, Verify verify) {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<List<Listed>> files = list(directory, problems);
    if (files.isEmpty()) {
      return Parsed.failed(problems);
    }
    // Binaries are looked up by name; the few left over (orphans) are reported in name order.
    Map<String, Path> binaries = new HashMap<>();
    Map<ModuleName, Path> manifests = new TreeMap<>();
    for (Listed file : files.get()) {
      String fileName = file.name();
      if (fileName.endsWith(MANIFEST_SUFFIX)) {
        addManifest(file.path(), fileName.substring(0, fileName.length() - MANIFEST_SUFFIX.length()), manifests, problems);
      } else if (fileName.endsWith(BINARY_SUFFIX)) {
        binaries.put(fileName.substring(0, fileName.length() - BINARY_SUFFIX.length()), file.path());
      }
    }
    List<CatalogEntry> entries = new ArrayList<>(manifests.size());
    for (Map.Entry<ModuleName, Path> manifest : manifests.entrySet()) {
      Path binary = binaries.remove(manifest.getKey().toString());
      read(manifest.getKey(), manifest.getValue(), Optional.ofNullable(binary), verify, problems)
          .ifPresent(entries::add);
    }
    for (Path orphan : new TreeMap<>(binaries).values()) {
      problems.add(Diagnostic.error(SourceLocation.wholeFile(orphan.toString()), "orphan-binary",
          "binary has no manifest, so no loader can load it"));
    }
    return Parsed.of(new ModuleCatalog(directory.toString(), entries), problems);
  }

  /** An entry of the folder and its file name, taken once: sorting must not re-derive it per comparison. */
  private record Listed(String name, Path path) {}

  private Optional<List<Listed>> list(Path directory, List<Diagnostic> problems) {
    SourceLocation where = SourceLocation.wholeFile(directory.toString());
    List<Listed> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path file : stream) {
        if (files.size() >= FILES_MAX) {
          problems.add(Diagnostic.error(where, "too-many-files",
              "folder holds more than " + FILES_MAX + " files; is it really a modules folder?"));
          return Optional.empty();
        }
        // No stat per file (200,000 of them in a large catalog): something that is not a regular
        // file under a module's name fails when it is read, and is reported then.
        files.add(new Listed(file.getFileName().toString(), file));
      }
    } catch (NoSuchFileException e) {
      problems.add(Diagnostic.error(where, "folder-not-found", "modules folder not found"));
      return Optional.empty();
    } catch (NotDirectoryException e) {
      problems.add(Diagnostic.error(where, "not-a-folder", "not a folder"));
      return Optional.empty();
    } catch (IOException e) {
      problems.add(Diagnostic.error(where, "folder-unreadable", "cannot list folder: " + e.getMessage()));
      return Optional.empty();
    }
    files.sort(Comparator.comparing(Listed::name));
    return Optional.of(files);
  }

  private static void addManifest(Path file, String baseName, Map<ModuleName, Path> manifests, List<Diagnostic> problems) {
    SourceLocation where = SourceLocation.wholeFile(file.toString());
    Optional<String> invalid = ModuleName.problem(baseName);
    if (invalid.isPresent()) {
      problems.add(Diagnostic.error(where, "invalid-file-name", invalid.get()));
      return;
    }
    ModuleName name = ModuleName.of(baseName);
    Path earlier = manifests.putIfAbsent(name, file);
    if (earlier != null) {
      problems.add(Diagnostic.error(where, "duplicate-module",
          "module '" + name + "' is also defined by '" + earlier.getFileName()
              + "' (module names are case-insensitive)"));
    }
  }

  private Optional<CatalogEntry> read(ModuleName fileName, Path file, Optional<Path> binary, Verify verify,
      List<Diagnostic> problems) {
    Parsed<ManifestSource> parsed = parser.parse(file);
    problems.addAll(parsed.diagnostics());
    if (parsed.value().isEmpty()) {
      return Optional.empty();
    }
    ManifestSource source = parsed.orElseThrow();
    boolean valid = !parsed.hasErrors();
    if (!source.manifest().name().equals(fileName)) {
      problems.add(Diagnostic.error(source.nameLocation(), "name-mismatch",
          "manifest says name=" + source.manifest().name() + " but its file is " + file.getFileName()));
      valid = false;
    }
    if (binary.isPresent() && verify == Verify.CHECKSUMS) {
      Optional<Diagnostic> mismatch = verifyChecksum(source, binary.get());
      mismatch.ifPresent(problems::add);
      valid &= mismatch.isEmpty() || !mismatch.get().isError();
    }
    if (binary.isEmpty() && source.manifest().checksum().isPresent()) {
      problems.add(Diagnostic.warning(source.checksumLocation(), "checksum-without-binary",
          "manifest has a checksum but there is no " + fileName.binaryFileName() + "; treated as embedded"));
    }
    return Optional.of(new CatalogEntry(fileName, source, binary, valid));
  }

  /**
   * Compares {@code binary} with the checksum of {@code source}, reading it in chunks so a binary
   * of any size is checked in bounded memory. Empty when they match.
   */
  public static Optional<Diagnostic> verifyChecksum(ManifestSource source, Path binary) {
    SourceLocation where = source.checksumLocation();
    Optional<String> written = source.manifest().checksum();
    if (written.isEmpty()) {
      return Optional.of(Diagnostic.warning(where, "no-checksum",
          "manifest has no checksum, so " + binary.getFileName() + " cannot be verified"));
    }
    Optional<Checksum> expected = Checksum.parse(written.get());
    if (expected.isEmpty()) {
      return Optional.empty(); // the parser already reported the malformed checksum
    }
    Verifier verifier = VERIFIERS.get();
    MessageDigest digest = verifier.digest(expected.get().algorithm());
    try (SeekableByteChannel channel = Files.newByteChannel(binary)) {
      ByteBuffer buffer = ByteBuffer.wrap(verifier.chunk);
      while (channel.read(buffer) >= 0) {
        buffer.flip();
        digest.update(buffer);
        buffer.clear();
      }
    } catch (IOException e) {
      return Optional.of(Diagnostic.error(where, "binary-unreadable",
          "cannot read " + binary.getFileName() + ": " + e.getMessage()));
    }
    Checksum actual = new Checksum(expected.get().algorithm(), HexFormat.of().formatHex(digest.digest()));
    if (actual.equals(expected.get())) {
      return Optional.empty();
    }
    return Optional.of(Diagnostic.error(where, "checksum-mismatch",
        "checksum " + expected.get() + " does not match " + binary.getFileName() + " (" + actual + ")"));
  }
}
