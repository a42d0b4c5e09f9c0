package org.loaderlab.engine.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Parsed;
import org.xml.sax.EntityResolver;

/**
 * Reads a module's C source as a stream and keeps what it says about the module, as
 * {@link SourceFacts}.
 *
 * <ol>
 *   <li>Decode UTF-8 (malformed bytes become U+FFFD: a Latin-1 author name in a comment must
 *       not stop a build) and cut lines at {@link GeneratorLimits#lineCharsMax()}.
 *   <li>Lex C: comments, string and character literals and preprocessor directives are told
 *       apart, so {@code AST_MODULE_INFO} in a comment or string is not a declaration.
 *   <li>Parse each {@code /*** MODULEINFO} and {@code /*** DOCUMENTATION} block with a
 *       hardened SAX parser (no DOCTYPE, no external entities, no XInclude), each element's
 *       line mapped to its file line.
 *   <li>Read {@code AST_MODULE_INFO(...)}, {@code #define AST_MODULE "x"}, and the realtime and
 *       timing structs from bounded token windows.
 * </ol>
 *
 * <p>Memory stays bounded whatever the file's size: a line, a block and a declaration window
 * are each capped by {@link GeneratorLimits}. A source with neither MODULEINFO nor
 * AST_MODULE_INFO is a quiet outcome ({@link SourceFacts#isModule()} false), not an error. The
 * value is absent only when the source cannot be read.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SourceScanner {

  private final GeneratorLimits limits;
  private final HardenedXml xml;

  public SourceScanner(GeneratorLimits limits) {
    this(limits, HardenedXml.REFUSE_ALL);
  }

  public SourceScanner() {
    this(GeneratorLimits.DEFAULTS);
  }

  /** With another entity resolver, for tests that prove the parser never consults it. */
  SourceScanner(GeneratorLimits limits, EntityResolver resolver) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.xml = new HardenedXml(resolver);
  }

  /** Scans the source at {@code source}, read as a stream. */
  public Parsed<SourceFacts> scan(Path source) {
    Objects.requireNonNull(source, "source");
    String file = source.toString();
    try (InputStream in = Files.newInputStream(source)) {
      return scan(file, in);
    } catch (NoSuchFileException e) {
      return unreadable(file, "source-not-found", "source file not found");
    } catch (IOException e) {
      return unreadable(file, "source-unreadable", "cannot read source: " + e.getMessage());
    }
  }

  /**
   * Scans {@code in} to its end, in bounded memory; {@code file} names the source in every
   * location. The stream is not closed.
   */
  public Parsed<SourceFacts> scan(String file, InputStream in) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(in, "in");
    Findings findings = new Findings(file, limits.diagnosticsMax());
    List<StructRecognizer> structs = List.of(new RealtimeEngineRecognizer(), new TimingInterfaceRecognizer());
    ScanSession session = new ScanSession(limits, xml, findings, structs);
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    try {
      new LineSplitter(limits.lineCharsMax(), findings).split(reader, session::line);
    } catch (IOException e) {
      findings.error(0, "source-unreadable", "cannot read source: " + e.getMessage());
      return Parsed.failed(findings.list());
    }
    return Parsed.of(session.finish(), findings.list());
  }

  private static Parsed<SourceFacts> unreadable(String file, String code, String message) {
    Findings findings = new Findings(file, 1);
    findings.error(0, code, message);
    return Parsed.failed(findings.list());
  }
}
