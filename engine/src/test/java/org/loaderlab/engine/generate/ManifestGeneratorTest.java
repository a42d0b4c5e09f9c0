package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.catalog.Checksum;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ManifestSource;
import org.loaderlab.engine.manifest.ManifestWriter;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a generated manifest says what the sources say, in source order without repeats, is
 * always writable (and reads back equal), and every merge decision is explained. Method: scan
 * Asterisk-style sources from memory, generate, and compare the written text exactly; the
 * seed's own func_periodic_hook example is reproduced line for line. Files on Jimfs for the
 * one-path convenience:
 *
 * <pre>
 *   /src/func_periodic_hook.c     MODULEINFO + DOCUMENTATION, as the seed describes it
 *   /main/config.c                #define AST_MODULE "extconfig"
 * </pre>
 */
class ManifestGeneratorTest {

  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final ManifestGenerator generator = new ManifestGenerator();

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  private static SourceFacts facts(String file, String text) {
    Parsed<SourceFacts> parsed = Sources.scan(file, text);
    assertThat(parsed.errors()).as(file).isEmpty();
    return parsed.orElseThrow();
  }

  private Parsed<Manifest> generate(String name, SourceFacts main, SourceFacts... extras) {
    return generator.generate(ModuleName.of(name), main, List.of(extras), Optional.empty());
  }

  private static List<String> printed(Parsed<?> parsed) {
    return parsed.diagnostics().stream().map(Diagnostic::toString).toList();
  }

  private Path write(String file, String text) throws IOException {
    Path path = fs.getPath(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text, StandardCharsets.UTF_8);
    return path;
  }

  private static final String PERIODIC_HOOK = """
      /*** MODULEINFO
      \t<use type="module">app_chanspy</use>
      \t<use type="module">func_cut</use><use type="module">func_groupcount</use>
      \t<use type="module">func_uri</use>
      \t<support_level>core</support_level>
      \t<export_globals/>
       ***/

      /*** DOCUMENTATION
      \t<function name="PERIODIC_HOOK" language="en_US">
      \t\t<synopsis>Execute a periodic dialplan hook into the audio of a call.</synopsis>
      \t</function>
       ***/
      """;

  @Test
  void generate_seedExample_isReproducedLineForLine() throws IOException {
    Path source = write("/src/func_periodic_hook.c", PERIODIC_HOOK);
    Parsed<Manifest> parsed = generator.generate(source);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(ManifestWriter.write(parsed.orElseThrow())).isEqualTo("""
        ; func_periodic_hook.manifest, written by loaderlab
        [module]
        name=func_periodic_hook
        support_level=core
        export_globals=yes

        [uses]
        module=app_chanspy
        module=func_cut
        module=func_groupcount
        module=func_uri

        [provides]
        function=PERIODIC_HOOK
        """);
  }

  @Test
  void generate_checksum_isWrittenAndTheManifestReadsBackEqual() {
    Checksum checksum = Checksum.parse("844c2153257936cc25d8b32760780c7b").orElseThrow();
    Parsed<Manifest> parsed = generator.generate(ModuleName.of("func_periodic_hook"),
        facts("func_periodic_hook.c", PERIODIC_HOOK), List.of(), Optional.of(checksum));
    Manifest manifest = parsed.orElseThrow();
    assertThat(manifest.checksum()).contains("844c2153257936cc25d8b32760780c7b");
    Parsed<ManifestSource> reread = new ManifestParser().parseText("x.manifest", ManifestWriter.write(manifest));
    assertThat(reread.diagnostics()).isEmpty();
    assertThat(reread.orElseThrow().manifest()).isEqualTo(manifest);
  }

  @Test
  void generate_bothDeclarations_keepTheUnionAndMODULEINFOsValues_butOptionalStaysOptional() {
    String source = """
        /*** MODULEINFO
        \t<depend>pjproject</depend><depend>res_pjsip</depend>
        \t<use type="module">res_smdi</use><use type="module">res_only_in_moduleinfo</use>
        \t<use type="application">Gosub</use>
        \t<support_level>core</support_level>
        \t<load_priority>channel_driver</load_priority>
         ***/
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_LOAD_ORDER, "PJSIP Channel Driver",
        \t.support_level = AST_MODULE_SUPPORT_EXTENDED,
        \t.load_pri = AST_MODPRI_CHANNEL_DRIVER,
        \t.requires = "res_pjsip,res_only_in_macro",
        \t.optional_modules = "res_smdi,res_statsd",
        );
        """;
    Parsed<Manifest> parsed = generate("chan_pjsip", facts("chan_pjsip.c", source));
    assertThat(printed(parsed)).containsExactly(
        "chan_pjsip.c:3: warning: module 'res_only_in_moduleinfo' is used in MODULEINFO (chan_pjsip.c:3) but not"
            + " required by AST_MODULE_INFO (chan_pjsip.c:8); it is kept [uses-disagreement]",
        "chan_pjsip.c:9: warning: support level 'extended' in AST_MODULE_INFO (chan_pjsip.c:9) differs from 'core'"
            + " in MODULEINFO (chan_pjsip.c:5); using 'core' [value-disagreement]",
        "chan_pjsip.c:11: warning: module 'res_only_in_macro' is required by AST_MODULE_INFO (chan_pjsip.c:11) but"
            + " not used in MODULEINFO (chan_pjsip.c:1); it is kept [uses-disagreement]",
        "chan_pjsip.c:12: warning: module 'res_smdi' is optional in AST_MODULE_INFO (chan_pjsip.c:12) but used in"
            + " MODULEINFO (chan_pjsip.c:3); it is kept optional, in [canuse], as today's loader treats it"
            + " [uses-disagreement]");
    assertThat(ManifestWriter.write(parsed.orElseThrow())).isEqualTo("""
        ; chan_pjsip.manifest, written by loaderlab
        [module]
        name=chan_pjsip
        support_level=core
        load_priority=channel_driver
        description=PJSIP Channel Driver

        [uses]
        module=res_only_in_moduleinfo
        application=Gosub
        module=res_pjsip
        module=res_only_in_macro

        [canuse]
        module=res_smdi
        module=res_statsd
        """);
  }

  @Test
  void generate_extraSources_addWhatTheyProvide_andTheirDeclarationsAreIgnored() {
    SourceFacts main = facts("res_pjsip.c", """
        /*** DOCUMENTATION
        \t<function name="PJSIP_DIAL_CONTACTS" language="en_US"/>
         ***/
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_GLOBAL_SYMBOLS | AST_MODFLAG_LOAD_ORDER, "Basic SIP resource",
        \t.support_level = AST_MODULE_SUPPORT_CORE,
        \t.load_pri = AST_MODPRI_CHANNEL_DEPEND - 5,
        );
        """);
    SourceFacts extra = facts("res_pjsip/pjsip_configuration.c", """
        /*** DOCUMENTATION
        \t<manager name="PJSIPShowEndpoints" language="en_US"/><function name="pjsip_dial_contacts"/>
         ***/
        /*** MODULEINFO
        \t<support_level>extended</support_level>
         ***/
        """);
    SourceFacts helper = facts("res_pjsip/config_transport.c", "int helper(void);\n");
    Parsed<Manifest> parsed = generate("res_pjsip", main, extra, helper);
    assertThat(printed(parsed)).containsExactly("res_pjsip/pjsip_configuration.c:4: warning: MODULEINFO in an extra"
        + " source of module 'res_pjsip' is ignored: only the main source declares the module [extra-declaration]");
    Manifest manifest = parsed.orElseThrow();
    assertThat(manifest.provides()).extracting(Object::toString)
        .containsExactly("function=PJSIP_DIAL_CONTACTS", "manager=PJSIPShowEndpoints");
    assertThat(manifest.exportGlobals()).isTrue();
    assertThat(manifest.loadPriority().configName()).isEqualTo("channel_depend");
    assertThat(manifest.supportLevel().configName()).isEqualTo("core");
  }

  @Test
  void generate_repeats_areDroppedInSourceOrder_andUsedIsNotAlsoOptional() {
    String source = """
        /*** DOCUMENTATION
        \t<application name="Dial" language="en_US"/><application name="Dial" language="ja_JP"/>
        \t<application name="DIAL"/><function name="Dial"/>
         ***/
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_DEFAULT, "Dialing",
        \t.requires = "ccss, CCSS, ccss.so, dial",
        \t.optional_modules = "dial,func_periodic_hook, func_periodic_hook",
        );
        """;
    Parsed<Manifest> parsed = generate("app_dial", facts("app_dial.c", source));
    assertThat(parsed.diagnostics()).isEmpty();
    Manifest manifest = parsed.orElseThrow();
    assertThat(manifest.uses()).extracting(Object::toString).containsExactly("module=ccss", "module=dial");
    assertThat(manifest.canUse()).extracting(Object::toString).containsExactly("module=func_periodic_hook");
    assertThat(manifest.provides()).extracting(Object::toString).containsExactly("application=Dial", "function=Dial");
  }

  @Test
  void generate_entriesAManifestCannotCarry_areLeftOutWithTheWritersReason() {
    String source = """
        /*** MODULEINFO
        \t<use type="module">res-dashed</use><use type="module">app_self</use>
         ***/
        /*** DOCUMENTATION
        \t<function name="ODD:12"/><function name="FINE"/>
         ***/
        """;
    Parsed<Manifest> parsed = generate("app_self", facts("app_self.c", source));
    assertThat(printed(parsed)).containsExactly(
        "app_self.c:2: warning: [uses] 'module=res-dashed': not a module name in canonical form ([A-Za-z0-9_]+,"
            + " no '.so'); it is left out [unwritable-entry]",
        "app_self.c:2: warning: module 'app_self' lists itself as a dependency; it is left out [self-dependency]",
        "app_self.c:5: warning: [provides] 'function=ODD:12': name ends in ':digits', which would read back as a"
            + " priority; it is left out [unwritable-entry]");
    Manifest manifest = parsed.orElseThrow();
    assertThat(manifest.uses()).isEmpty();
    assertThat(manifest.provides()).extracting(Object::toString).containsExactly("function=FINE");
    assertThat(ManifestWriter.problem(manifest)).isEmpty();
  }

  @Test
  void generate_descriptionWithEscapedLineBreaks_becomesOneLine() {
    String source = "AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, \"Line one\\n\" \"\\tline two \\\"quoted\\\"\");\n";
    Parsed<Manifest> parsed = generate("app_x", facts("app_x.c", source));
    assertThat(parsed.orElseThrow().description()).contains("Line one line two \"quoted\"");
  }

  @Test
  void generate_sourceThatIsNotAModule_isAnError() {
    Parsed<Manifest> parsed = generate("helper", facts("helper.c", "int helper(void) { return 0; }\n"));
    assertThat(parsed.value()).isEmpty();
    assertThat(printed(parsed)).containsExactly("helper.c: error: source has neither a MODULEINFO block nor"
        + " AST_MODULE_INFO, so it declares no module [not-a-module]");
  }

  @Test
  void generatePath_namesTheModuleByItsDefine_andReportsScanProblemsToo() throws IOException {
    Path source = write("/main/config.c", """
        #define AST_MODULE "extconfig"
        /*** MODULEINFO
        \t<use>res_untyped</use>
         ***/
        static struct ast_config_engine text_file_engine = {
        \t.name = "text",
        };
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_GLOBAL_SYMBOLS | AST_MODFLAG_LOAD_ORDER, "Configuration",
        \t.support_level = AST_MODULE_SUPPORT_CORE,
        \t.load_pri = 0,
        );
        """);
    Parsed<Manifest> parsed = generator.generate(source);
    assertThat(parsed.diagnostics()).extracting(Diagnostic::code, d -> d.location().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("use-without-type", 3),
            org.assertj.core.groups.Tuple.tuple("load-priority-rounded", 10));
    assertThat(parsed.hasErrors()).isTrue();
    Manifest manifest = parsed.orElseThrow();
    assertThat(manifest.name()).hasToString("extconfig");
    assertThat(manifest.provides()).extracting(Object::toString).containsExactly("realtime=text");
    assertThat(manifest.loadPriority().configName()).isEqualTo("realtime_depend");
  }

  @Test
  void generatePath_withoutDefine_usesTheFileName_andRefusesABadOne() throws IOException {
    Path good = write("/src/app_echo.c", "AST_MODULE_INFO_STANDARD_EXTENDED(ASTERISK_GPL_KEY, \"Echo\");\n");
    assertThat(generator.generate(good).orElseThrow().name()).hasToString("app_echo");
    Path bad = write("/src/app-echo.c", "AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, \"Echo\");\n");
    Parsed<Manifest> parsed = generator.generate(bad);
    assertThat(parsed.value()).isEmpty();
    assertThat(printed(parsed)).containsExactly("/src/app-echo.c: error: cannot name the module 'app-echo': invalid"
        + " module name 'app-echo': use letters, digits and '_' only [invalid-module-name]");
    assertThat(printed(generator.generate(fs.getPath("/src/missing.c"))))
        .containsExactly("/src/missing.c: error: source file not found [source-not-found]");
  }
}
