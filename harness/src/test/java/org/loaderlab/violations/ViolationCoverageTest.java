package org.loaderlab.violations;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.loaderlab.oracle.Violation;

/**
 * Goal: every violation kind of every family has an end-to-end scenario in this package, so a
 * kind added to {@link Violation} without one fails the build. Method: the kinds are read from
 * the {@code Kind} enum nested in each record {@link Violation} permits; the scenarios from the
 * {@link Covers} of the test methods of the family test classes.
 */
class ViolationCoverageTest {

  private static final List<Class<?>> SUITE = List.of(OrderingViolationsTest.class, SafetyViolationsTest.class,
      PolicyViolationsTest.class, LeakViolationsTest.class, HangViolationsTest.class, ConformanceViolationsTest.class,
      FidelityViolationsTest.class);

  @Test
  void everyKindOfEveryFamily_hasAScenario() {
    assertThat(covered()).containsExactlyElementsOf(kinds());
  }

  @Test
  void kinds_comeFromEveryFamily() {
    SortedSet<String> families = new TreeSet<>();
    kinds().forEach(kind -> families.add(kind.substring(0, kind.indexOf('/'))));
    SortedSet<String> expected = new TreeSet<>();
    for (Violation.Family family : Violation.Family.values()) {
      expected.add(family.label());
    }
    assertThat(families).isEqualTo(expected);
  }

  /** {@code family/code} of every Kind constant, as {@link Violation#category()} spells it. */
  private static SortedSet<String> kinds() {
    SortedSet<String> kinds = new TreeSet<>();
    for (Class<?> family : Violation.class.getPermittedSubclasses()) {
      String label = family.getSimpleName().toLowerCase(Locale.ROOT);
      Class<?> kind = List.of(family.getDeclaredClasses()).stream().filter(Class::isEnum)
          .filter(nested -> nested.getSimpleName().equals("Kind")).findFirst()
          .orElseThrow(() -> new AssertionError(family + " has no Kind enum"));
      for (Object constant : kind.getEnumConstants()) {
        kinds.add(label + "/" + ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
    }
    return kinds;
  }

  /** The categories the suite's tests cover; each test covers one, and none twice. */
  private static List<String> covered() {
    List<String> covered = new ArrayList<>();
    for (Class<?> test : SUITE) {
      for (Method method : test.getDeclaredMethods()) {
        Covers covers = method.getAnnotation(Covers.class);
        if (covers != null) {
          covered.add(covers.value());
        }
      }
    }
    covered.sort(null);
    return covered;
  }
}
