package org.loaderlab.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/*
 * Goal: seed and tries resolve as documented: runner pin, then system property, then
 * @PropertyDefaults, then the fixed defaults; a bad system property fails naming itself. Method:
 * set the two system properties per test, hiding and restoring any values CI gave (this class
 * has no annotation, so the annotation step is covered in PropertyDefaultsExtensionTest).
 */
class SettingsTest {

  /** CI may set both properties for the whole run: hide them here, and give them back. */
  private final String ciSeed = System.getProperty(PropertyDefaults.SEED_PROPERTY);
  private final String ciTries = System.getProperty(PropertyDefaults.TRIES_PROPERTY);

  @BeforeEach
  void clearProperties() {
    System.clearProperty(PropertyDefaults.SEED_PROPERTY);
    System.clearProperty(PropertyDefaults.TRIES_PROPERTY);
  }

  @AfterEach
  void restoreProperties() {
    restore(PropertyDefaults.SEED_PROPERTY, ciSeed);
    restore(PropertyDefaults.TRIES_PROPERTY, ciTries);
  }

  private static void restore(String name, String value) {
    if (value == null) {
      System.clearProperty(name);
    } else {
      System.setProperty(name, value);
    }
  }

  @Test
  void nothingSet_givesFixedDefaults() {
    assertThat(Settings.seed(OptionalLong.empty())).isEqualTo(PropertyDefaults.DEFAULT_SEED);
    assertThat(Settings.tries(OptionalInt.empty())).isEqualTo(100);
  }

  @Test
  void systemProperties_overrideDefaults() {
    System.setProperty(PropertyDefaults.SEED_PROPERTY, " -17 ");
    System.setProperty(PropertyDefaults.TRIES_PROPERTY, "3");

    assertThat(Settings.seed(OptionalLong.empty())).isEqualTo(-17);
    assertThat(Settings.tries(OptionalInt.empty())).isEqualTo(3);
    assertThat(Property.forAll(Gens.ints(0, 1)).check(value -> {}).tries()).isEqualTo(3);
  }

  @Test
  void runnerPins_overrideSystemProperties() {
    System.setProperty(PropertyDefaults.SEED_PROPERTY, "5");
    System.setProperty(PropertyDefaults.TRIES_PROPERTY, "3");

    assertThat(Settings.seed(OptionalLong.of(8))).isEqualTo(8);
    assertThat(Settings.tries(OptionalInt.of(9))).isEqualTo(9);
  }

  @Test
  void blankSystemProperty_isIgnored() {
    System.setProperty(PropertyDefaults.SEED_PROPERTY, "  ");

    assertThat(Settings.seed(OptionalLong.empty())).isEqualTo(PropertyDefaults.DEFAULT_SEED);
  }

  @Test
  void badSystemProperties_failNamingPropertyAndValue() {
    System.setProperty(PropertyDefaults.SEED_PROPERTY, "0x10");
    System.setProperty(PropertyDefaults.TRIES_PROPERTY, "0");

    assertThatThrownBy(() -> Settings.seed(OptionalLong.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system property 'loaderlab.property.seed' must be a long, was '0x10'");
    assertThatThrownBy(() -> Settings.tries(OptionalInt.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("system property 'loaderlab.property.tries' must be an int >= 1, was '0'");
  }
}
