package org.loaderlab.engine.manifest;

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
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.Severity;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * Goal: {@link ManifestParser} reads the seed's manifest exactly, and every rule it enforces
 * fails with its own code, message and line while the rest of the manifest is still built.
 * Method: manifest texts through {@code parseText} (file {@code t.manifest}); for the rules that
 * need a real file (a name implied by the file name, includes), an in-memory file system:
 *
 * <pre>
 * /usr/lib/asterisk/modules/
 *   x.manifest, ...   (per test)
 * </pre>
 */
class ManifestParserTest {

  private static final String FILE = "t.manifest";

  private final ManifestParser parser = new ManifestParser();
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix());
  private final Path modules = fs.getPath("/usr/lib/asterisk/modules");

  @AfterEach
  void closeFileSystem() throws IOException {
    fs.close();
  }

  private Parsed<ManifestSource> parse(String text) {
    return parser.parseText(FILE, text);
  }

  private Manifest clean(String text) {
    Parsed<ManifestSource> parsed = parse(text);
    assertThat(parsed.diagnostics()).isEmpty();
    return parsed.orElseThrow().manifest();
  }

  /** A manifest of module {@code x} followed by {@code rest}: the name is on line 2. */
  private static String x(String rest) {
    return "[module]\nname=x\n" + rest;
  }

  private static Tuple error(int line, String code, String message) {
    return tuple(Severity.ERROR, line, code, message);
  }

  private static Tuple warning(int line, String code, String message) {
    return tuple(Severity.WARNING, line, code, message);
  }

  private static List<Tuple> problems(Parsed<?> parsed) {
    return parsed.diagnostics().stream()
        .map(d -> tuple(d.severity(), d.location().line(), d.code(), d.message()))
        .toList();
  }

  private Path write(String fileName, String text) throws IOException {
    Path file = modules.resolve(fileName);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, UTF_8);
    return file;
  }

  private static Requirement use(String kind, String name) {
    return new Requirement(kind, name);
  }

  private static Provision service(String kind, String name, int priority) {
    return new Provision(kind, name, OptionalInt.of(priority));
  }

  private static List<Integer> lines(List<SourceLocation> locations) {
    return locations.stream().map(SourceLocation::line).toList();
  }

  // --- what a good manifest says ----------------------------------------------------------

  @Test
  void parseText_seedExample_readExactly() {
    Parsed<ManifestSource> parsed = parser.parseText("func_periodic_hook.manifest", SeedManifest.TEXT);
    assertThat(parsed.diagnostics()).isEmpty();
    ManifestSource source = parsed.orElseThrow();
    assertThat(source.manifest()).isEqualTo(SeedManifest.MODEL);
    assertThat(source.manifest().name().toString()).isEqualTo("func_periodic_hook");
    assertThat(source.file()).isEqualTo("func_periodic_hook.manifest");
    assertThat(source.nameLocation()).isEqualTo(new SourceLocation("func_periodic_hook.manifest", 3));
    assertThat(source.checksumLocation().line()).isEqualTo(4);
    assertThat(lines(source.usesLocations())).containsExactly(9, 10, 11, 12);
    assertThat(source.canUseLocations()).isEmpty();
    assertThat(lines(source.providesLocations())).containsExactly(15);
  }

  @Test
  void parseText_everyModuleKey_read() {
    Manifest manifest = clean("""
        [module]
        name=res_config_sqlite3
        checksum=SHA256:ABCDEF0123456789abcdef0123456789ABCDEF0123456789abcdef0123456789
        support_level=Extended
        defaultenabled=no
        export_globals=NO
        load_priority=AST_MODPRI_REALTIME_DRIVER
        config=res_config_sqlite3.conf
        config = extconfig.conf
        description=SQLite 3 realtime driver \\; & more
        """);
    assertThat(manifest).isEqualTo(new Manifest(
        ModuleName.of("res_config_sqlite3"),
        Optional.of("sha256:abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"),
        SupportLevel.EXTENDED, Optional.of(false), false, LoadPriority.REALTIME_DRIVER,
        List.of("res_config_sqlite3.conf", "extconfig.conf"),
        Optional.of("SQLite 3 realtime driver ; & more"),
        List.of(), List.of(), List.of()));
  }

  @Test
  void parseText_onlyName_givesDefaults() {
    assertThat(clean("[module]\nname=x\n")).isEqualTo(Manifest.minimal(ModuleName.of("x")));
  }

  @Test
  void parseText_md5Checksum_lowerCased() {
    assertThat(clean(x("checksum=844C2153257936CC25D8B32760780C7B\n")).checksum())
        .contains("844c2153257936cc25d8b32760780c7b");
  }

  @Test
  void parseText_manifestSpellingOfLoadPriority_read() {
    assertThat(clean(x("load_priority=channel_driver\n")).loadPriority()).isEqualTo(LoadPriority.CHANNEL_DRIVER);
  }

  @Test
  void parseText_sectionsAndKeysAnyCase_arrowsToo() {
    Manifest manifest = clean("""
        [MODULE]
        Name => x
        EXPORT_GLOBALS => yes
        [Uses]
        Module => a
        Application => Gosub
        """);
    assertThat(manifest.name().toString()).isEqualTo("x");
    assertThat(manifest.exportGlobals()).isTrue();
    assertThat(manifest.uses()).containsExactly(use("module", "a"), use("application", "Gosub"));
  }

  @Test
  void parseText_nameWithSo_stripped() {
    assertThat(clean("[module]\nname=chan_sip.so\n").name().toString()).isEqualTo("chan_sip");
  }

  @Test
  void parseText_usesOfEveryKind_keptInOrder() {
    ManifestSource source = parse(x("""
        [uses]
        module=app_stack.so
        application=Gosub
        function=CHANNEL
        realtime=sqlite3
        service=TIMING
        timing=timerfd
        """)).orElseThrow();
    assertThat(source.manifest().uses()).containsExactly(
        use("module", "app_stack"), use("application", "Gosub"), use("function", "CHANNEL"),
        use("realtime", "sqlite3"), use("service", "timing"), use("timing", "timerfd"));
    assertThat(lines(source.usesLocations())).containsExactly(4, 5, 6, 7, 8, 9);
  }

  @Test
  void parseText_canUse_readLikeUsesWithOwnLocations() {
    ManifestSource source = parse(x("[canuse]\nmodule=res_crypto\n[uses]\nmodule=a\n")).orElseThrow();
    assertThat(source.manifest().canUse()).containsExactly(use("module", "res_crypto"));
    assertThat(lines(source.canUseLocations())).containsExactly(4);
    assertThat(lines(source.usesLocations())).containsExactly(6);
  }

  @Test
  void parseText_provides_plainAndRankedServices() {
    ManifestSource source = parse(x("""
        [provides]
        application=Dial
        function=CHANNEL
        realtime=sqlite3
        timing=timerfd:200
        timing = dahdi : 100
        codec=a:b:5
        application=Odd:name
        rank=low:0
        rank=high:10000
        rank=padded:007
        """)).orElseThrow();
    assertThat(source.manifest().provides()).containsExactly(
        Provision.of("application", "Dial"), Provision.of("function", "CHANNEL"),
        Provision.of("realtime", "sqlite3"), service("timing", "timerfd", 200),
        service("timing", "dahdi", 100), service("codec", "a:b", 5),
        Provision.of("application", "Odd:name"), service("rank", "low", 0),
        service("rank", "high", 10_000), service("rank", "padded", 7));
    assertThat(lines(source.providesLocations())).containsExactly(4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
  }

  @Test
  void parseText_templateSections_lendEntriesAndAreNotSections() {
    ManifestSource source = parse(x("""
        [common](!)
        module=res_pjsip
        [uses](common)
        module=res_pjsip_session
        """)).orElseThrow();
    assertThat(source.manifest().uses()).containsExactly(use("module", "res_pjsip"), use("module", "res_pjsip_session"));
    assertThat(lines(source.usesLocations())).containsExactly(4, 6);
  }

  @Test
  void parseText_repeatedSections_merged() {
    Manifest manifest = clean("[uses]\nmodule=a\n[module]\nname=x\n[uses]\nmodule=b\n[module]\nconfig=c.conf\n");
    assertThat(manifest.uses()).extracting(Requirement::name).containsExactly("a", "b");
    assertThat(manifest.configs()).containsExactly("c.conf");
  }

  @Test
  void parseText_nameAfterUses_stillCatchesSelfDependency() {
    Parsed<ManifestSource> parsed = parse("[uses]\nmodule=x\nmodule=y\n[module]\nname=x\n");
    assertThat(problems(parsed)).containsExactly(
        error(2, "self-dependency", "module 'x' lists itself in [uses]"));
    assertThat(parsed.orElseThrow().manifest().uses()).containsExactly(use("module", "y"));
  }

  @Test
  void parseText_danglingUseAndNameMismatch_areNotThisParsersBusiness() {
    Parsed<ManifestSource> parsed = parser.parseText("a.manifest", "[module]\nname=b\n[uses]\nmodule=nowhere\n");
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().manifest().name().toString()).isEqualTo("b");
  }

  @Test
  void parseText_syntaxProblems_passedThroughWithValue() {
    Parsed<ManifestSource> parsed = parse("stray=1\n[module]\nname=x\njunk line\n");
    assertThat(problems(parsed)).containsExactly(
        error(1, "entry-outside-section", "entry 'stray' comes before any [section]"),
        error(4, "not-an-entry", "expected 'key = value' or 'key => value', found 'junk line'"));
    assertThat(parsed.orElseThrow().manifest()).isEqualTo(Manifest.minimal(ModuleName.of("x")));
  }

  // --- [module] errors --------------------------------------------------------------------

  @Test
  void parseText_unknownSection_reportedAtHeaderAndSkipped() {
    Parsed<ManifestSource> parsed = parse(x("[extras]\nmodule=a\n[uses]\nmodule=b\n"));
    assertThat(problems(parsed)).containsExactly(error(3, "unknown-section",
        "unknown section [extras]: expected [module], [uses], [canuse] or [provides]"));
    assertThat(parsed.orElseThrow().manifest().uses()).containsExactly(use("module", "b"));
  }

  @Test
  void parseText_unknownKey_reported() {
    assertThat(problems(parse(x("foo=bar\n"))))
        .containsExactly(error(3, "unknown-key", "unknown key 'foo' in [module]"));
  }

  @Test
  void parseText_badYesNo_reportedAndDefaultKept() {
    Parsed<ManifestSource> parsed = parse(x("export_globals=maybe\ndefaultenabled=true\n"));
    assertThat(problems(parsed)).containsExactly(
        error(3, "bad-boolean", "expected 'yes' or 'no' for 'export_globals', found 'maybe'"),
        error(4, "bad-boolean", "expected 'yes' or 'no' for 'defaultenabled', found 'true'"));
    Manifest manifest = parsed.orElseThrow().manifest();
    assertThat(manifest.exportGlobals()).isFalse();
    assertThat(manifest.defaultEnabled()).isEmpty();
  }

  @Test
  void parseText_unknownLoadPriority_listsValidSpellings() {
    Parsed<ManifestSource> parsed = parse(x("load_priority=urgent\n"));
    assertThat(problems(parsed)).containsExactly(error(3, "unknown-load-priority",
        "unknown load_priority 'urgent': expected one of realtime_depend, realtime_depend2,"
            + " realtime_driver, core, timing, channel_depend, channel_driver, app_depend,"
            + " devstate_provider, devstate_plugin, cdr_driver, default, devstate_consumer"));
    assertThat(parsed.orElseThrow().manifest().loadPriority()).isEqualTo(LoadPriority.DEFAULT);
  }

  @Test
  void parseText_unknownSupportLevel_reported() {
    Parsed<ManifestSource> parsed = parse(x("support_level=unknown\n"));
    assertThat(problems(parsed)).containsExactly(error(3, "unknown-support-level",
        "unknown support_level 'unknown': expected core, extended or deprecated"));
    assertThat(parsed.orElseThrow().manifest().supportLevel()).isEqualTo(SupportLevel.UNKNOWN);
  }

  @Test
  void parseText_duplicateSingleValuedKey_reportedFirstWins() {
    Parsed<ManifestSource> parsed = parse(x("Name=y\nchecksum=844c2153257936cc25d8b32760780c7b\n"
        + "checksum=00000000000000000000000000000000\n"));
    assertThat(problems(parsed)).containsExactly(
        error(3, "duplicate-key", "duplicate key 'name' in [module], first set at t.manifest:2"),
        error(5, "duplicate-key", "duplicate key 'checksum' in [module], first set at t.manifest:4"));
    ManifestSource source = parsed.orElseThrow();
    assertThat(source.manifest().name().toString()).isEqualTo("x");
    assertThat(source.manifest().checksum()).contains("844c2153257936cc25d8b32760780c7b");
    assertThat(source.checksumLocation().line()).isEqualTo(4);
  }

  @Test
  void parseText_everySingleValuedKey_mayAppearOnce() {
    for (String key : List.of("support_level=core", "defaultenabled=yes", "export_globals=yes",
        "load_priority=core", "description=d")) {
      Parsed<ManifestSource> parsed = parse(x(key + "\n" + key + "\n"));
      assertThat(parsed.diagnostics()).as(key).extracting(d -> d.code()).containsExactly("duplicate-key");
    }
  }

  @Test
  void parseText_emptyValueInModule_reported() {
    Parsed<ManifestSource> parsed = parse(x("checksum=\nconfig=\ndescription=\n"));
    assertThat(problems(parsed)).containsExactly(
        error(3, "empty-value", "empty value for 'checksum' in [module]"),
        error(4, "empty-value", "empty value for 'config' in [module]"),
        error(5, "empty-value", "empty value for 'description' in [module]"));
    Manifest manifest = parsed.orElseThrow().manifest();
    assertThat(manifest.checksum()).isEmpty();
    assertThat(manifest.configs()).isEmpty();
    assertThat(manifest.description()).isEmpty();
  }

  @Test
  void parseText_malformedChecksums_reported() {
    String expected = "': expected 'sha256:' and 64 hex digits, or 32 hex digits (md5)";
    for (String bad : List.of("844c2153257936cc25d8b32760780c7", "844c2153257936cc25d8b32760780c7bb",
        "g44c2153257936cc25d8b32760780c7b", "sha256:" + "a".repeat(63), "sha256:" + "a".repeat(65),
        "sha1:" + "a".repeat(40), "md5:844c2153257936cc25d8b32760780c7b", "sha256:" + "z".repeat(64))) {
      Parsed<ManifestSource> parsed = parse(x("checksum=" + bad + "\n"));
      assertThat(problems(parsed)).as(bad).containsExactly(
          error(3, "bad-checksum", "malformed checksum '" + ManifestSyntax.quote(bad) + expected));
      assertThat(parsed.orElseThrow().manifest().checksum()).isEmpty();
    }
  }

  @Test
  void parseText_noModuleSection_fails() {
    Parsed<ManifestSource> parsed = parse("[uses]\nmodule=a\n");
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(error(0, "missing-module-section", "no [module] section"));
  }

  @Test
  void parseText_emptyText_failsWithoutModuleSection() {
    assertThat(problems(parse(""))).containsExactly(error(0, "missing-module-section", "no [module] section"));
  }

  @Test
  void parseText_moduleSectionOnlyAsTemplate_fails() {
    assertThat(problems(parse("[module](!)\nname=x\n")))
        .containsExactly(error(0, "missing-module-section", "no [module] section"));
  }

  @Test
  void parseText_noName_failsAtModuleHeader() {
    Parsed<ManifestSource> parsed = parse("; comment\n[module]\nsupport_level=core\n");
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(error(2, "missing-name", "[module] has no name="));
  }

  @Test
  void parseText_invalidName_failsWithTheNamesProblem() {
    Parsed<ManifestSource> parsed = parse("[module]\nname=../x\n");
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(error(2, "invalid-module-name",
        "invalid module name '../x': use letters, digits and '_' only"));
  }

  @Test
  void parseText_emptyName_failsWithEmptyValue() {
    Parsed<ManifestSource> parsed = parse("[module]\nname=\n");
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(error(2, "empty-value", "empty value for 'name' in [module]"));
  }

  // --- [uses] and [canuse] errors ---------------------------------------------------------

  @Test
  void parseText_invalidKindInUses_reportedAndDropped() {
    Parsed<ManifestSource> parsed = parse(x("[uses]\nMy Kind=x1\n9lives=x2\nmodule=a\n"));
    assertThat(problems(parsed)).containsExactly(
        error(4, "invalid-kind", "invalid kind 'My Kind' in [uses]: a kind is a lower-case word such as 'module' or 'timing'"),
        error(5, "invalid-kind", "invalid kind '9lives' in [uses]: a kind is a lower-case word such as 'module' or 'timing'"));
    ManifestSource source = parsed.orElseThrow();
    assertThat(source.manifest().uses()).containsExactly(use("module", "a"));
    assertThat(lines(source.usesLocations())).containsExactly(6);
  }

  @Test
  void parseText_emptyValueInUses_reported() {
    assertThat(problems(parse(x("[canuse]\nmodule=\n"))))
        .containsExactly(error(4, "empty-value", "empty value for 'module' in [canuse]"));
  }

  @Test
  void parseText_invalidModuleNameInUses_reported() {
    Parsed<ManifestSource> parsed = parse(x("[uses]\nmodule=a/b\n"));
    assertThat(problems(parsed)).containsExactly(
        error(4, "invalid-module-name", "invalid module name 'a/b': use letters, digits and '_' only"));
    assertThat(parsed.orElseThrow().manifest().uses()).isEmpty();
  }

  @Test
  void parseText_selfDependency_reportedInAnyCaseWithSo() {
    Parsed<ManifestSource> parsed = parse(x("[uses]\nmodule=X.so\n[canuse]\nmodule=x\n"));
    assertThat(problems(parsed)).containsExactly(
        error(4, "self-dependency", "module 'X' lists itself in [uses]"),
        error(6, "self-dependency", "module 'x' lists itself in [canuse]"));
    Manifest manifest = parsed.orElseThrow().manifest();
    assertThat(manifest.uses()).isEmpty();
    assertThat(manifest.canUse()).isEmpty();
  }

  @Test
  void parseText_duplicateUse_warnedAndDropped() {
    Parsed<ManifestSource> parsed = parse(x("[uses]\nmodule=a\napplication=Dial\nmodule=A.so\nApplication=dial\n"));
    assertThat(problems(parsed)).containsExactly(
        warning(6, "duplicate-use", "'module=A' is listed twice in [uses], first at t.manifest:4"),
        warning(7, "duplicate-use", "'application=dial' is listed twice in [uses], first at t.manifest:5"));
    assertThat(parsed.hasErrors()).isFalse();
    ManifestSource source = parsed.orElseThrow();
    assertThat(source.manifest().uses()).containsExactly(use("module", "a"), use("application", "Dial"));
    assertThat(lines(source.usesLocations())).containsExactly(4, 5);
  }

  @Test
  void parseText_sameLineInUsesAndCanUse_notADuplicate() {
    assertThat(parse(x("[uses]\nmodule=a\n[canuse]\nmodule=a\n")).diagnostics()).isEmpty();
  }

  @Test
  void parseText_invalidService_reported() {
    Parsed<ManifestSource> parsed = parse(x("[uses]\nservice=Timing Source\nservice=module\n"));
    String why = "' names no service kind: expected a lower-case word other than module,"
        + " application, function, realtime or service";
    assertThat(problems(parsed)).containsExactly(
        error(4, "invalid-service", "'service=Timing Source" + why),
        error(5, "invalid-service", "'service=module" + why));
    assertThat(parsed.orElseThrow().manifest().uses()).isEmpty();
  }

  // --- [provides] errors ------------------------------------------------------------------

  @Test
  void parseText_serviceInProvides_reported() {
    assertThat(problems(parse(x("[provides]\nservice=timing\n")))).containsExactly(error(4, "service-in-provides",
        "'service=timing' belongs in [uses]: a provider names the service as its kind, e.g. 'timing=timerfd:100'"));
  }

  @Test
  void parseText_moduleInProvides_reported() {
    assertThat(problems(parse(x("[provides]\nmodule=other:5\n")))).containsExactly(error(4, "module-in-provides",
        "'module=other:5' cannot be provided: a module provides only itself, implicitly"));
  }

  @Test
  void parseText_priorityOnPlainKind_reported() {
    Parsed<ManifestSource> parsed = parse(x("[provides]\napplication=Dial:10\nfunction=CUT : 3\nrealtime=odbc:1\n"));
    String why = " has a priority, but only service kinds such as 'timing' take one";
    assertThat(problems(parsed)).containsExactly(
        error(4, "priority-not-allowed", "'application=Dial:10'" + why),
        error(5, "priority-not-allowed", "'function=CUT : 3'" + why),
        error(6, "priority-not-allowed", "'realtime=odbc:1'" + why));
    assertThat(parsed.orElseThrow().manifest().provides()).isEmpty();
  }

  @Test
  void parseText_serviceWithoutPriority_reported() {
    Parsed<ManifestSource> parsed = parse(x("[provides]\ntiming=timerfd\n"));
    assertThat(problems(parsed)).containsExactly(error(4, "missing-priority",
        "service provider 'timing=timerfd' needs a priority from 0 to 10000, e.g. 'timing=timerfd:100'"));
    assertThat(parsed.orElseThrow().manifest().provides()).isEmpty();
  }

  @Test
  void parseText_badPriorities_reported() {
    Parsed<ManifestSource> parsed = parse(x("[provides]\ntiming=a:abc\ntiming=b:10001\ntiming=c:-1\n"
        + "timing=d:\ntiming=e:+5\ntiming=f:99999999999999999999\n"));
    String why = " is not a whole number from 0 to 10000";
    assertThat(problems(parsed)).containsExactly(
        error(4, "bad-priority", "priority 'abc' in 'timing=a:abc'" + why),
        error(5, "bad-priority", "priority '10001' in 'timing=b:10001'" + why),
        error(6, "bad-priority", "priority '-1' in 'timing=c:-1'" + why),
        error(7, "bad-priority", "priority '' in 'timing=d:'" + why),
        error(8, "bad-priority", "priority '+5' in 'timing=e:+5'" + why),
        error(9, "bad-priority", "priority '99999999999999999999' in 'timing=f:99999999999999999999'" + why));
  }

  @Test
  void parseText_emptyNameBeforePriority_reported() {
    assertThat(problems(parse(x("[provides]\ntiming=:100\napplication=\n")))).containsExactly(
        error(4, "empty-value", "empty name before the priority in 'timing=:100'"),
        error(5, "empty-value", "empty value for 'application' in [provides]"));
  }

  @Test
  void parseText_invalidKindInProvides_reported() {
    assertThat(problems(parse(x("[provides]\nApp Lication=Dial\n")))).containsExactly(error(4, "invalid-kind",
        "invalid kind 'App Lication' in [provides]: a kind is a lower-case word such as 'application' or 'timing'"));
  }

  @Test
  void parseText_duplicateProvision_warnedFirstKept() {
    Parsed<ManifestSource> parsed = parse(x("[provides]\napplication=Dial\ntiming=t:1\napplication=dial\ntiming=T:2\n"));
    assertThat(problems(parsed)).containsExactly(
        warning(6, "duplicate-provision", "'application=dial' is listed twice in [provides], first at t.manifest:4"),
        warning(7, "duplicate-provision", "'timing=T' is listed twice in [provides], first at t.manifest:5"));
    assertThat(parsed.orElseThrow().manifest().provides())
        .containsExactly(Provision.of("application", "Dial"), service("timing", "t", 1));
  }

  // --- bounds -----------------------------------------------------------------------------

  @Test
  void parseText_manyProblems_cutShortWithTooManyErrors() {
    ManifestParser strict = new ManifestParser(new ConfLimits(1024 * 1024, 8192, 10, 3));
    Parsed<ManifestSource> parsed = strict.parseText(FILE, x("a=1\nb=2\nc=3\nd=4\ne=5\n"));
    assertThat(problems(parsed)).containsExactly(
        error(3, "unknown-key", "unknown key 'a' in [module]"),
        error(4, "unknown-key", "unknown key 'b' in [module]"),
        error(5, "unknown-key", "unknown key 'c' in [module]"),
        error(5, "too-many-errors", "too many errors, the rest of the file was not read"));
  }

  @Test
  void parseText_manyWarnings_cutShortButReadingGoesOn() {
    ManifestParser strict = new ManifestParser(new ConfLimits(1024 * 1024, 8192, 10, 2));
    Parsed<ManifestSource> parsed = strict.parseText(FILE,
        x("[uses]\nmodule=a\nmodule=a\nmodule=a\nmodule=a\nmodule=a\nmodule=\n"));
    String twice = "'module=a' is listed twice in [uses], first at t.manifest:4";
    assertThat(problems(parsed)).containsExactly(
        warning(5, "duplicate-use", twice),
        warning(6, "duplicate-use", twice),
        warning(7, "too-many-warnings", "too many warnings, the rest are not shown"),
        error(9, "empty-value", "empty value for 'module' in [uses]"));
    assertThat(parsed.orElseThrow().manifest().uses()).containsExactly(use("module", "a"));
  }

  @Test
  void parseText_longHostileValue_quotedShort() {
    String value = "v".repeat(5000);
    Parsed<ManifestSource> parsed = parse(x("support_level=" + value + "\n"));
    assertThat(parsed.diagnostics().get(0).message()).isEqualTo("unknown support_level '"
        + "v".repeat(60) + "...': expected core, extended or deprecated");
  }

  @Test
  void parseText_tenThousandSmallManifests_allRead() {
    // Not timed (a shared CI machine makes timings flaky); it shows that nothing in the path
    // is quadratic enough to make this slow, and that every one reads back clean.
    for (int i = 0; i < 10_000; i++) {
      String text = "[module]\nname=m" + i + "\nchecksum=844c2153257936cc25d8b32760780c7b\n"
          + "support_level=core\n[uses]\nmodule=m" + (i + 1) + "\napplication=Gosub\n"
          + "[provides]\nfunction=F" + i + "\ntiming=t" + i + ":" + (i % 100) + "\n";
      Parsed<ManifestSource> parsed = parser.parseText("m" + i + ".manifest", text);
      assertThat(parsed.diagnostics()).isEmpty();
    }
  }

  // --- files ------------------------------------------------------------------------------

  @Test
  void parse_missingName_takenFromFileName() throws IOException {
    Path file = write("chan_pjsip.manifest", "; no name line\n[module]\nsupport_level=core\n");
    ManifestSource source = parser.parse(file).orElseThrow();
    assertThat(source.manifest().name().toString()).isEqualTo("chan_pjsip");
    assertThat(source.file()).isEqualTo("/usr/lib/asterisk/modules/chan_pjsip.manifest");
    assertThat(source.nameLocation()).isEqualTo(new SourceLocation("/usr/lib/asterisk/modules/chan_pjsip.manifest", 2));
    assertThat(source.checksumLocation()).isEqualTo(source.nameLocation());
  }

  @Test
  void parse_missingNameAndUnusableFileName_fails() throws IOException {
    Path file = write("weird.txt", "[module]\n");
    Parsed<ManifestSource> parsed = parser.parse(file);
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(
        error(1, "missing-name", "[module] has no name=, and the file name 'weird.txt' gives none"));
  }

  @Test
  void parse_invalidNameWithUsableFileName_reportedButBuilt() throws IOException {
    Path file = write("app_dial.manifest", "[module]\nname=app dial\n[uses]\nmodule=app_dial\n");
    Parsed<ManifestSource> parsed = parser.parse(file);
    assertThat(problems(parsed)).containsExactly(
        error(2, "invalid-module-name", "invalid module name 'app dial': use letters, digits and '_' only"),
        error(4, "self-dependency", "module 'app_dial' lists itself in [uses]"));
    assertThat(parsed.orElseThrow().manifest().name().toString()).isEqualTo("app_dial");
  }

  @Test
  void parse_nameDifferentFromFileName_notCompared() throws IOException {
    Path file = write("a.manifest", "[module]\nname=b\n");
    Parsed<ManifestSource> parsed = parser.parse(file);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().manifest().name().toString()).isEqualTo("b");
  }

  @Test
  void parse_include_relativeToManifest() throws IOException {
    Path file = write("x.manifest", "[module]\nname=x\n#include common/uses.inc\n");
    write("common/uses.inc", "[uses]\nmodule=res_crypto\n");
    ManifestSource source = parser.parse(file).orElseThrow();
    assertThat(source.manifest().uses()).containsExactly(use("module", "res_crypto"));
    assertThat(source.usesLocations())
        .containsExactly(new SourceLocation("/usr/lib/asterisk/modules/common/uses.inc", 2));
  }

  @Test
  void parse_missingFile_fails() {
    Parsed<ManifestSource> parsed = parser.parse(modules.resolve("absent.manifest"));
    assertThat(parsed.value()).isEmpty();
    assertThat(problems(parsed)).containsExactly(error(0, "file-not-found", "file not found"));
  }

  @Test
  void parse_crlfFile_readLikeLf() throws IOException {
    Path file = write("func_periodic_hook.manifest", SeedManifest.TEXT.replace("\n", "\r\n"));
    Parsed<ManifestSource> parsed = parser.parse(file);
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().manifest()).isEqualTo(SeedManifest.MODEL);
  }
}
