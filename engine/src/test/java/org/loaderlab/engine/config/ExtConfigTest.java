package org.loaderlab.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Goal: the loader can ask which realtime drivers a config file needs, in failover order, and a
 * mapping can never sit in the wrong list. Method: hand-built mappings, asked directly.
 */
class ExtConfigTest {

  private static RealtimeMapping mapping(String family, String driver, int priority, int line) {
    return new RealtimeMapping(family, driver, "asterisk", Optional.empty(), priority,
        new SourceLocation("extconfig.conf", line));
  }

  @Test
  void requirementsFor_configFile_givesEachDriverInFailoverOrder() {
    ExtConfig config = new ExtConfig(
        List.of(mapping("extensions.conf", "odbc", 2, 2), mapping("extensions.conf", "sqlite3", 1, 3),
            mapping("Extensions.conf", "odbc", 3, 4)),
        List.of(mapping("sippeers", "pgsql", 1, 5)));

    assertThat(config.requirementsFor("extensions.conf")).containsExactly(
        new Requirement("realtime", "sqlite3"), new Requirement("realtime", "odbc"));
    assertThat(config.requirementsFor("sip.conf")).isEmpty();
    assertThat(config.requirementsFor("sippeers")).as("families are not config files").isEmpty();
  }

  @Test
  void mappingsFor_findsFamiliesCaseInsensitively() {
    ExtConfig config = new ExtConfig(List.of(), List.of(mapping("sippeers", "odbc", 1, 2)));

    assertThat(config.mappingsFor("SIPPEERS")).containsExactly(mapping("sippeers", "odbc", 1, 2));
  }

  @Test
  void mapping_knowsItsKindTableAndRequirement() {
    RealtimeMapping file = mapping("extensions.conf", "sqlite3", 1, 2);

    assertThat(file.isStaticConfig()).isTrue();
    assertThat(mapping("sippeers", "odbc", 1, 2).isStaticConfig()).isFalse();
    assertThat(file.tableOrFamily()).isEqualTo("extensions.conf");
    assertThat(file.requirement()).isEqualTo(new Requirement("realtime", "sqlite3"));
  }

  @Test
  void constructor_refusesAMappingInTheWrongList() {
    assertThatThrownBy(() -> new ExtConfig(List.of(mapping("sippeers", "odbc", 1, 2)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'sippeers' is a family, not a config file");
    assertThatThrownBy(() -> new ExtConfig(List.of(), List.of(mapping("sip.conf", "odbc", 1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'sip.conf' is a config file, not a family");
  }

  @Test
  void mapping_refusesPriorityBelowOne() {
    assertThatThrownBy(() -> mapping("sippeers", "odbc", 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("priority must be >= 1, was 0");
  }
}
