package org.loaderlab.engine.config;

import org.loaderlab.engine.diagnostic.Located;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Goal: modules.conf means what DESIGN.md and Asterisk say, every name keeps its line, and every
 * mistake is reported with the exact code, message and line. Method: the DESIGN.md example
 * verbatim, then one small file per rule, asserting the whole diagnostic.
 */
class ModulesConfParserTest {

  /** DESIGN.md, "The seed's lost examples": the modules.conf example, verbatim. */
  static final String DESIGN_EXAMPLE = String.join("\n",
      "; modules.conf",                                                            // 1
      "[modules]",                                                                 // 2
      "autoload=no",                                                               // 3
      "require=chan_sip",                                                          // 4
      "load=app_system",                                                           // 5
      "; load=app_system will be ignored because of neverload.",                  // 6
      "; If we add require=app_system it would prevent startup.",                 // 7
      "neverload=app_system",                                                      // 8
      "neverload=func_shell",                                                      // 9
      "",                                                                          // 10
      "[uses]",                                                                    // 11
      ";type=module                ; it is implied that the values are modules",  // 12
      "chan_sip=cdr_custom         ; chan_sip requires cdr_custom per admin",      // 13
      "chan_sip=res_timing_timerfd",                                               // 14
      "chan_sip=res_rtp_asterisk",                                                 // 15
      "chan_sip=pbx_config",                                                       // 16
      "pbx_config=app_dial",                                                       // 17
      "",                                                                          // 18
      "type=application            ; switch to requiring applications",           // 19
      "pbx_config=Gosub",                                                          // 20
      "",                                                                          // 21
      "type=function               ; switch to requiring functions",              // 22
      "pbx_config=GLOBAL",                                                         // 23
      "pbx_config=CHANNEL");                                                       // 24

  private static final String FILE = "modules.conf";

  private static Parsed<ModulesConf> parse(String... lines) {
    return new ModulesConfParser().parseText(FILE, String.join("\n", lines));
  }

  private static SourceLocation at(int line) {
    return new SourceLocation(FILE, line);
  }

  private static Located<ModuleName> located(String name, int line) {
    return new Located<>(ModuleName.of(name), at(line));
  }

  @Test
  void parse_designExample_readsEveryListWithItsLine() {
    ModulesConf conf = new ModulesConfParser().parseText(FILE, DESIGN_EXAMPLE).orElseThrow();

    assertThat(conf.autoload()).isFalse();
    assertThat(conf.autoloadLocation()).contains(at(3));
    assertThat(conf.require()).containsExactly(located("chan_sip", 4));
    assertThat(conf.load()).containsExactly(located("app_system", 5));
    assertThat(conf.neverload()).containsExactly(located("app_system", 8), located("func_shell", 9));
    assertThat(conf.noload()).isEmpty();
    assertThat(conf.preload()).isEmpty();
  }

  @Test
  void parse_designExample_typeLinesSwitchTheKindOfUses() {
    ModulesConf conf = new ModulesConfParser().parseText(FILE, DESIGN_EXAMPLE).orElseThrow();

    ModuleName chanSip = ModuleName.of("chan_sip");
    ModuleName pbxConfig = ModuleName.of("pbx_config");
    assertThat(conf.uses()).containsExactly(
        new AdminUse(chanSip, new Requirement("module", "cdr_custom"), at(13)),
        new AdminUse(chanSip, new Requirement("module", "res_timing_timerfd"), at(14)),
        new AdminUse(chanSip, new Requirement("module", "res_rtp_asterisk"), at(15)),
        new AdminUse(chanSip, new Requirement("module", "pbx_config"), at(16)),
        new AdminUse(pbxConfig, new Requirement("module", "app_dial"), at(17)),
        new AdminUse(pbxConfig, new Requirement("application", "Gosub"), at(20)),
        new AdminUse(pbxConfig, new Requirement("function", "GLOBAL"), at(23)),
        new AdminUse(pbxConfig, new Requirement("function", "CHANNEL"), at(24)));
    assertThat(conf.uses().get(0)).hasToString("chan_sip uses module=cdr_custom (modules.conf:13)");
  }

  @Test
  void parse_designExample_warnsOnlyThatTheBannedLoadIsIgnored() {
    Parsed<ModulesConf> parsed = new ModulesConfParser().parseText(FILE, DESIGN_EXAMPLE);

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.warning(at(5), "banned-load-ignored",
        "load of 'app_system' is ignored: it is banned by neverload at modules.conf:8"));
  }

  @Test
  void parse_requireOfNeverloadModule_isErrorThatPreventsStartup() {
    // The example's own comment: "If we add require=app_system it would prevent startup."
    Parsed<ModulesConf> parsed = parse("[modules]", "require=app_system", "neverload=app_system");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "required-module-banned",
        "'app_system' is required but banned by neverload at modules.conf:3, which prevents startup"));
  }

  @Test
  void parse_loadAndNoloadOfOneModule_warnsThatNoloadWins() {
    Parsed<ModulesConf> parsed = parse("[modules]", "noload=chan_skinny", "load=chan_skinny.so");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.warning(at(3), "load-and-noload",
        "load of 'chan_skinny' is ignored: noload at modules.conf:2 wins"));
    assertThat(parsed.orElseThrow().explicitLoads()).isEmpty();
  }

  @Test
  void parse_requireAndNoloadOfOneModule_isErrorAsInAsterisk() {
    Parsed<ModulesConf> parsed = parse("[modules]", "require=chan_sip", "noload=chan_sip");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "required-and-noload",
        "'chan_sip' is required but excluded by noload at modules.conf:3, which prevents startup"));
  }

  @Test
  void parse_nameWithSoSuffix_isNormalised() {
    ModulesConf conf = parse("[modules]", "load=chan_sip.so", "[uses]", "app_queue.so=res_monitor.so")
        .orElseThrow();

    assertThat(conf.load()).containsExactly(located("chan_sip", 2));
    assertThat(conf.load().get(0).value()).hasToString("chan_sip");
    assertThat(conf.uses()).containsExactly(
        new AdminUse(ModuleName.of("app_queue"), new Requirement("module", "res_monitor"), at(4)));
  }

  @Test
  void parse_nameWithPath_isErrorAtItsLine() {
    Parsed<ModulesConf> parsed = parse("[modules]", "load=../x");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "invalid-module-name",
        "invalid module name '../x': use letters, digits and '_' only"));
    assertThat(parsed.diagnostics().get(0)).hasToString(
        "modules.conf:2: error: invalid module name '../x': use letters, digits and '_' only [invalid-module-name]");
    assertThat(parsed.orElseThrow().load()).isEmpty();
  }

  @Test
  void parse_pathInUses_isErrorOnEitherSide() {
    Parsed<ModulesConf> parsed = parse("[uses]", "a/b=chan_sip", "chan_sip=../x");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "invalid-module-name", "invalid module name 'a/b': use letters, digits and '_' only"),
        Diagnostic.error(at(3), "invalid-module-name", "invalid module name '../x': use letters, digits and '_' only"));
    assertThat(parsed.orElseThrow().uses()).isEmpty();
  }

  @Test
  void parse_unknownKey_isError() {
    Parsed<ModulesConf> parsed = parse("[modules]", "autoload=yes", "lod=chan_sip");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(3), "unknown-key", "unknown key 'lod' in [modules]"));
  }

  @Test
  void parse_unknownSection_isErrorAndItsEntriesIgnored() {
    Parsed<ModulesConf> parsed = parse("[module]", "load=chan_sip");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(1), "unknown-section", "unknown section [module]: expected [modules] or [uses]"));
    assertThat(parsed.orElseThrow().load()).isEmpty();
  }

  @Test
  void parse_badBoolean_isErrorAndDefaultKept() {
    Parsed<ModulesConf> parsed = parse("[modules]", "autoload=maybe");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "bad-boolean",
        "expected 'yes' or 'no' for 'autoload', found 'maybe'"));
    assertThat(parsed.orElseThrow().autoload()).isFalse();
    assertThat(parsed.orElseThrow().autoloadLocation()).isEmpty();
  }

  @Test
  void parse_asteriskBooleanSpellings_areAccepted() {
    assertThat(parse("[modules]", "autoload=On").orElseThrow().autoload()).isTrue();
    assertThat(parse("[modules]", "autoload=1").orElseThrow().autoload()).isTrue();
    assertThat(parse("[modules]", "autoload = TRUE").orElseThrow().autoload()).isTrue();
    assertThat(parse("[modules]", "autoload=off").orElseThrow().autoload()).isFalse();
  }

  @Test
  void parse_absentAutoload_meansNoAsInAsteriskCode() {
    Parsed<ModulesConf> parsed = parse("[modules]", "load=chan_sip");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().autoload()).isFalse();
    assertThat(parsed.orElseThrow().autoloadLocation()).isEmpty();
  }

  @Test
  void parse_repeatedAutoload_lastWinsWithWarning() {
    Parsed<ModulesConf> parsed = parse("[modules]", "autoload=no", "autoload=yes");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.warning(at(3), "duplicate-autoload",
        "'autoload' is set again (first at modules.conf:2): the last value wins"));
    assertThat(parsed.orElseThrow().autoload()).isTrue();
    assertThat(parsed.orElseThrow().autoloadLocation()).contains(at(3));
  }

  @Test
  void parse_unknownType_isErrorAndItsLinesAreSkippedUntilTheNextType() {
    Parsed<ModulesConf> parsed = parse(
        "[uses]",
        "type=aplication",
        "pbx_config=Gosub",
        "type=function",
        "pbx_config=CHANNEL");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "unknown-type",
        "unknown type 'aplication' in [uses]: expected module, application, function, realtime or service"));
    assertThat(parsed.orElseThrow().uses()).containsExactly(
        new AdminUse(ModuleName.of("pbx_config"), new Requirement("function", "CHANNEL"), at(5)));
  }

  @Test
  void parse_typeIsCaseInsensitiveAndServiceAndRealtimeAreKinds() {
    ModulesConf conf = parse("[uses]", "type=Service", "chan_sip=timing", "type=REALTIME", "pbx_config=sqlite3")
        .orElseThrow();

    assertThat(conf.uses()).extracting(AdminUse::target).containsExactly(
        new Requirement("service", "timing"), new Requirement("realtime", "sqlite3"));
  }

  @Test
  void parse_everyUsesSectionStartsWithModuleKind() {
    ModulesConf conf = parse("[uses]", "type=function", "pbx_config=CHANNEL", "[uses]", "pbx_config=app_dial")
        .orElseThrow();

    assertThat(conf.uses()).extracting(AdminUse::target).containsExactly(
        new Requirement("function", "CHANNEL"), new Requirement("module", "app_dial"));
  }

  @Test
  void parse_invalidApplicationName_isError() {
    Parsed<ModulesConf> parsed = parse("[uses]", "type=application", "pbx_config=Go sub");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(3), "invalid-name",
        "invalid application name 'Go sub': use letters, digits and '_' only"));
  }

  @Test
  void parse_moduleUsingItself_isError() {
    Parsed<ModulesConf> parsed = parse("[uses]", "chan_sip=chan_sip.so");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "self-use", "'chan_sip' uses itself"));
  }

  @Test
  void parse_preload_isWarnedAndLoadedAsIfByLoad() {
    Parsed<ModulesConf> parsed = parse("[modules]", "preload=res_config_sqlite3", "preload-require=res_odbc");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.warning(at(2), "obsolete-preload", "'preload' is obsolete, extconfig.conf replaces it: "
            + "'res_config_sqlite3' is loaded as if by 'load'"),
        Diagnostic.warning(at(3), "obsolete-preload", "'preload-require' is obsolete, extconfig.conf "
            + "replaces it: 'res_odbc' is loaded as if by 'require'"));
    ModulesConf conf = parsed.orElseThrow();
    assertThat(conf.preload()).containsExactly(located("res_config_sqlite3", 2), located("res_odbc", 3));
    assertThat(conf.load()).containsExactly(located("res_config_sqlite3", 2));
    assertThat(conf.require()).containsExactly(located("res_odbc", 3));
  }

  @Test
  void parse_repeatedModulesSection_isErrorAndIgnoredAsAsteriskDoes() {
    Parsed<ModulesConf> parsed = parse("[modules]", "load=chan_sip", "[modules]", "load=chan_iax2");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(3), "duplicate-section",
        "section [modules] is repeated (first at modules.conf:1): Asterisk reads only the first, "
            + "use [modules](+) to extend it"));
    assertThat(parsed.orElseThrow().load()).containsExactly(located("chan_sip", 2));
  }

  @Test
  void parse_appendedModulesSection_isOneSection() {
    Parsed<ModulesConf> parsed = parse("[modules]", "load=chan_sip", "[modules](+)", "load=chan_iax2");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().load()).containsExactly(located("chan_sip", 2), located("chan_iax2", 4));
  }

  @Test
  void parse_syntaxErrors_comeFirstAndTheRestIsStillRead() {
    Parsed<ModulesConf> parsed = parse("[modules]", "garbage", "load=chan_sip");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "not-an-entry",
        "expected 'key = value' or 'key => value', found 'garbage'"));
    assertThat(parsed.orElseThrow().load()).containsExactly(located("chan_sip", 3));
  }

  @Test
  void parse_manyProblems_areCappedAtDiagnosticsMax() {
    ModulesConfParser parser = new ModulesConfParser(new ConfLimits(1024, 100, 2, 2));

    Parsed<ModulesConf> parsed = parser.parseText(FILE, String.join("\n", "[modules]", "a=1", "b=1", "c=1", "d=1"));

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "unknown-key", "unknown key 'a' in [modules]"),
        Diagnostic.error(at(3), "unknown-key", "unknown key 'b' in [modules]"),
        Diagnostic.error(at(4), "too-many-errors", "too many problems, the rest are not reported"));
  }

  @Test
  void parse_fileWithInclude_keepsTheIncludedFileInLocations() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path etc = Files.createDirectories(fs.getPath("/etc/asterisk"));
      Files.writeString(etc.resolve("modules.conf"), "[modules]\nautoload=yes\n#include bans.conf\n",
          StandardCharsets.UTF_8);
      Files.writeString(etc.resolve("bans.conf"), "; admin bans\nneverload=func_shell\n", StandardCharsets.UTF_8);

      Parsed<ModulesConf> parsed = new ModulesConfParser().parse(etc.resolve("modules.conf"));

      assertThat(parsed.diagnostics()).isEmpty();
      assertThat(parsed.orElseThrow().neverload()).containsExactly(
          new Located<>(ModuleName.of("func_shell"), new SourceLocation("/etc/asterisk/bans.conf", 2)));
    }
  }

  @Test
  void parse_missingFile_hasNoValueAndOneError() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Parsed<ModulesConf> parsed = new ModulesConfParser().parse(fs.getPath("/etc/modules.conf"));

      assertThat(parsed.value()).isEqualTo(Optional.empty());
      assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(
          SourceLocation.wholeFile("/etc/modules.conf"), "file-not-found", "file not found"));
    }
  }

  @Test
  void parse_emptyText_isTheEmptyConfiguration() {
    Parsed<ModulesConf> parsed = parse("");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow()).isEqualTo(ModulesConf.empty());
  }
}
