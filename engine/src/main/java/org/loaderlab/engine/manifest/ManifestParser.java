package org.loaderlab.engine.manifest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.conf.ConfParser;
import org.loaderlab.engine.diagnostic.Parsed;

/**
 * Reads {@code name.manifest} files: Asterisk config syntax with the sections {@code [module]},
 * {@code [uses]}, {@code [canuse]} and {@code [provides]}.
 *
 * <p>Rules, each broken rule a {@link org.loaderlab.engine.diagnostic.Diagnostic} with file,
 * line and a stable code:
 *
 * <ul>
 *   <li>Section names and keys are case-insensitive; {@code key=value} and {@code key => value}
 *       are alike. Template sections ({@code [x](!)}) only lend their entries to others.
 *   <li>{@code [module]}: {@code name}, {@code checksum} ({@code sha256:} and 64 hex digits, or 32
 *       hex digits of md5; kept in lower case), {@code support_level}, {@code defaultenabled}
 *       and {@code export_globals} ({@code yes}/{@code no}), {@code load_priority} (default
 *       {@code default}), {@code description} (kept as written), each at most once;
 *       {@code config}, any number of times. With {@link #parse(Path)}, a missing
 *       {@code name=} is taken from the file name {@code x.manifest}.
 *   <li>{@code [uses]} and {@code [canuse]}: {@code kind=name}; {@code module=} names are module
 *       names ({@code .so} dropped), {@code service=} names a service kind; a module may not
 *       list itself; a repeated line is a warning and is dropped.
 *   <li>{@code [provides]}: {@code kind=name} for {@code application}, {@code function} and
 *       {@code realtime}; {@code kind=name:priority} for any other kind, a service, with a
 *       priority from 0 to {@link Provision#PRIORITY_MAX} that must be given. {@code module=}
 *       and {@code service=} do not belong here.
 * </ul>
 *
 * <p>What this parser does not check, because it needs other files: whether the name matches
 * the file name, whether a used module exists, cycles. A bad line is reported and left out of
 * the manifest; the value is absent only when the file cannot be read, has no {@code [module]}
 * section, or gives the module no valid name.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ManifestParser {

  private final ConfLimits limits;
  private final ConfParser syntax;

  public ManifestParser(ConfLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.syntax = new ConfParser(limits);
  }

  public ManifestParser() {
    this(ConfLimits.DEFAULTS);
  }

  /** Parses the manifest at {@code file} (and anything it includes). */
  public Parsed<ManifestSource> parse(Path file) {
    Objects.requireNonNull(file, "file");
    Optional<String> fileName = Optional.ofNullable(file.getFileName()).map(Path::toString);
    return read(file.toString(), fileName, syntax.parse(file));
  }

  /**
   * Parses manifest text that has no file behind it; {@code file} only names it in diagnostics,
   * and so cannot supply a missing {@code name=}.
   */
  public Parsed<ManifestSource> parseText(String file, String text) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    return read(file, Optional.empty(), syntax.parseText(file, text));
  }

  private Parsed<ManifestSource> read(String file, Optional<String> fileName, Parsed<ConfDocument> document) {
    if (document.value().isEmpty()) {
      return Parsed.failed(document.diagnostics());
    }
    ManifestReader reader = new ManifestReader(file, fileName, document.diagnostics(), limits.diagnosticsMax());
    return reader.read(document.orElseThrow());
  }
}
