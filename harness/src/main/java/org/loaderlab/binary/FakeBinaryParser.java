package org.loaderlab.binary;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.conf.ConfParser;
import org.loaderlab.engine.diagnostic.Parsed;

/**
 * Reads fake {@code name.so} files (format in {@code fixtures/README.md}): Asterisk config syntax
 * with the sections {@code [module]}, {@code [registers]}, {@code [threadstorage]},
 * {@code [threads]}, {@code [optional_api]} and {@code [adversarial]}.
 *
 * <p>Section names and keys are case-insensitive; template sections only lend their entries. A
 * bad line is reported with file, line and a stable code, and left out; the value is absent only
 * when the file cannot be read, has no {@code [module]} section or no valid {@code name=}. With
 * {@link #parse(Path)}, the name must match the file name.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FakeBinaryParser {

  private final ConfLimits limits;
  private final ConfParser syntax;

  public FakeBinaryParser(ConfLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.syntax = new ConfParser(limits);
  }

  public FakeBinaryParser() {
    this(ConfLimits.DEFAULTS);
  }

  /** Parses the binary at {@code file}; its {@code name=} must match the file name {@code name.so}. */
  public Parsed<FakeBinary> parse(Path file) {
    Objects.requireNonNull(file, "file");
    Optional<String> fileName = Optional.ofNullable(file.getFileName()).map(Path::toString);
    return read(file.toString(), fileName, syntax.parse(file));
  }

  /** Parses binary text that has no file behind it; {@code file} only names it in diagnostics. */
  public Parsed<FakeBinary> parseText(String file, String text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    return read(file, Optional.empty(), syntax.parseText(file, text));
  }

  private Parsed<FakeBinary> read(String file, Optional<String> fileName, Parsed<ConfDocument> document) {
    if (document.value().isEmpty()) {
      return Parsed.failed(document.diagnostics());
    }
    Problems problems = new Problems(document.diagnostics(), limits.diagnosticsMax());
    return new BinaryReader(file, fileName, problems).read(document.orElseThrow());
  }
}
