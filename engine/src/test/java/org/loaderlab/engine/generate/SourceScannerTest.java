package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.SupportLevel;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;

/**
 * Goal: the scanner reads every fact a real Asterisk source states (MODULEINFO, DOCUMENTATION,
 * AST_MODULE_INFO in its forms, {@code #define AST_MODULE}, realtime and timing structs), each
 * at its file line, and never chokes: malformed or hostile blocks are warnings, a 50 MB stream
 * and a single enormous line are read in bounded memory. Method: Asterisk-style snippets with
 * odd spacing, several elements per line, entities and comments, scanned from memory; exact
 * diagnostics; a generated 50 MB stream; a resolver that records any fetch.
 */
class SourceScannerTest {

  private static List<String> located(List<? extends Located<?>> facts) {
    return facts.stream().map(Located::toString).toList();
  }

  private static List<String> printed(Parsed<?> parsed) {
    return parsed.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void scan_moduleInfo_readsEachElementAtItsLine() {
    String source = """
        /*
         * chan_test.c: a channel driver
         */

        /*** MODULEINFO
        \t<depend>res_pjsip</depend>
        \t<use type="module">res_smdi</use><use   type = 'application' >Gosub</use>
        \t<use type="external">crypto</use>
        \t<use type="function">  CHANNEL  </use>
        \t<conflict>chan_old</conflict>
        \t<replacement>chan_older</replacement>
        \t<member name="x"><use type="module">nested_is_menuselect</use></member>
        \t<support_level>extended</support_level>
        \t<defaultenabled>no</defaultenabled>
        \t<export_globals/>
        \t<load_priority><![CDATA[channel_driver]]></load_priority>
         ***/
        """;
    Parsed<SourceFacts> parsed = Sources.scan("chan_test.c", source);
    assertThat(parsed.diagnostics()).isEmpty();
    SourceFacts facts = parsed.orElseThrow();
    assertThat(facts.isModule()).isTrue();
    assertThat(facts.moduleMacro()).isEmpty();
    ModuleDeclaration info = facts.moduleInfo().orElseThrow();
    assertThat(info.origin()).isEqualTo(ModuleDeclaration.Origin.MODULEINFO);
    assertThat(info.location()).hasToString("chan_test.c:5");
    assertThat(located(info.uses())).containsExactly("module=res_smdi (chan_test.c:7)",
        "application=Gosub (chan_test.c:7)", "function=CHANNEL (chan_test.c:9)");
    assertThat(located(info.buildDepends())).containsExactly("res_pjsip (chan_test.c:6)");
    assertThat(info.supportLevel().map(Located::toString)).contains("EXTENDED (chan_test.c:13)");
    assertThat(info.defaultEnabled().map(Located::toString)).contains("false (chan_test.c:14)");
    assertThat(info.exportGlobals().map(Located::toString)).contains("true (chan_test.c:15)");
    assertThat(info.loadPriority().map(Located::value)).contains(LoadPriority.CHANNEL_DRIVER);
    assertThat(info.canUse()).isEmpty();
    assertThat(info.description()).isEmpty();
  }

  @Test
  void scan_entities_areDecodedInTextAndAttributes() {
    String source = """
        /*** MODULEINFO
        \t<use type="module">res_&#x61;bc</use><support_level>&#99;ore</support_level>
         ***/
        /*** DOCUMENTATION
        \t<function name="A&amp;B"/><function name="&lt;C&gt;"/><application name="D&#69;F"></application>
         ***/
        """;
    Parsed<SourceFacts> parsed = Sources.scan("x.c", source);
    assertThat(parsed.diagnostics()).isEmpty();
    SourceFacts facts = parsed.orElseThrow();
    assertThat(located(facts.moduleInfo().orElseThrow().uses())).containsExactly("module=res_abc (x.c:2)");
    assertThat(facts.moduleInfo().orElseThrow().supportLevel().map(Located::value)).contains(SupportLevel.CORE);
    assertThat(located(facts.provides()))
        .containsExactly("function=A&B (x.c:5)", "function=<C> (x.c:5)", "application=DEF (x.c:5)");
  }

  @Test
  void scan_useWithoutType_isAnErrorAtItsLine_andTheOthersStay() {
    String source = """
        /*** MODULEINFO
        \t<use type="module">res_a</use>
        \t<use>res_untyped</use>
        \t<use type="module">res_b</use>
         ***/
        """;
    Parsed<SourceFacts> parsed = Sources.scan("app_x.c", source);
    assertThat(printed(parsed)).containsExactly("app_x.c:3: error: <use> of 'res_untyped' has no type attribute;"
        + " write <use type=\"module\"> (or application, function, ...) [use-without-type]");
    assertThat(parsed.hasErrors()).isTrue();
    assertThat(located(parsed.orElseThrow().moduleInfo().orElseThrow().uses()))
        .containsExactly("module=res_a (app_x.c:2)", "module=res_b (app_x.c:4)");
  }

  @Test
  void scan_badValuesInModuleInfo_areWarningsNamingTheValue() {
    String source = """
        /*** MODULEINFO
        \t<use type="two words">x</use><use type="module"> </use>
        \t<support_level>gold</support_level><defaultenabled>maybe</defaultenabled>
        \t<load_priority>soon</load_priority>
        \t<support_level>core</support_level><support_level>extended</support_level>
         ***/
        """;
    Parsed<SourceFacts> parsed = Sources.scan("x.c", source);
    assertThat(printed(parsed)).containsExactly(
        "x.c:2: warning: <use> type 'two words' is not a kind (a lower-case word such as 'module'); the <use> is"
            + " left out [use-bad-type]",
        "x.c:2: warning: <use type=\"module\"> names nothing; it is left out [use-empty]",
        "x.c:3: warning: support level 'gold' is not core, extended or deprecated [bad-support-level]",
        "x.c:3: warning: defaultenabled 'maybe' is not yes or no [bad-defaultenabled]",
        "x.c:4: warning: load priority 'soon' is not one of: " + LoadPriority.spellings() + " [bad-load-priority]",
        "x.c:5: warning: <support_level> is given again; the first one is kept [repeated-element]");
    assertThat(parsed.orElseThrow().moduleInfo().orElseThrow().supportLevel().map(Located::value))
        .contains(SupportLevel.CORE);
  }

  @Test
  void scan_documentation_providesTopLevelRegistrationsOnly() {
    String source = """
        /*** DOCUMENTATION
        \t<application name="Dial" language="en_US">
        \t\t<synopsis>Attempt to connect to another device &amp; bridge the call.</synopsis>
        \t\t<see-also><ref type="function">CHANNEL</ref></see-also>
        \t\t<function name="NotTopLevel"/>
        \t</application>
        \t<application name="Dial" language="ja_JP"/>
        \t<xi:include xpointer="xpointer(/docs/application[@name='Dial']/description/node())" />
        \t<agi name="say alpha" language="en_US"/><manager name="PJSIPShowEndpoints" language="en_US"/>
        \t<managerEvent name="Hangup"/><configInfo name="res_pjsip"/><info name="CHANNEL" tech="PJSIP"/>
         ***/
        static int x;
        /*** DOCUMENTATION
        \t<function name=" PERIODIC_HOOK " language="en_US"/>
         ***/
        AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, "Dialing");
        """;
    Parsed<SourceFacts> parsed = Sources.scan("app_dial.c", source);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(located(parsed.orElseThrow().provides())).containsExactly(
        "application=Dial (app_dial.c:2)", "application=Dial (app_dial.c:7)", "agi=say alpha (app_dial.c:9)",
        "manager=PJSIPShowEndpoints (app_dial.c:9)", "function=PERIODIC_HOOK (app_dial.c:14)");
  }

  @Test
  void scan_documentationWithoutName_isAWarning() {
    Parsed<SourceFacts> parsed = Sources.scan("x.c", "/*** DOCUMENTATION\n<function language=\"en_US\"/>\n***/\n");
    assertThat(printed(parsed))
        .containsExactly("x.c:2: warning: <function> has no name attribute; it is left out [documentation-without-name]");
    assertThat(parsed.orElseThrow().isModule()).isFalse();
  }

  @Test
  void scan_astModuleInfo_splitOverLinesWithCommentsAndStrings() {
    String source = """
        #include "asterisk.h"

        AST_MODULE_INFO(ASTERISK_GPL_KEY,
        \tAST_MODFLAG_GLOBAL_SYMBOLS | AST_MODFLAG_LOAD_ORDER, // flags ) here
        \t"PJSIP " "Channel \\"Driver\\"\\n" /* a ) paren, a " quote */
        \t\t"with\\\\slash",
        \t.support_level = AST_MODULE_SUPPORT_CORE,
        \t.load = load_module,
        \t.unload = unload_module,
        #ifdef HAVE_PJSIP_SESSION
        \t.requires = "res_pjsip,  res_pjsip_session,"
        \t            ",res_sorcery_config",
        #endif
        \t.optional_modules = "res_statsd",
        \t.load_pri = AST_MODPRI_CHANNEL_DRIVER,
        );
        """;
    Parsed<SourceFacts> parsed = Sources.scan("chan_pjsip.c", source);
    assertThat(parsed.diagnostics()).isEmpty();
    ModuleDeclaration macro = parsed.orElseThrow().moduleMacro().orElseThrow();
    assertThat(macro.origin()).isEqualTo(ModuleDeclaration.Origin.AST_MODULE_INFO);
    assertThat(macro.location()).hasToString("chan_pjsip.c:3");
    assertThat(macro.description().map(Located::toString))
        .contains("PJSIP Channel \"Driver\" with\\slash (chan_pjsip.c:5)");
    assertThat(macro.exportGlobals().map(Located::value)).contains(true);
    assertThat(macro.supportLevel().map(Located::toString)).contains("CORE (chan_pjsip.c:7)");
    assertThat(located(macro.uses())).containsExactly("module=res_pjsip (chan_pjsip.c:11)",
        "module=res_pjsip_session (chan_pjsip.c:11)", "module=res_sorcery_config (chan_pjsip.c:11)");
    assertThat(located(macro.canUse())).containsExactly("module=res_statsd (chan_pjsip.c:14)");
    assertThat(macro.loadPriority().map(Located::toString)).contains("CHANNEL_DRIVER (chan_pjsip.c:15)");
    assertThat(parsed.orElseThrow().moduleInfo()).isEmpty();
  }

  @Test
  void scan_loadPriorityExpression_roundsWithAWarning() {
    String source = """
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_LOAD_ORDER, "Timing",
        \t.load_pri = AST_MODPRI_CHANNEL_DEPEND - 5,
        \t.support_level = AST_MODULE_SUPPORT_UNKNOWN,
        );
        """;
    Parsed<SourceFacts> parsed = Sources.scan("res_x.c", source);
    assertThat(printed(parsed)).containsExactly("res_x.c:2: warning: load priority 'AST_MODPRI_CHANNEL_DEPEND - 5'"
        + " is not a named priority; using 'channel_depend' [load-priority-rounded]");
    ModuleDeclaration macro = parsed.orElseThrow().moduleMacro().orElseThrow();
    assertThat(macro.loadPriority().map(Located::value)).contains(LoadPriority.CHANNEL_DEPEND);
    assertThat(macro.supportLevel()).isEmpty();
    assertThat(macro.exportGlobals().map(Located::value)).contains(false);
  }

  @Test
  void scan_shortForms_implyWhatModuleHDoes() {
    record Case(String macro, Optional<SupportLevel> level, Optional<LoadPriority> priority) {}
    List<Case> cases = List.of(
        new Case("AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, \"D\");", Optional.of(SupportLevel.CORE),
            Optional.of(LoadPriority.DEFAULT)),
        new Case("AST_MODULE_INFO_STANDARD_EXTENDED(ASTERISK_GPL_KEY, \"D\");", Optional.of(SupportLevel.EXTENDED),
            Optional.of(LoadPriority.DEFAULT)),
        new Case("AST_MODULE_INFO_STANDARD_DEPRECATED(ASTERISK_GPL_KEY, \"D\");",
            Optional.of(SupportLevel.DEPRECATED), Optional.of(LoadPriority.DEFAULT)),
        new Case("AST_MODULE_INFO_RELOADABLE(ASTERISK_GPL_KEY, \"D\", load_module, unload_module, reload);",
            Optional.of(SupportLevel.CORE), Optional.of(LoadPriority.DEFAULT)));
    for (Case c : cases) {
      Parsed<SourceFacts> parsed = Sources.scan("x.c", "static int a;\n" + c.macro() + "\n");
      assertThat(parsed.diagnostics()).as(c.macro()).isEmpty();
      ModuleDeclaration macro = parsed.orElseThrow().moduleMacro().orElseThrow();
      assertThat(macro.supportLevel().map(Located::value)).as(c.macro()).isEqualTo(c.level());
      assertThat(macro.loadPriority().map(Located::value)).as(c.macro()).isEqualTo(c.priority());
      assertThat(macro.exportGlobals().map(Located::value)).as(c.macro()).contains(false);
      assertThat(macro.description().map(Located::toString)).as(c.macro()).contains("D (x.c:2)");
    }
  }

  @Test
  void scan_macroNamesInCommentsStringsAndDirectives_declareNothing() {
    String source = """
        // AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_DEFAULT, "comment");
        /* AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, "block comment"); */
        static const char *s = "AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, \\"string\\");";
        static const char c = '"'; static const char *t = "/*** MODULEINFO";
        #define AST_MODULE_INFO_STANDARD(keystr, desc) \\
        \tAST_MODULE_INFO(keystr, AST_MODFLAG_LOAD_ORDER, desc)
        """;
    Parsed<SourceFacts> parsed = Sources.scan("main/module.c", source);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().isModule()).isFalse();
  }

  @Test
  void scan_defineAstModule_namesTheModule() {
    String source = """
        #define  AST_MODULE   "extconfig"
        #define AST_MODULE "second_is_ignored"
        #define AST_MODULE_SELF_SYM __internal_extconfig_self
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_GLOBAL_SYMBOLS | AST_MODFLAG_LOAD_ORDER, "Configuration",
        \t.load_pri = 0,
        );
        """;
    Parsed<SourceFacts> parsed = Sources.scan("main/config.c", source);
    assertThat(parsed.orElseThrow().astModuleDefine().map(Located::toString)).contains("extconfig (main/config.c:1)");
    assertThat(printed(parsed)).containsExactly("main/config.c:5: warning: load priority '0' is not a named"
        + " priority; using 'realtime_depend' [load-priority-rounded]");
  }

  @Test
  void scan_sourceWithNeitherDeclaration_isQuietlyNotAModule() {
    String source = """
        /*** DOCUMENTATION
        \t<function name="PJSIP_HEADER" language="en_US"/>
         ***/
        int pjsip_helper(void) { return 0; }
        """;
    Parsed<SourceFacts> parsed = Sources.scan("res/res_pjsip/pjsip_options.c", source);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().isModule()).isFalse();
    assertThat(located(parsed.orElseThrow().provides()))
        .containsExactly("function=PJSIP_HEADER (res/res_pjsip/pjsip_options.c:2)");
  }

  @Test
  void scan_malformedBlock_isAWarningAtTheLine_andKeepsWhatCameBefore() {
    String source = """
        /*** DOCUMENTATION
        \t<application name="Ok"/>
        \t<function name="Bad" <oops>
        \t<application name="Late"/>
         ***/
        /*** MODULEINFO
        \t<support_level>core</support_level>
        \t<use type="module">res_a</used>
         ***/
        """;
    Parsed<SourceFacts> parsed = Sources.scan("x.c", source);
    assertThat(parsed.diagnostics()).extracting(Diagnostic::code, d -> d.location().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("malformed-block", 3),
            org.assertj.core.groups.Tuple.tuple("malformed-block", 8));
    assertThat(parsed.diagnostics()).allSatisfy(d -> {
      assertThat(d.isError()).isFalse();
      assertThat(d.message()).matches("malformed (DOCUMENTATION|MODULEINFO) block: .+; the rest of the block is skipped");
    });
    assertThat(located(parsed.orElseThrow().provides())).containsExactly("application=Ok (x.c:2)");
    assertThat(parsed.orElseThrow().moduleInfo().orElseThrow().supportLevel().map(Located::value))
        .contains(SupportLevel.CORE);
  }

  @Test
  void scan_hostileDoctype_isRefusedAndNothingIsFetched(@TempDir Path folder) throws IOException {
    Path secret = folder.resolve("secret.txt");
    Files.writeString(secret, "secret-token-7731", StandardCharsets.UTF_8);
    String url = secret.toUri().toString();
    String source = "/*** MODULEINFO\n"
        + "<!DOCTYPE m [<!ENTITY e SYSTEM \"" + url + "\"><!ENTITY % p SYSTEM \"http://127.0.0.1:9/x.dtd\"> %p;]>\n"
        + "\t<use type=\"module\">&e;</use>\n"
        + " ***/\n"
        + "/*** DOCUMENTATION\n"
        + "\t<application name=\"&e;\"/>\n"
        + " ***/\n"
        + "AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, \"Hostile\");\n";
    List<String> fetches = new ArrayList<>();
    EntityResolver recorder = (publicId, systemId) -> {
      fetches.add(systemId);
      return new InputSource(new java.io.StringReader("fetched"));
    };
    Parsed<SourceFacts> parsed = new SourceScanner(GeneratorLimits.DEFAULTS, recorder)
        .scan("hostile.c", new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
    assertThat(fetches).isEmpty();
    assertThat(printed(parsed)).hasSize(2);
    assertThat(printed(parsed).get(0)).isEqualTo("hostile.c:2: warning: MODULEINFO block has a document type"
        + " declaration, which is never loaded; the block is skipped [doctype-refused]");
    assertThat(printed(parsed).get(1)).startsWith("hostile.c:6: warning: malformed DOCUMENTATION block: ")
        .contains("\"e\"");
    assertThat(parsed.toString()).doesNotContain("secret-token-7731").doesNotContain("fetched");
    assertThat(parsed.orElseThrow().moduleInfo().orElseThrow().uses()).isEmpty();
    assertThat(parsed.orElseThrow().provides()).isEmpty();
  }

  @Test
  void scan_blockLargerThanTheLimit_isSkippedWithAWarning() {
    GeneratorLimits limits = new GeneratorLimits(64, 1024, 1024, 50);
    String big = "\t<application name=\"A\"/>\n".repeat(10);
    String source = "/*** DOCUMENTATION\n" + big + "***/\n/*** MODULEINFO\n<support_level>core</support_level>\n***/\n";
    Parsed<SourceFacts> parsed = Sources.scan(limits, "x.c", source);
    assertThat(printed(parsed)).containsExactly(
        "x.c:1: warning: DOCUMENTATION block is larger than 64 characters; it is skipped [block-too-large]");
    assertThat(parsed.orElseThrow().provides()).isEmpty();
    assertThat(parsed.orElseThrow().moduleInfo().orElseThrow().supportLevel()).isPresent();
  }

  @Test
  void scan_unterminatedBlock_isSkippedButStillMakesAModule() {
    Parsed<SourceFacts> parsed = Sources.scan("x.c", "int a;\n/*** MODULEINFO\n<support_level>core</support_level>\n");
    assertThat(printed(parsed)).containsExactly(
        "x.c:2: warning: MODULEINFO block is not closed with '***/'; it is skipped [unterminated-block]");
    assertThat(parsed.orElseThrow().isModule()).isTrue();
    assertThat(parsed.orElseThrow().moduleInfo().orElseThrow().supportLevel()).isEmpty();
  }

  @Test
  void scan_blockClosedByAPlainCommentEnd_isReadWithAWarning() {
    String source = "/*** MODULEINFO\n\t<support_level>core</support_level>\n */\nint x;\n";
    Parsed<SourceFacts> parsed = Sources.scan("x.c", source);
    assertThat(printed(parsed)).containsExactly("x.c:1: warning: MODULEINFO block is closed with '*/', not '***/',"
        + " which Asterisk's build tools read past; it is read up to the '*/' [unterminated-block]");
    assertThat(parsed.orElseThrow().moduleInfo().orElseThrow().supportLevel().map(Located::value))
        .contains(SupportLevel.CORE);
  }

  @Test
  void scan_repeatedBlocksAndMacros_joinOrKeepTheFirst() {
    String source = """
        /*** MODULEINFO
        \t<use type="module">res_a</use>
         ***/
        /*** MODULEINFO
        \t<use type="module">res_b</use>
         ***/
        #ifdef NEW_API
        AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, "First");
        #else
        AST_MODULE_INFO_STANDARD_EXTENDED(ASTERISK_GPL_KEY, "Second");
        #endif
        """;
    Parsed<SourceFacts> parsed = Sources.scan("x.c", source);
    assertThat(printed(parsed)).containsExactly(
        "x.c:4: warning: another MODULEINFO block; its facts join those of the first, at line 1 [repeated-block]",
        "x.c:10: warning: AST_MODULE_INFO_STANDARD_EXTENDED appears again; the first one, at line 8, is used"
            + " [repeated-module-macro]");
    assertThat(located(parsed.orElseThrow().moduleInfo().orElseThrow().uses()))
        .containsExactly("module=res_a (x.c:2)", "module=res_b (x.c:5)");
    assertThat(parsed.orElseThrow().moduleMacro().orElseThrow().description().map(Located::value)).contains("First");
  }

  @Test
  void scan_realtimeAndTimingStructs_areProvided() {
    String source = """
        static struct ast_config_engine sqlite3_config_engine = {
        \t.name = "sqlite3",
        \t.load_func = realtime_sqlite3_load,
        };
        static const struct ast_timing_interface timerfd_timing = {
        \t.name = "timerfd",
        \t.priority = 200,
        \t.timer_open = timerfd_timer_open,
        };
        int ast_config_engine_register(struct ast_config_engine *newconfig);
        AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, "Drivers");
        """;
    Parsed<SourceFacts> parsed = Sources.scan("res_x.c", source);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(located(parsed.orElseThrow().provides()))
        .containsExactly("realtime=sqlite3 (res_x.c:2)", "timing=timerfd:200 (res_x.c:6)");
  }

  @Test
  void scan_declarationLongerThanTheWindow_isSkippedWithAWarning() {
    GeneratorLimits limits = new GeneratorLimits(1024, 1024, 40, 50);
    String source = "AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_DEFAULT, \"Description that is long\",\n"
        + "\t.requires = \"res_a\",\n);\n";
    Parsed<SourceFacts> parsed = Sources.scan(limits, "x.c", source);
    assertThat(printed(parsed)).containsExactly(
        "x.c:1: warning: AST_MODULE_INFO is longer than 40 characters; it is skipped [declaration-too-long]");
    assertThat(parsed.orElseThrow().isModule()).isFalse();
  }

  @Test
  void scan_lineLongerThanTheLimit_keepsItsStartAndSkipsTheRest() {
    GeneratorLimits limits = new GeneratorLimits(1024, 80, 1024, 50);
    String source = "static int x; // " + "x".repeat(500) + "\n"
        + "static int y; // " + "y".repeat(500) + "\n"
        + "AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, \"Still read\");\n";
    Parsed<SourceFacts> parsed = Sources.scan(limits, "x.c", source);
    assertThat(printed(parsed)).containsExactly(
        "x.c:1: warning: line is longer than 80 characters; the rest of it is skipped [line-too-long]");
    assertThat(parsed.orElseThrow().moduleMacro().orElseThrow().description().map(Located::value))
        .contains("Still read");
  }

  @Test
  void scan_fiftyMegabyteStream_isReadToTheEnd() {
    String head = "/*** MODULEINFO\n\t<support_level>extended</support_level>\n ***/\n";
    String filler = """
        static int handler(struct ast_channel *chan, const char *data) /* AST_MODULE_INFO( */
        {
        \tchar buf[256] = "AST_MODULE_INFO(\\"x\\")"; /* a comment
        \t   spanning lines */ char q = '"';
        \treturn ast_copy_string(buf, data, sizeof(buf)); // AST_MODULE_INFO(
        }
        """;
    String tail = "AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_DEFAULT, \"Big\",\n\t.requires = \"res_a\",\n);\n";
    long fillerBytes = 50L * 1024 * 1024;
    Parsed<SourceFacts> parsed = new SourceScanner().scan("big.c", Sources.generated(head, filler, fillerBytes, tail));
    assertThat(parsed.diagnostics()).isEmpty();
    SourceFacts facts = parsed.orElseThrow();
    assertThat(facts.moduleInfo().orElseThrow().supportLevel().map(Located::value)).contains(SupportLevel.EXTENDED);
    long fillerLines = (fillerBytes / filler.getBytes(StandardCharsets.UTF_8).length) * 6;
    ModuleDeclaration macro = facts.moduleMacro().orElseThrow();
    assertThat(macro.location().line()).isEqualTo(3 + fillerLines + 1);
    assertThat(macro.uses()).extracting(u -> u.value().name()).containsExactly("res_a");
  }

  @Test
  void scan_oneEnormousLine_isNotHeldWhole() {
    long lineBytes = 20L * 1024 * 1024;
    String tail = "\nAST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, \"After the long line\");\n";
    Parsed<SourceFacts> parsed = new SourceScanner().scan("x.c", Sources.generated("int x; //", "z", lineBytes, tail));
    assertThat(printed(parsed)).containsExactly("x.c:1: warning: line is longer than "
        + GeneratorLimits.DEFAULTS.lineCharsMax() + " characters; the rest of it is skipped [line-too-long]");
    assertThat(parsed.orElseThrow().moduleMacro().orElseThrow().location().line()).isEqualTo(2);
  }

  @Test
  void scan_invalidUtf8_isReplacedNotFatal() {
    byte[] latin1 = "/* Copyright (C) 2004 Mark Spencer, J\u00f6rg */\nAST_MODULE_INFO_STANDARD(K, \"D\u00e9j\u00e0\");\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    Parsed<SourceFacts> parsed = new SourceScanner().scan("x.c", new ByteArrayInputStream(latin1));
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().moduleMacro().orElseThrow().description().map(Located::value))
        .contains("D\ufffdj\ufffd");
  }

  @Test
  void scan_tooManyProblems_areCountedAndAnUncountedErrorStaysAnError() {
    GeneratorLimits limits = new GeneratorLimits(1024, 1024, 1024, 2);
    String source = "/*** MODULEINFO\n" + "<support_level>gold</support_level>\n".repeat(2) + "<use>a</use>\n***/\n";
    Parsed<SourceFacts> parsed = Sources.scan(limits, "x.c", source);
    assertThat(parsed.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("bad-support-level", "bad-support-level", "too-many-problems");
    assertThat(printed(parsed).get(2)).isEqualTo("x.c: error: 1 more problems are not listed (the limit is 2)"
        + " [too-many-problems]");
    assertThat(parsed.hasErrors()).isTrue();
  }

  @Test
  void scan_path_readsTheFile_andAMissingFileIsAnError() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path source = fs.getPath("/src/app_echo.c");
      Files.createDirectories(source.getParent());
      Files.writeString(source, "AST_MODULE_INFO_STANDARD_EXTENDED(ASTERISK_GPL_KEY, \"Echo\");\n", StandardCharsets.UTF_8);
      Parsed<SourceFacts> parsed = new SourceScanner().scan(source);
      assertThat(parsed.orElseThrow().file()).isEqualTo("/src/app_echo.c");
      assertThat(parsed.orElseThrow().moduleMacro().orElseThrow().supportLevel().map(Located::value))
          .contains(SupportLevel.EXTENDED);
      Parsed<SourceFacts> missing = new SourceScanner().scan(fs.getPath("/src/nope.c"));
      assertThat(missing.value()).isEmpty();
      assertThat(printed(missing)).containsExactly("/src/nope.c: error: source file not found [source-not-found]");
    }
  }
}
