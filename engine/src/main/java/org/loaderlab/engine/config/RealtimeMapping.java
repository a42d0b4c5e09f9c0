package org.loaderlab.engine.config;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Requirement;

/**
 * One line of {@code extconfig.conf}'s {@code [settings]}: {@code family => driver,database[,table[,priority]]}.
 *
 * <p>The family is either a config file ({@code extensions.conf => sqlite3,asterisk,ast_config}:
 * the whole file is read through the driver) or a realtime family
 * ({@code sippeers => odbc,asterisk}: rows looked up at run time). Asterisk tells them apart only
 * by use; here a name ending in {@code .conf} is a config file.
 *
 * @param family the config file or family, as written
 * @param driver the realtime driver ({@code sqlite3}, {@code odbc}): a module must provide
 *     {@code realtime=<driver>}
 * @param database the driver's database (its quotes removed), never empty
 * @param table empty when the line names none; Asterisk then uses the family name
 * @param priority failover order among mappings of one family, 1 first
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RealtimeMapping(
    String family,
    String driver,
    String database,
    Optional<String> table,
    int priority,
    SourceLocation location) {

  private static final String CONFIG_SUFFIX = ".conf";

  public RealtimeMapping {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(driver, "driver");
    Objects.requireNonNull(database, "database");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(location, "location");
    if (family.isBlank() || driver.isBlank() || database.isBlank()) {
      throw new IllegalArgumentException("family, driver and database must not be blank at " + location);
    }
    if (priority < 1) {
      throw new IllegalArgumentException("priority must be >= 1, was " + priority);
    }
  }

  /** Whether this maps a whole config file ({@code extensions.conf}) rather than a realtime family. */
  public boolean isStaticConfig() {
    return family.toLowerCase(Locale.ROOT).endsWith(CONFIG_SUFFIX);
  }

  /** The table the driver reads: the one named, or the family, as Asterisk does. */
  public String tableOrFamily() {
    return table.orElse(family);
  }

  /** {@code realtime=<driver>}: what a module reading this family needs loaded first. */
  public Requirement requirement() {
    return new Requirement(Kinds.REALTIME, driver);
  }
}
