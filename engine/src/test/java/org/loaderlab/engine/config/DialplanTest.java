package org.loaderlab.engine.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Goal: a dialplan answers which applications and functions it needs as Asterisk finds them
 * (case-insensitively), and a use can only be an application or a function. Method: hand-built
 * uses, asked directly.
 */
class DialplanTest {

  private static DialplanUse use(String kind, String name, int line) {
    return new DialplanUse(kind, name, "test", "s", new SourceLocation("extensions.conf", line));
  }

  private static final Dialplan DIALPLAN = new Dialplan(List.of(), List.of(
      use("application", "Gosub", 2), use("application", "gosub", 3), use("function", "CHANNEL", 3),
      use("application", "Answer", 4)));

  @Test
  void applications_areSortedAndCaseInsensitiveKeepingFirstSpelling() {
    assertThat(DIALPLAN.applications()).containsExactly("Answer", "Gosub");
    assertThat(DIALPLAN.applications()).contains("GOSUB");
    assertThat(DIALPLAN.functions()).containsExactly("CHANNEL");
  }

  @Test
  void requirements_areWhatTheDialplanNeedsProvidersOf() {
    assertThat(DIALPLAN.requirements()).containsExactly(new Requirement("application", "Answer"),
        new Requirement("application", "Gosub"), new Requirement("function", "CHANNEL"));
  }

  @Test
  void usesOf_pointsAtEveryLine() {
    assertThat(DIALPLAN.usesOf("application", "GOSUB")).containsExactly(
        use("application", "Gosub", 2), use("application", "gosub", 3));
    assertThat(use("application", "Gosub", 2)).hasToString("application=Gosub in test,s (extensions.conf:2)");
  }

  @Test
  void use_ofAnotherKind_isRefused() {
    assertThatThrownBy(() -> use("module", "app_stack", 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kind must be application or function, was 'module'");
  }

  @Test
  void empty_needsNothing() {
    assertThat(Dialplan.empty().requirements()).isEmpty();
    assertThat(Dialplan.empty().context("default")).isEmpty();
  }
}
