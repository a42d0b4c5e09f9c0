package org.loaderlab.engine.config;

import org.loaderlab.engine.diagnostic.Located;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * Goal: every application and function a dialplan makes Asterisk use is found with its context,
 * extension and line, nothing that is not a use is reported as one, and every broken line is
 * reported with exact code, message and line. Method: the DESIGN.md example verbatim, then one
 * small dialplan per rule.
 */
class DialplanParserTest {

  private static final String FILE = "extensions.conf";

  private static Parsed<Dialplan> parse(String... lines) {
    return new DialplanParser().parseText(FILE, String.join("\n", lines));
  }

  private static SourceLocation at(int line) {
    return new SourceLocation(FILE, line);
  }

  private static DialplanUse application(String name, String context, String extension, int line) {
    return new DialplanUse("application", name, context, extension, at(line));
  }

  private static DialplanUse function(String name, String context, String extension, int line) {
    return new DialplanUse("function", name, context, extension, at(line));
  }

  @Test
  void parse_designExample_usesGosubInTestS() {
    // DESIGN.md, "The seed's lost examples": the extensions.conf half, verbatim.
    Parsed<Dialplan> parsed = parse("[test]", "exten => s,1,Gosub(mymacro,s,1(test))");

    assertThat(parsed.diagnostics()).isEmpty();
    Dialplan dialplan = parsed.orElseThrow();
    assertThat(dialplan.uses()).containsExactly(application("Gosub", "test", "s", 2));
    assertThat(dialplan.applications()).containsExactly("Gosub");
    assertThat(dialplan.functions()).isEmpty();
    assertThat(dialplan.contexts()).extracting(DialplanContext::name).containsExactly("test");
  }

  @Test
  void parse_functionsInArguments_nestedOnesIncluded() {
    Dialplan dialplan = parse(
        "[from-sip]",
        "exten => _X.,1,NoOp(${CHANNEL(name)})",
        "same => n,Set(PEER=${CUT(${CHANNEL(foo)},-,1)})").orElseThrow();

    assertThat(dialplan.uses()).containsExactly(
        function("CHANNEL", "from-sip", "_X.", 2),
        application("NoOp", "from-sip", "_X.", 2),
        function("CUT", "from-sip", "_X.", 3),
        function("CHANNEL", "from-sip", "_X.", 3),
        application("Set", "from-sip", "_X.", 3));
    assertThat(dialplan.functions()).containsExactly("CHANNEL", "CUT");
  }

  @Test
  void parse_functionsInExpressions_areFound() {
    Dialplan dialplan = parse(
        "[test]",
        "exten => s,1,GotoIf($[ ${LEN(${CALLERID(num)})} > 3 ]?long)",
        "same => n,ExecIf($[ FIELDQTY(x,-) > FLOOR(2.5) ]?Hangup())").orElseThrow();

    assertThat(dialplan.functions()).containsExactly("CALLERID", "FIELDQTY", "LEN");
    assertThat(dialplan.applications()).as("ExecIf's inner application cannot be known")
        .containsExactly("ExecIf", "GotoIf");
  }

  @Test
  void parse_applicationWithoutParens_isTheWholeBody() {
    Dialplan dialplan = parse("[test]", "exten => s,1,Answer", "exten => s,2,Hangup()").orElseThrow();

    assertThat(dialplan.uses()).containsExactly(
        application("Answer", "test", "s", 2), application("Hangup", "test", "s", 3));
  }

  @Test
  void parse_sameAndLabels_continueTheExtension() {
    Parsed<Dialplan> parsed = parse(
        "[test]",
        "exten => 100,1,Answer()",
        "same => n(menu),Background(welcome)",
        "same => n,WaitExten(5)",
        "exten => 100,menu+2,Playback(goodbye)");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().uses()).extracting(DialplanUse::name, DialplanUse::extension)
        .containsExactly(
            tuple("Answer", "100"),
            tuple("Background", "100"),
            tuple("WaitExten", "100"),
            tuple("Playback", "100"));
  }

  @Test
  void parse_hint_isNotAnApplicationButItsFunctionsAreUsed() {
    Parsed<Dialplan> parsed = parse(
        "[phones]",
        "exten => 100,hint,SIP/100",
        "exten => 101,hint,DAHDI/g0/${GLOBAL(TRUNK)}");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().uses()).containsExactly(function("GLOBAL", "phones", "101", 3));
    assertThat(parsed.orElseThrow().context("phones").orElseThrow().extensions())
        .extracting(Located::value).containsExactly("100", "101");
  }

  @Test
  void parse_setAndMSet_writeThroughFunctions() {
    Dialplan dialplan = parse(
        "[test]",
        "exten => s,1,Set(CDR(userfield)=${EXTEN})",
        "same => n,MSet(A=1,CALLERID(name)=Bob,__B=2)",
        "same => n,Set(PLAIN=1)").orElseThrow();

    assertThat(dialplan.uses()).containsExactly(
        application("Set", "test", "s", 2), function("CDR", "test", "s", 2),
        application("MSet", "test", "s", 3), function("CALLERID", "test", "s", 3),
        application("Set", "test", "s", 4));
  }

  @Test
  void parse_generalAndGlobals_areNotContextsButGlobalFunctionsAreUsed() {
    Parsed<Dialplan> parsed = parse(
        "[general]",
        "static=yes",
        "[globals]",
        "TRUNK=${ENV(TRUNK)}",
        "CDR(accountcode)=main",
        "[default]",
        "exten => s,1,Answer()");

    assertThat(parsed.diagnostics()).isEmpty();
    Dialplan dialplan = parsed.orElseThrow();
    assertThat(dialplan.contexts()).extracting(DialplanContext::name).containsExactly("default");
    assertThat(dialplan.uses()).containsExactly(
        function("ENV", "globals", "", 4),
        function("CDR", "globals", "", 5),
        application("Answer", "default", "s", 7));
  }

  @Test
  void parse_includeSwitchAndIgnorepat_areKeptWithTheirLines() {
    Parsed<Dialplan> parsed = parse(
        "[internal]",
        "include => outbound,09:00-17:00,mon-fri,*,*",
        "switch => Realtime/internal@extensions",
        "lswitch => Loopback/${CDR(x)}",
        "eswitch => IAX2/${GLOBAL(PEER)}/internal",
        "ignorepat => 9");

    assertThat(parsed.diagnostics()).isEmpty();
    DialplanContext internal = parsed.orElseThrow().context("INTERNAL").orElseThrow();
    assertThat(internal.includes()).containsExactly(new Located<>("outbound", at(2)));
    assertThat(internal.switches()).containsExactly(
        new Located<>("Realtime/internal@extensions", at(3)),
        new Located<>("Loopback/${CDR(x)}", at(4)),
        new Located<>("IAX2/${GLOBAL(PEER)}/internal", at(5)));
    assertThat(internal.ignorePatterns()).containsExactly(new Located<>("9", at(6)));
    assertThat(parsed.orElseThrow().uses()).as("lswitch is literal, eswitch is evaluated")
        .containsExactly(function("GLOBAL", "internal", "", 5));
  }

  @Test
  void parse_repeatedContext_isMergedAndTemplatesAreSkipped() {
    Dialplan dialplan = parse(
        "[common](!)",
        "exten => i,1,Playback(invalid)",
        "[a](common)",
        "exten => s,1,Answer()",
        "[b]",
        "exten => s,1,Dial(SIP/b)",
        "[a]",
        "exten => t,1,Hangup()").orElseThrow();

    assertThat(dialplan.contexts()).extracting(DialplanContext::name).containsExactly("a", "b");
    assertThat(dialplan.context("a").orElseThrow().extensions()).extracting(Located::value)
        .containsExactly("i", "s", "t");
    assertThat(dialplan.usesOf("application", "playback")).containsExactly(application("Playback", "a", "i", 2));
  }

  @Test
  void parse_unbalancedParenthesis_isErrorAtItsLine() {
    Parsed<Dialplan> parsed = parse("[test]", "exten => s,1,Gosub(mymacro,s,1(test)", "exten => s,2,Answer())");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "unbalanced-brackets", "unclosed '(' in 's,1,Gosub(mymacro,s,1(test)'"),
        Diagnostic.error(at(3), "unbalanced-brackets", "unbalanced ')' in 's,2,Answer())'"));
    assertThat(parsed.orElseThrow().uses()).isEmpty();
  }

  @Test
  void parse_unbalancedBrace_isErrorAtItsLine() {
    Parsed<Dialplan> parsed = parse("[test]", "exten => s,1,NoOp(${CHANNEL(name))");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "unbalanced-brackets",
        "unbalanced ')' in 's,1,NoOp(${CHANNEL(name))'"));
  }

  @Test
  void parse_hostileNesting_isErrorNotStackOverflow() {
    String hostile = "exten => s,1,NoOp(" + "${".repeat(1000) + "X" + "}".repeat(1000) + ")";

    Parsed<Dialplan> parsed = parse("[test]", hostile);

    assertThat(parsed.diagnostics()).extracting(Diagnostic::code, Diagnostic::location)
        .containsExactly(tuple("nesting-too-deep", at(2)));
    assertThat(parsed.diagnostics().get(0).message()).startsWith("brackets nest deeper than 64 in 's,1,NoOp(${");
  }

  @Test
  void parse_extenWithTooFewFields_isError() {
    Parsed<Dialplan> parsed = parse("[test]", "exten => s,1", "same => Answer");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "too-few-fields", "'exten' needs extension, priority and application, found 's,1'"),
        Diagnostic.error(at(3), "too-few-fields", "'same' needs priority and application, found 'Answer'"));
  }

  @Test
  void parse_sameWithoutExten_isError() {
    Parsed<Dialplan> parsed = parse("[a]", "exten => s,1,Answer()", "[b]", "same => n,Hangup()");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(4), "same-without-exten", "'same' has no earlier 'exten' in [b]"));
  }

  @Test
  void parse_invalidPriorities_areErrors() {
    Parsed<Dialplan> parsed = parse(
        "[test]",
        "exten => s,n,Answer()",
        "exten => s,1,Answer()",
        "exten => s,0,Answer()",
        "exten => s,nowhere,Hangup()",
        "exten => s,Hint,SIP/1");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "invalid-priority", "priority 'n' needs an earlier priority in [test]"),
        Diagnostic.error(at(4), "invalid-priority",
            "invalid priority '0' in [test]: use a number, n, s, hint or a label defined above"),
        Diagnostic.error(at(5), "invalid-priority",
            "invalid priority 'nowhere' in [test]: use a number, n, s, hint or a label defined above"),
        Diagnostic.error(at(6), "invalid-priority",
            "invalid priority 'Hint' in [test]: use a number, n, s, hint or a label defined above"));
    assertThat(parsed.orElseThrow().uses()).containsExactly(application("Answer", "test", "s", 3));
  }

  @Test
  void parse_computedApplication_isWarnedButItsFunctionsAreUsed() {
    Parsed<Dialplan> parsed = parse("[test]", "exten => s,1,${DB(app/name)}(x)", "exten => s,2,Dial,SIP/1");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.warning(at(2), "dynamic-application",
            "application '${DB(app/name)}(x)' is computed at run time: declare what it needs in modules.conf [uses]"),
        Diagnostic.warning(at(3), "invalid-application", "invalid application name 'Dial,SIP/1'"));
    assertThat(parsed.orElseThrow().uses()).containsExactly(function("DB", "test", "s", 2));
  }

  @Test
  void parse_unknownKeyInContext_isWarnedAsAsteriskIgnoresIt() {
    Parsed<Dialplan> parsed = parse("[test]", "extern => s,1,Answer()");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.warning(at(2), "unknown-key", "unknown key 'extern' in [test], ignored"));
  }

  @Test
  void parse_repeatedGlobals_isErrorAsAsteriskReadsOnlyTheFirst() {
    Parsed<Dialplan> parsed = parse("[globals]", "A=1", "[globals]", "B=${ENV(B)}");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(3), "duplicate-section",
        "section [globals] is repeated (first at extensions.conf:1): Asterisk reads only the first, "
            + "use [globals](+) to extend it"));
    assertThat(parsed.orElseThrow().uses()).isEmpty();
  }

  @Test
  void parse_emptyInclude_isError() {
    Parsed<Dialplan> parsed = parse("[test]", "include =>");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "too-few-fields", "'include' needs a context"));
  }

  @Test
  void parse_fileOnDisk_namesIncludedFileInUses() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path etc = Files.createDirectories(fs.getPath("/etc/asterisk"));
      Files.writeString(etc.resolve("extensions.conf"), "#include macros.conf\n[test]\nexten => s,1,Gosub(mymacro,s,1(test))\n",
          StandardCharsets.UTF_8);
      Files.writeString(etc.resolve("macros.conf"), "[mymacro]\nexten => s,1,NoOp(${ARG1})\nsame => n,Return()\n",
          StandardCharsets.UTF_8);

      Parsed<Dialplan> parsed = new DialplanParser().parse(etc.resolve("extensions.conf"));

      assertThat(parsed.diagnostics()).isEmpty();
      assertThat(parsed.orElseThrow().uses()).containsExactly(
          new DialplanUse("application", "NoOp", "mymacro", "s", new SourceLocation("/etc/asterisk/macros.conf", 2)),
          new DialplanUse("application", "Return", "mymacro", "s", new SourceLocation("/etc/asterisk/macros.conf", 3)),
          new DialplanUse("application", "Gosub", "test", "s", new SourceLocation("/etc/asterisk/extensions.conf", 3)));
    }
  }
}
