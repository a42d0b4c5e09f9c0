package org.loaderlab.property.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.loaderlab.property.Gens;
import org.loaderlab.property.Property;
import org.loaderlab.property.PropertyDefaults;
import org.loaderlab.property.PropertyReport;

/*
 * Goal: @PropertyDefaults sets seed and tries for the properties of a test, the innermost
 * annotation wins, runner pins and system properties still override it, and the defaults end
 * with the test. Method: real Jupiter runs of annotated methods and classes, reading the report
 * of a trivial property; a hand-made ExtensionContext for the clean-up.
 */
@PropertyDefaults(tries = 7, seed = 99)
class PropertyDefaultsExtensionTest {

  /** CI may set both properties for the whole run: they would override the annotations here. */
  private final String ciSeed = System.getProperty(PropertyDefaults.SEED_PROPERTY);
  private final String ciTries = System.getProperty(PropertyDefaults.TRIES_PROPERTY);

  @BeforeEach
  void hideProperties() {
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

  private static PropertyReport trivialCheck() {
    return Property.forAll(Gens.ints(0, 3)).check(value -> {});
  }

  @Test
  void classAnnotation_setsSeedAndTries() {
    PropertyReport report = trivialCheck();

    assertThat(report.tries()).isEqualTo(7);
    assertThat(report.seed()).isEqualTo(99);
  }

  @Test
  @PropertyDefaults(tries = 3, seed = 5)
  void methodAnnotation_winsOverClassAnnotation() {
    PropertyReport report = trivialCheck();

    assertThat(report.tries()).isEqualTo(3);
    assertThat(report.seed()).isEqualTo(5);
  }

  @Test
  void runnerPins_winOverTheAnnotation() {
    PropertyReport report = Property.forAll(Gens.ints(0, 3)).seed(1).tries(2).check(value -> {});

    assertThat(report.tries()).isEqualTo(2);
    assertThat(report.seed()).isEqualTo(1);
  }

  @Test
  void systemProperties_winOverTheAnnotation() {
    System.setProperty(PropertyDefaults.SEED_PROPERTY, "123");
    System.setProperty(PropertyDefaults.TRIES_PROPERTY, "4");

    PropertyReport report = trivialCheck();

    assertThat(report.tries()).isEqualTo(4);
    assertThat(report.seed()).isEqualTo(123);
  }

  @Test
  void afterEach_clearsTheDefaults() throws NoSuchMethodException {
    PropertyDefaultsExtension extension = new PropertyDefaultsExtension();
    ExtensionContext context = contextOf(getClass().getDeclaredMethod("annotatedWith42Tries"));

    extension.beforeEach(context);
    assertThat(PropertyDefaultsExtension.active()).map(PropertyDefaults::tries).contains(42);

    extension.afterEach(context);
    assertThat(PropertyDefaultsExtension.active()).isEmpty();
  }

  @PropertyDefaults(tries = 42)
  void annotatedWith42Tries() {}

  /** Just enough of a context for the extension: an element and no parent. */
  private static ExtensionContext contextOf(AnnotatedElement element) {
    return (ExtensionContext)
        Proxy.newProxyInstance(
            ExtensionContext.class.getClassLoader(),
            new Class<?>[] {ExtensionContext.class},
            (proxy, method, arguments) -> {
              switch (method.getName()) {
                case "getElement":
                  return Optional.of(element);
                case "getParent":
                  return Optional.empty();
                default:
                  throw new UnsupportedOperationException(method.getName());
              }
            });
  }

  @Nested
  class Inner {

    @Test
    void enclosingClassAnnotation_applies() {
      assertThat(trivialCheck().tries()).isEqualTo(7);
    }
  }

  @Nested
  @PropertyDefaults(tries = 11)
  class Overriding {

    @Test
    void innermostAnnotation_winsWholesale() {
      PropertyReport report = trivialCheck();

      assertThat(report.tries()).isEqualTo(11);
      assertThat(report.seed()).isEqualTo(PropertyDefaults.DEFAULT_SEED);
    }
  }
}
