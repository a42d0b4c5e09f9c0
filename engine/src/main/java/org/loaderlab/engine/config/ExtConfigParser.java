package org.loaderlab.engine.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.conf.ConfSection;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;

/**
 * Reads {@code extconfig.conf} into an {@link ExtConfig}.
 *
 * <p>The only section is {@code [settings]} (once: Asterisk reads only the first). Each entry is
 * {@code family => driver,database[,table[,priority]]}, read as Asterisk's
 * {@code read_config_maps} does: the database may be double-quoted to hold commas; a missing
 * database makes Asterisk ignore the line, so it is an error here; a missing or bad priority is
 * 1. Asterisk refuses to bind {@code asterisk.conf}, {@code logger.conf} and
 * {@code extconfig.conf} itself, since it reads them before any driver is loaded.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExtConfigParser extends ConfigFileParser<ExtConfig> {

  private static final Set<String> UNBINDABLE = Set.of("extconfig.conf", "asterisk.conf", "logger.conf");
  private static final Pattern POSITIVE = Pattern.compile("[1-9][0-9]{0,8}");

  public ExtConfigParser(ConfLimits limits) {
    super(limits);
  }

  public ExtConfigParser() {
    this(ConfLimits.DEFAULTS);
  }

  @Override
  Parsed<ExtConfig> interpret(Parsed<ConfDocument> syntax) {
    if (syntax.value().isEmpty()) {
      return Parsed.failed(syntax.diagnostics());
    }
    Problems problems = new Problems(syntax.diagnostics(), limits.diagnosticsMax());
    List<RealtimeMapping> staticConfigs = new ArrayList<>();
    List<RealtimeMapping> families = new ArrayList<>();
    for (ConfSection section : KnownSections.select(syntax.orElseThrow(), Set.of("settings"),
        Set.of("settings"), "[settings]", problems)) {
      for (ConfEntry entry : section.entries()) {
        mapping(entry, problems).ifPresent(
            mapping -> (mapping.isStaticConfig() ? staticConfigs : families).add(mapping));
      }
    }
    return Parsed.of(new ExtConfig(staticConfigs, families), problems.list());
  }

  private static Optional<RealtimeMapping> mapping(ConfEntry entry, Problems problems) {
    String family = entry.key();
    if (UNBINDABLE.contains(family)) {
      problems.add(Diagnostic.error(entry.location(), "unbindable-config",
          "'" + family + "' cannot come from realtime: Asterisk reads it before any driver loads"));
      return Optional.empty();
    }
    String value = entry.value();
    int comma = value.indexOf(',');
    String driver = (comma < 0 ? value : value.substring(0, comma)).strip();
    if (driver.isEmpty()) {
      problems.add(Diagnostic.error(entry.location(), "missing-driver",
          "'" + family + "' names no realtime driver"));
      return Optional.empty();
    }
    Optional<String> driverProblem = Names.problem("realtime driver", driver);
    if (driverProblem.isPresent()) {
      problems.add(Diagnostic.error(entry.location(), "invalid-name", driverProblem.get()));
      return Optional.empty();
    }
    Fields rest = Fields.split(comma < 0 ? "" : value.substring(comma + 1));
    if (rest.unclosedQuote()) {
      problems.add(Diagnostic.error(entry.location(), "unclosed-quote",
          "database of '" + family + "' opens a '\"' that is never closed"));
      return Optional.empty();
    }
    if (rest.database().isEmpty()) {
      problems.add(Diagnostic.error(entry.location(), "missing-database",
          "'" + family + "' names no database: Asterisk ignores a mapping without one"));
      return Optional.empty();
    }
    int priority = 1;
    if (!rest.priority().isEmpty()) {
      if (POSITIVE.matcher(rest.priority()).matches()) {
        priority = Integer.parseInt(rest.priority());
      } else {
        problems.add(Diagnostic.warning(entry.location(), "invalid-priority",
            "realtime priority '" + rest.priority() + "' is not a positive number: 1 is used, as Asterisk does"));
      }
    }
    Optional<String> table = rest.table().isEmpty() ? Optional.empty() : Optional.of(rest.table());
    return Optional.of(new RealtimeMapping(family, driver, rest.database(), table, priority, entry.location()));
  }

  /** {@code database,table,priority} after the driver; the database alone may be quoted. */
  private record Fields(String database, String table, String priority, boolean unclosedQuote) {

    static Fields split(String text) {
      String rest = text.strip();
      String database;
      if (rest.startsWith("\"")) {
        int close = rest.indexOf('"', 1);
        if (close < 0) {
          return new Fields("", "", "", true);
        }
        database = rest.substring(1, close);
        int comma = rest.indexOf(',', close);
        rest = comma < 0 ? "" : rest.substring(comma + 1);
      } else {
        int comma = rest.indexOf(',');
        database = comma < 0 ? rest : rest.substring(0, comma);
        rest = comma < 0 ? "" : rest.substring(comma + 1);
      }
      String[] tail = rest.split(",", -1);
      String table = tail.length > 0 ? tail[0].strip() : "";
      String priority = tail.length > 1 ? tail[1].strip() : "";
      return new Fields(database.strip(), table, priority, false);
    }
  }
}
