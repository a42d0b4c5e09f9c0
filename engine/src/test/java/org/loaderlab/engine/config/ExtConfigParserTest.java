package org.loaderlab.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * Goal: extconfig.conf lines become realtime mappings as Asterisk's read_config_maps reads them,
 * config files kept apart from realtime families, and every refused line reported with exact
 * code, message and line. Method: the DESIGN.md example verbatim, then one line per rule.
 */
class ExtConfigParserTest {

  private static final String FILE = "extconfig.conf";

  private static Parsed<ExtConfig> parse(String... lines) {
    return new ExtConfigParser().parseText(FILE, String.join("\n", lines));
  }

  private static SourceLocation at(int line) {
    return new SourceLocation(FILE, line);
  }

  @Test
  void parse_designExample_mapsExtensionsConfToSqlite3() {
    Parsed<ExtConfig> parsed = parse("[settings]", "extensions.conf => sqlite3,asterisk,ast_config");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().staticConfigs()).containsExactly(new RealtimeMapping(
        "extensions.conf", "sqlite3", "asterisk", Optional.of("ast_config"), 1, at(2)));
    assertThat(parsed.orElseThrow().families()).isEmpty();
  }

  @Test
  void parse_family_isKeptApartWithoutTable() {
    Parsed<ExtConfig> parsed = parse("[settings]", "sippeers => odbc,asterisk", "voicemail.conf => odbc,asterisk");

    assertThat(parsed.diagnostics()).isEmpty();
    RealtimeMapping sippeers = parsed.orElseThrow().families().get(0);
    assertThat(sippeers).isEqualTo(
        new RealtimeMapping("sippeers", "odbc", "asterisk", Optional.empty(), 1, at(2)));
    assertThat(sippeers.tableOrFamily()).isEqualTo("sippeers");
    assertThat(parsed.orElseThrow().staticConfigs()).extracting(RealtimeMapping::family)
        .containsExactly("voicemail.conf");
  }

  @Test
  void parse_priorityAndQuotedDatabase_areRead() {
    Parsed<ExtConfig> parsed = parse("[settings]", "sippeers => odbc , \"dsn,with,commas\" , sip_peers , 2");

    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().families()).containsExactly(
        new RealtimeMapping("sippeers", "odbc", "dsn,with,commas", Optional.of("sip_peers"), 2, at(2)));
  }

  @Test
  void parse_emptyTableWithPriority_meansNoTable() {
    RealtimeMapping mapping = parse("[settings]", "queues => ldap,\"ou=Queues,dc=example\",,3")
        .orElseThrow().families().get(0);

    assertThat(mapping.database()).isEqualTo("ou=Queues,dc=example");
    assertThat(mapping.table()).isEmpty();
    assertThat(mapping.priority()).isEqualTo(3);
  }

  @Test
  void parse_noDriver_isError() {
    Parsed<ExtConfig> parsed = parse("[settings]", "extensions.conf => ,asterisk", "sippeers =>");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "missing-driver", "'extensions.conf' names no realtime driver"),
        Diagnostic.error(at(3), "missing-driver", "'sippeers' names no realtime driver"));
    assertThat(parsed.orElseThrow()).isEqualTo(ExtConfig.empty());
  }

  @Test
  void parse_noDatabase_isErrorBecauseAsteriskIgnoresTheLine() {
    Parsed<ExtConfig> parsed = parse("[settings]", "extensions.conf => sqlite3", "sippeers => odbc,");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "missing-database",
            "'extensions.conf' names no database: Asterisk ignores a mapping without one"),
        Diagnostic.error(at(3), "missing-database",
            "'sippeers' names no database: Asterisk ignores a mapping without one"));
  }

  @Test
  void parse_unknownSection_isError() {
    Parsed<ExtConfig> parsed = parse("[setting]", "extensions.conf => sqlite3,asterisk");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(1), "unknown-section", "unknown section [setting]: expected [settings]"));
    assertThat(parsed.orElseThrow()).isEqualTo(ExtConfig.empty());
  }

  @Test
  void parse_repeatedSettings_isError() {
    Parsed<ExtConfig> parsed = parse("[settings]", "a => odbc,db", "[settings]", "b => odbc,db");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(3), "duplicate-section",
        "section [settings] is repeated (first at extconfig.conf:1): Asterisk reads only the first, "
            + "use [settings](+) to extend it"));
    assertThat(parsed.orElseThrow().families()).extracting(RealtimeMapping::family).containsExactly("a");
  }

  @Test
  void parse_filesAsteriskReadsFirst_cannotBeBound() {
    Parsed<ExtConfig> parsed = parse("[settings]", "asterisk.conf => odbc,db", "logger.conf => odbc,db",
        "extconfig.conf => odbc,db");

    assertThat(parsed.diagnostics()).containsExactly(
        Diagnostic.error(at(2), "unbindable-config",
            "'asterisk.conf' cannot come from realtime: Asterisk reads it before any driver loads"),
        Diagnostic.error(at(3), "unbindable-config",
            "'logger.conf' cannot come from realtime: Asterisk reads it before any driver loads"),
        Diagnostic.error(at(4), "unbindable-config",
            "'extconfig.conf' cannot come from realtime: Asterisk reads it before any driver loads"));
  }

  @Test
  void parse_badPriority_isWarnedAndOneIsUsed() {
    Parsed<ExtConfig> parsed = parse("[settings]", "sippeers => odbc,db,peers,first");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.warning(at(2), "invalid-priority",
        "realtime priority 'first' is not a positive number: 1 is used, as Asterisk does"));
    assertThat(parsed.orElseThrow().families().get(0).priority()).isEqualTo(1);
  }

  @Test
  void parse_invalidDriverName_isError() {
    Parsed<ExtConfig> parsed = parse("[settings]", "sippeers => res/odbc,db");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "invalid-name",
        "invalid realtime driver name 'res/odbc': use letters, digits and '_' only"));
  }

  @Test
  void parse_unclosedQuote_isError() {
    Parsed<ExtConfig> parsed = parse("[settings]", "sippeers => odbc,\"asterisk,peers");

    assertThat(parsed.diagnostics()).containsExactly(Diagnostic.error(at(2), "unclosed-quote",
        "database of 'sippeers' opens a '\"' that is never closed"));
  }
}
