package org.loaderlab.engine.conf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * Goal: the Asterisk config syntax layer reads sections, templates, entries, comments and
 * includes as config.c does (or, where we are stricter, refuses with a located diagnostic), and
 * stays bounded on hostile input. Method: small texts through {@code parseText}; files in an
 * in-memory Unix file system for includes and size limits:
 *
 * <pre>
 * /etc/asterisk/
 *   modules.conf        (per test)
 *   sub/part.conf       (per test: includes are relative to the including file)
 * </pre>
 *
 * Every test asserts exact codes, messages and lines.
 */
class ConfParserTest {

  private final ConfParser parser = new ConfParser();
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path etc = fs.getPath("/etc/asterisk");

  @AfterEach
  void closeFileSystem() throws IOException {
    fs.close();
  }

  private ConfDocument clean(String text) {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", text);
    assertThat(parsed.diagnostics()).isEmpty();
    return parsed.orElseThrow();
  }

  private Path write(String relative, String text) throws IOException {
    Path file = etc.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    return file;
  }

  private static Tuple problem(String file, int line, String code, String message) {
    return tuple(new SourceLocation(file, line), code, message);
  }

  private static List<Tuple> problems(Parsed<?> parsed) {
    return parsed.diagnostics().stream()
        .map(d -> tuple(d.location(), d.code(), d.message()))
        .toList();
  }

  private static List<Tuple> entries(ConfSection section) {
    return section.entries().stream()
        .map(e -> tuple(e.key(), e.value(), e.location().line()))
        .toList();
  }

  // --- sections and entries ---------------------------------------------------------------

  @Test
  void parse_sectionsAndEntries_keepFileOrderAndLines() {
    ConfDocument document = clean("[general]\nautoload = yes\n\n[modules]\nload=chan_sip\n");
    assertThat(document.file()).isEqualTo("t.conf");
    assertThat(document.sections()).extracting(ConfSection::name, s -> s.location().line())
        .containsExactly(tuple("general", 1), tuple("modules", 4));
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("autoload", "yes", 2));
    assertThat(entries(document.sections().get(1))).containsExactly(tuple("load", "chan_sip", 5));
  }

  @Test
  void parse_arrowEntry_isMarkedAndKeepsLine() {
    ConfEntry entry = clean("[test]\nexten => s,1,Gosub(mymacro,s,1(test))\n")
        .sections().get(0).entries().get(0);
    assertThat(entry.key()).isEqualTo("exten");
    assertThat(entry.value()).isEqualTo("s,1,Gosub(mymacro,s,1(test))");
    assertThat(entry.arrow()).isTrue();
    assertThat(entry.location()).isEqualTo(new SourceLocation("t.conf", 2));
  }

  @Test
  void parse_plainEntry_isNotArrow() {
    ConfEntry entry = clean("[s]\nkey=value\n").sections().get(0).entries().get(0);
    assertThat(entry.arrow()).isFalse();
  }

  @Test
  void parse_valueWithEquals_splitsAtFirstEquals() {
    ConfEntry entry = clean("[s]\na = b=c => d\n").sections().get(0).entries().get(0);
    assertThat(entry.key()).isEqualTo("a");
    assertThat(entry.value()).isEqualTo("b=c => d");
  }

  @Test
  void parse_emptyValue_allowed() {
    assertThat(entries(clean("[s]\nkey=\n").sections().get(0))).containsExactly(tuple("key", "", 2));
  }

  @Test
  void parse_repeatedKeys_keptInOrder() {
    ConfSection section = clean("[modules]\nload=a\nnoload=b\nLOAD=c\n").sections().get(0);
    assertThat(section.entries("load")).extracting(ConfEntry::value).containsExactly("a", "c");
  }

  @Test
  void parse_repeatedSectionName_keepsBothInOrder() {
    ConfDocument document = clean("[a]\nx=1\n[b]\n[A]\nx=2\n");
    assertThat(document.sections("a")).extracting(s -> s.location().line()).containsExactly(1, 4);
  }

  @Test
  void parse_whitespaceAroundEverything_trimmed() {
    ConfDocument document = clean("  [ spaced ]  \n\t key \t=>\t value \t\n");
    assertThat(document.sections().get(0).name()).isEqualTo("spaced");
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("key", "value", 2));
  }

  // --- templates and append ---------------------------------------------------------------

  @Test
  void parse_templateFlag_marksSection() {
    ConfSection template = clean("[base](!)\na=1\n").sections().get(0);
    assertThat(template.template()).isTrue();
    assertThat(template.templates()).isEmpty();
  }

  @Test
  void parse_inheritedEntries_comeFirstWithOriginalLocations() {
    ConfDocument document = clean("[base](!)\na=1\nb=2\n[real](base)\nc=3\n");
    ConfSection real = document.sections().get(1);
    assertThat(real.template()).isFalse();
    assertThat(real.templates()).containsExactly("base");
    assertThat(entries(real)).containsExactly(tuple("a", "1", 2), tuple("b", "2", 3), tuple("c", "3", 5));
  }

  @Test
  void parse_severalTemplates_inheritInHeaderOrder() {
    ConfDocument document = clean("[t1](!)\na=1\n[t2](!)\nb=2\n[real](t2, t1)\n");
    assertThat(entries(document.sections().get(2))).containsExactly(tuple("b", "2", 4), tuple("a", "1", 2));
  }

  @Test
  void parse_templateOfTemplate_passesEntriesDown() {
    ConfDocument document = clean("[t1](!)\na=1\n[t2](!,t1)\nb=2\n[real](t2)\n");
    ConfSection t2 = document.sections().get(1);
    assertThat(t2.template()).isTrue();
    assertThat(entries(document.sections().get(2))).containsExactly(tuple("a", "1", 2), tuple("b", "2", 4));
  }

  @Test
  void parse_unknownTemplate_reportedSectionKept() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[real](nope)\nc=3\n");
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 1, "unknown-template",
        "section [real] inherits from [nope], which is not defined above it"));
    assertThat(entries(parsed.orElseThrow().sections().get(0))).containsExactly(tuple("c", "3", 2));
  }

  @Test
  void parse_templateDefinedBelow_isUnknown() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[real](base)\n[base](!)\na=1\n");
    assertThat(parsed.diagnostics()).extracting(Diagnostic::code).containsExactly("unknown-template");
  }

  @Test
  void parse_append_addsToLastSectionOfThatName() {
    ConfDocument document = clean("[a]\nx=1\n[b]\ny=2\n[a](+)\nz=3\n");
    assertThat(document.sections()).extracting(ConfSection::name).containsExactly("a", "b");
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("x", "1", 2), tuple("z", "3", 6));
  }

  @Test
  void parse_appendWithoutSection_reportedAndItsEntriesDropped() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[b]\ny=2\n[a](+)\nz=3\n");
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 3, "append-without-section",
        "'(+)' appends to section [a], but there is no earlier [a]"));
    assertThat(entries(parsed.orElseThrow().sections().get(0))).containsExactly(tuple("y", "2", 2));
  }

  @Test
  void parse_emptyOption_reported() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[a](!,)\n");
    assertThat(problems(parsed)).containsExactly(
        problem("t.conf", 1, "empty-section-option", "empty option in section header"));
  }

  // --- comments ---------------------------------------------------------------------------

  @Test
  void parse_comments_removedFromEntriesAndHeaders() {
    ConfDocument document = clean("; top\n[a] ; header note\nkey=value ; why\n");
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("key", "value", 3));
  }

  @Test
  void parse_escapedSemicolon_keptInValue() {
    assertThat(entries(clean("[a]\ndescription=one\\; two ; note\n").sections().get(0)))
        .containsExactly(tuple("description", "one; two", 2));
  }

  @Test
  void parse_blockComment_hidesSectionsAndEntries() {
    ConfDocument document = clean("[a]\nx=1\n;--\n[hidden]\ny=2\n--;\nz=3\n");
    assertThat(document.sections()).extracting(ConfSection::name).containsExactly("a");
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("x", "1", 2), tuple("z", "3", 7));
  }

  @Test
  void parse_nestedBlockComment_endsAtMatchingCloser() {
    ConfDocument document = clean("[a]\n;-- outer\n;-- inner --;\nhidden=1\n--;\nseen=2\n");
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("seen", "2", 6));
  }

  @Test
  void parse_separatorLine_doesNotSwallowTheFile() {
    ConfDocument document = clean(";-----------------------\n[a]\nx=1\n;-----------------------\n");
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("x", "1", 3));
  }

  @Test
  void parse_unterminatedBlockComment_reportedAtOpeningLine() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[a]\nx=1\n;-- forgot\ny=2\nz=3\n");
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 3, "unterminated-comment",
        "block comment opened with ';--' is never closed with '--;'"));
    assertThat(entries(parsed.orElseThrow().sections().get(0))).containsExactly(tuple("x", "1", 2));
  }

  @Test
  void parse_commentNestingTooDeep_reportedAtEnd() {
    String text = "[a]\n" + ";--x".repeat(CommentStripper.NESTING_MAX + 1) + "\n"
        + "--;".repeat(CommentStripper.NESTING_MAX) + "\nx=1\n";
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", text);
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 4, "comment-nesting",
        "block comments nest deeper than 128"));
  }

  // --- malformed lines --------------------------------------------------------------------

  @Test
  void parse_entryBeforeAnySection_reported() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "stray=1\n[a]\nx=2\n");
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 1, "entry-outside-section",
        "entry 'stray' comes before any [section]"));
    assertThat(entries(parsed.orElseThrow().sections().get(0))).containsExactly(tuple("x", "2", 3));
  }

  @Test
  void parse_missingBracket_reportedAndEntriesNotFiledElsewhere() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[a]\nx=1\n[uses\ny=2\n[b]\nz=3\n");
    assertThat(problems(parsed)).containsExactly(
        problem("t.conf", 3, "unclosed-section", "section header has no closing ']'"));
    ConfDocument document = parsed.orElseThrow();
    assertThat(document.sections()).extracting(ConfSection::name).containsExactly("a", "b");
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("x", "1", 2));
    assertThat(entries(document.sections().get(1))).containsExactly(tuple("z", "3", 6));
  }

  @Test
  void parse_junkAfterHeader_reportedAndEntriesNotFiledElsewhere() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[uses]\nx=1\n[provides] junk\napplication=Dial\n");
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 3, "junk-after-section",
        "unexpected text after section header: 'junk'"));
    assertThat(entries(parsed.orElseThrow().sections().get(0))).containsExactly(tuple("x", "1", 2));
  }

  @Test
  void parse_badHeaderBeforeAnySection_dropsEntriesQuietly() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[]\nx=1\n");
    assertThat(problems(parsed)).containsExactly(
        problem("t.conf", 1, "empty-section-name", "section header has no name"));
    assertThat(parsed.orElseThrow().sections()).isEmpty();
  }

  @Test
  void parse_lineWithoutEquals_reported() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[a]\njust words\n");
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 2, "not-an-entry",
        "expected 'key = value' or 'key => value', found 'just words'"));
  }

  @Test
  void parse_longJunkLine_abbreviatedInMessage() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[a]\n" + "x".repeat(100) + "\n");
    assertThat(parsed.diagnostics().get(0).message())
        .isEqualTo("expected 'key = value' or 'key => value', found '" + "x".repeat(60) + "...'");
  }

  @Test
  void parse_emptyKey_reported() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[a]\n => value\n");
    assertThat(problems(parsed)).containsExactly(
        problem("t.conf", 2, "empty-key", "entry has no key before '=>'"));
  }

  @Test
  void parse_unknownDirective_reported() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "#define X 1\n");
    assertThat(problems(parsed)).containsExactly(
        problem("t.conf", 1, "unknown-directive", "unknown directive '#define'"));
  }

  @Test
  void parse_exec_refused() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "[a]\n#exec /bin/rm -rf /\n");
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 2, "unknown-directive",
        "#exec is not supported: loading modules must never run a command"));
  }

  @Test
  void parse_manyBadLines_stopsWithTooManyErrors() {
    ConfParser strict = new ConfParser(new ConfLimits(1024 * 1024, 8192, 10, 3));
    Parsed<ConfDocument> parsed = strict.parseText("t.conf", "[a]\nw1\nw2\nw3\nw4\nw5\n");
    assertThat(parsed.diagnostics()).extracting(d -> d.location().line(), Diagnostic::code)
        .containsExactly(tuple(2, "not-an-entry"), tuple(3, "not-an-entry"), tuple(4, "not-an-entry"),
            tuple(4, "too-many-errors"));
    assertThat(parsed.diagnostics().get(3).message()).isEqualTo("too many errors, the rest of the file was not read");
  }

  // --- bytes: line ends, encodings, limits ------------------------------------------------

  @Test
  void parse_crlf_readLikeLf() {
    ConfDocument document = clean("[a]\r\nx = 1\r\ny=>2\r\n");
    assertThat(entries(document.sections().get(0))).containsExactly(tuple("x", "1", 2), tuple("y", "2", 3));
  }

  @Test
  void parse_byteOrderMark_ignored() {
    ConfDocument document = clean("\uFEFF[a]\nx=1\n");
    assertThat(document.sections()).extracting(ConfSection::name).containsExactly("a");
  }

  @Test
  void parse_noFinalNewline_lastLineRead() {
    assertThat(entries(clean("[a]\nx=1").sections().get(0))).containsExactly(tuple("x", "1", 2));
  }

  @Test
  void parse_emptyText_emptyDocument() {
    assertThat(clean("").sections()).isEmpty();
  }

  @Test
  void parse_utf8Values_kept() {
    assertThat(entries(clean("[a]\ndescription=Café ☎ 😀\n").sections().get(0)))
        .containsExactly(tuple("description", "Café ☎ 😀", 2));
  }

  @Test
  void parse_invalidUtf8_lineBlankedOthersRead() throws IOException {
    Path file = etc.resolve("bad.conf");
    Files.createDirectories(etc);
    byte[] bad = {(byte) 0xC3, (byte) 0x28};
    Files.write(file, concat("[a]\nx=1\ny=".getBytes(UTF_8), bad, "\nz=3\n".getBytes(UTF_8)));
    Parsed<ConfDocument> parsed = parser.parse(file);
    assertThat(problems(parsed)).containsExactly(
        problem("/etc/asterisk/bad.conf", 3, "invalid-utf8", "line is not valid UTF-8"));
    assertThat(entries(parsed.orElseThrow().sections().get(0))).containsExactly(tuple("x", "1", 2), tuple("z", "3", 4));
  }

  @Test
  void parse_nulByte_refusesTheFileWithOneError() throws IOException {
    Files.createDirectories(etc);
    Path file = etc.resolve("nul.conf");
    Files.write(file, concat("[a]\nx=1".getBytes(UTF_8), new byte[] {0}, "\ny=2\n".getBytes(UTF_8)));
    Parsed<ConfDocument> parsed = parser.parse(file);
    assertThat(problems(parsed)).containsExactly(
        problem("/etc/asterisk/nul.conf", 2, "binary-data", "NUL byte: this is not a text file"));
    assertThat(parsed.value()).isEmpty();
  }

  @Test
  void parse_overLongLine_reportedOthersRead() {
    String text = "[a]\nx=" + "v".repeat(8191) + "\ny=2\n";
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", text);
    assertThat(problems(parsed)).containsExactly(
        problem("t.conf", 2, "line-too-long", "line is 8193 bytes long, the limit is 8192"));
    assertThat(entries(parsed.orElseThrow().sections().get(0))).containsExactly(tuple("y", "2", 3));
  }

  @Test
  void parse_lineAtLimit_accepted() {
    String text = "[a]\nx=" + "v".repeat(8190) + "\r\n";
    assertThat(entries(clean(text).sections().get(0))).hasSize(1);
  }

  @Test
  void parse_tenMegabytesOfGarbage_refusedBeforeReading() throws IOException {
    Files.createDirectories(etc);
    Path file = etc.resolve("garbage.conf");
    byte[] garbage = new byte[10 * 1024 * 1024];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (i * 31 + 7);
    }
    Files.write(file, garbage);
    Parsed<ConfDocument> parsed = parser.parse(file);
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(problem("/etc/asterisk/garbage.conf", 0, "file-too-large",
        "file is 10485760 bytes, the limit is 4194304 bytes"));
  }

  @Test
  void parseText_overSizeLimit_refused() {
    ConfParser small = new ConfParser(new ConfLimits(10, 8192, 10, 50));
    Parsed<ConfDocument> parsed = small.parseText("t.conf", "[a]\nx=12345\n");
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(
        problem("t.conf", 0, "file-too-large", "file is 12 bytes, the limit is 10 bytes"));
  }

  @Test
  void parse_binaryGarbageUnderLimit_givesShortReport() throws IOException {
    Files.createDirectories(etc);
    Path file = etc.resolve("noise.conf");
    byte[] noise = new byte[64 * 1024];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (i % 97 == 0 ? '\n' : 0x80 + i % 50);
    }
    Files.write(file, noise);
    Parsed<ConfDocument> parsed = parser.parse(file);
    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.diagnostics()).hasSize(51);
    assertThat(parsed.diagnostics().get(50).code()).isEqualTo("too-many-errors");
  }

  @Test
  void parse_missingFile_failsWithFileNotFound() {
    Parsed<ConfDocument> parsed = parser.parse(etc.resolve("absent.conf"));
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(
        problem("/etc/asterisk/absent.conf", 0, "file-not-found", "file not found"));
  }

  // --- includes ---------------------------------------------------------------------------

  @Test
  void include_isRelativeToIncludingFile() throws IOException {
    Path root = write("modules.conf", "[modules]\nload=a\n#include sub/part.conf\nload=d\n");
    write("sub/part.conf", "load=b\n#include \"deeper.conf\"\n");
    write("sub/deeper.conf", "load=c\n");
    Parsed<ConfDocument> parsed = parser.parse(root);
    assertThat(parsed.diagnostics()).isEmpty();
    ConfSection modules = parsed.orElseThrow().sections().get(0);
    assertThat(modules.entries()).extracting(ConfEntry::value, e -> e.location().toString())
        .containsExactly(
            tuple("a", "/etc/asterisk/modules.conf:2"),
            tuple("b", "/etc/asterisk/sub/part.conf:1"),
            tuple("c", "/etc/asterisk/sub/deeper.conf:1"),
            tuple("d", "/etc/asterisk/modules.conf:4"));
  }

  @Test
  void include_sectionsOpenedInsideContinueAfter() throws IOException {
    Path root = write("a.conf", "[one]\nx=1\n#include <b.conf>\ny=3\n");
    write("b.conf", "[two]\nz=2\n");
    ConfDocument document = parser.parse(root).orElseThrow();
    assertThat(document.sections()).extracting(ConfSection::name).containsExactly("one", "two");
    assertThat(document.sections().get(1).entries()).extracting(ConfEntry::key).containsExactly("z", "y");
  }

  @Test
  void include_missing_reportedAtIncludeLine() throws IOException {
    Path root = write("a.conf", "[a]\n#include missing.conf\n");
    Parsed<ConfDocument> parsed = parser.parse(root);
    assertThat(problems(parsed)).containsExactly(problem("/etc/asterisk/a.conf", 2, "include-not-found",
        "included file '/etc/asterisk/missing.conf' not found"));
  }

  @Test
  void tryinclude_missing_isSilent() throws IOException {
    Path root = write("a.conf", "[a]\n#tryinclude missing.conf\nx=1\n");
    Parsed<ConfDocument> parsed = parser.parse(root);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().sections().get(0).entries()).hasSize(1);
  }

  @Test
  void tryinclude_present_isRead() throws IOException {
    Path root = write("a.conf", "[a]\n#tryinclude b.conf\n");
    write("b.conf", "x=1\n");
    assertThat(parser.parse(root).orElseThrow().sections().get(0).entries()).hasSize(1);
  }

  @Test
  void include_itself_isACycle() throws IOException {
    Path root = write("a.conf", "[a]\n#include a.conf\nx=1\n");
    Parsed<ConfDocument> parsed = parser.parse(root);
    assertThat(problems(parsed)).containsExactly(problem("/etc/asterisk/a.conf", 2, "include-cycle",
        "'/etc/asterisk/a.conf' includes itself"));
    assertThat(parsed.orElseThrow().sections().get(0).entries()).hasSize(1);
  }

  @Test
  void include_indirectCycle_reportedWhereItCloses() throws IOException {
    Path root = write("a.conf", "[a]\n#include sub/b.conf\n");
    write("sub/b.conf", "x=1\n#include ../a.conf\n");
    Parsed<ConfDocument> parsed = parser.parse(root);
    assertThat(problems(parsed)).containsExactly(problem("/etc/asterisk/sub/b.conf", 2, "include-cycle",
        "'/etc/asterisk/sub/../a.conf' includes itself"));
  }

  @Test
  void include_sameFileTwiceInSequence_isNoCycle() throws IOException {
    Path root = write("a.conf", "[a]\n#include b.conf\n#include b.conf\n");
    write("b.conf", "x=1\n");
    Parsed<ConfDocument> parsed = parser.parse(root);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().sections().get(0).entries()).hasSize(2);
  }

  @Test
  void include_tooDeep_reportedAtTheIncludeThatGoesTooFar() throws IOException {
    ConfParser shallow = new ConfParser(new ConfLimits(1024 * 1024, 8192, 2, 50));
    Path root = write("d0.conf", "[a]\n#include d1.conf\n");
    write("d1.conf", "x=1\n#include d2.conf\n");
    write("d2.conf", "x=2\n#include d3.conf\n");
    write("d3.conf", "x=3\n");
    Parsed<ConfDocument> parsed = shallow.parse(root);
    assertThat(problems(parsed)).containsExactly(problem("/etc/asterisk/d2.conf", 2, "include-too-deep",
        "includes nest deeper than 2"));
    assertThat(parsed.orElseThrow().sections().get(0).entries()).extracting(ConfEntry::value)
        .containsExactly("1", "2");
  }

  @Test
  void include_withoutFileName_reported() throws IOException {
    Path root = write("a.conf", "#include\n");
    assertThat(problems(parser.parse(root))).containsExactly(
        problem("/etc/asterisk/a.conf", 1, "include-without-file", "#include names no file"));
  }

  @Test
  void include_inTextWithoutFile_refused() {
    Parsed<ConfDocument> parsed = parser.parseText("t.conf", "#include b.conf\n");
    assertThat(problems(parsed)).containsExactly(problem("t.conf", 1, "include-without-file",
        "#include cannot be resolved: this text has no file behind it"));
  }

  @Test
  void include_problemsInIncludedFile_carryItsName() throws IOException {
    Path root = write("a.conf", "[a]\n#include b.conf\n");
    write("b.conf", "x=1\nno equals here\n");
    assertThat(problems(parser.parse(root))).containsExactly(problem("/etc/asterisk/b.conf", 2, "not-an-entry",
        "expected 'key = value' or 'key => value', found 'no equals here'"));
  }

  @Test
  void include_blockCommentDoesNotLeakIntoIncludingFile() throws IOException {
    Path root = write("a.conf", "[a]\n#include b.conf\nx=1\n");
    write("b.conf", ";-- never closed\n");
    Parsed<ConfDocument> parsed = parser.parse(root);
    assertThat(problems(parsed)).containsExactly(problem("/etc/asterisk/b.conf", 1, "unterminated-comment",
        "block comment opened with ';--' is never closed with '--;'"));
    assertThat(parsed.orElseThrow().sections().get(0).entries()).hasSize(1);
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, offset, part.length);
      offset += part.length;
    }
    return all;
  }
}
