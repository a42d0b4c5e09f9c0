package org.loaderlab.engine.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.check.CheckReport;
import org.loaderlab.engine.check.ManifestCheck;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.conf.ConfParser;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.ManifestGen;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.property.Gen;
import org.loaderlab.property.Gens;
import org.loaderlab.property.Property;
import org.loaderlab.property.Tape;

/**
 * Goal: no input, however hostile, makes a parser throw; each answers with a value or with
 * errors, and every problem points at a line the file has. Method: random bytes, and valid
 * manifests damaged by a chain of mutations (lines inserted from a list of nasty ones, deleted,
 * duplicated, swapped, truncated, bytes flipped), written to a Jimfs file and fed to every
 * parser and to {@code manifest check}.
 */
class HostileInputPropertyTest {

  private static final FileSystem FS = Jimfs.newFileSystem(Configuration.unix());
  private static final Path FOLDER = FS.getPath("/modules");
  private static final Path FILE = FOLDER.resolve("fuzz.manifest");

  private static final List<String> NASTY_LINES = List.of(
      "[module]", "[uses]", "[provides]", "[canuse]", "[", "]", "[x](!)", "[y](nope)", "[module](+)",
      "name=", "=", "=>", "name", ";--", "--;", ";-- open", "\\;", "#include fuzz.manifest",
      "#include ../../etc/passwd", "#tryinclude nothing", "#exec rm -rf /", "#", "timing=x:99999999999",
      "timing=x:-1", "module=../x", "module=fuzz", "service=module", "application=A:5", "load_priority=",
      "checksum=zz", "${", "$[", "exten => s,1,Set(${X(", "same => n,Dial(", "autoload=maybe",
      "extensions.conf => ", "type=channel", "\uFFFF", "é=ü", "a".repeat(9000), "\r", "\t=\t", "key = ;");

  @AfterAll
  static void close() throws IOException {
    FS.close();
  }

  @Test
  void randomBytes_neverThrow() {
    Property.forAll(Gens.bytes(0, 3000)).tries(300).check(HostileInputPropertyTest::feedEveryParser);
  }

  @Test
  void damagedManifests_neverThrow() {
    Gen<byte[]> damaged = ManifestGen.manifests().map(ManifestWriter::write)
        .flatMap(text -> tape -> damage(text, tape));
    Property.forAll(damaged).tries(500).check(HostileInputPropertyTest::feedEveryParser);
  }

  /** Applies up to 8 mutations, each chosen from the tape, and returns the bytes. */
  private static byte[] damage(String text, Tape tape) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    int mutations = tape.choose(9);
    for (int m = 0; m < mutations; m++) {
      int at = tape.choose(lines.size() + 1);
      switch (tape.choose(5)) {
        case 0 -> lines.add(at, NASTY_LINES.get(tape.choose(NASTY_LINES.size())));
        case 1 -> { if (at < lines.size() && lines.size() > 1) lines.remove(at); }
        case 2 -> { if (at < lines.size()) lines.add(at, lines.get(at)); }
        case 3 -> { if (at + 1 < lines.size()) lines.add(at + 1, lines.remove(at)); }
        default -> { if (at < lines.size()) lines.set(at, lines.get(at).substring(0, tape.choose(lines.get(at).length() + 1))); }
      }
    }
    byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0 && tape.choose(4) == 0) {
      bytes[tape.choose(bytes.length)] = (byte) (tape.choose(256) - 128);
    }
    return bytes;
  }

  private static void feedEveryParser(byte[] bytes) throws IOException {
    Files.createDirectories(FOLDER);
    Files.write(FILE, bytes);
    int lineCount = new String(bytes, StandardCharsets.ISO_8859_1).split("\n", -1).length;
    List<Function<Path, Parsed<?>>> parsers = List.of(
        new ConfParser()::parse, new ManifestParser()::parse, new ModulesConfParser()::parse,
        new ExtConfigParser()::parse, new DialplanParser()::parse);
    for (Function<Path, Parsed<?>> parser : parsers) {
      Parsed<?> parsed = parser.apply(FILE);
      assertThat(parsed.value().isPresent() || parsed.hasErrors()).isTrue();
      assertPointsIntoFile(parsed.diagnostics(), lineCount);
    }
    CheckReport report = new ManifestCheck().check(FOLDER);
    assertPointsIntoFile(report.diagnostics(), lineCount);
  }

  private static void assertPointsIntoFile(List<Diagnostic> diagnostics, int lineCount) {
    for (Diagnostic d : diagnostics) {
      assertThat(d.location().line()).as(d.toString()).isBetween(0, lineCount);
    }
  }
}
