package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.LoadPriority;

/**
 * Goal: {@code .load_pri} reads as the named priority the author meant: exact for a name or a
 * named value, the one name an offset expression mentions, else the nearest value (ties to the
 * earlier load); anything else is not understood. Method: one expression per rule.
 */
class PriorityExpressionTest {

  private static Optional<PriorityExpression.Reading> read(String expression) {
    return PriorityExpression.read(Sources.tokens(expression));
  }

  private static PriorityExpression.Reading exact(LoadPriority priority) {
    return new PriorityExpression.Reading(priority, true);
  }

  private static PriorityExpression.Reading rounded(LoadPriority priority) {
    return new PriorityExpression.Reading(priority, false);
  }

  @Test
  void read_nameOrNamedValue_isExact() {
    assertThat(read("AST_MODPRI_CHANNEL_DRIVER")).contains(exact(LoadPriority.CHANNEL_DRIVER));
    assertThat(read("((AST_MODPRI_CORE))")).contains(exact(LoadPriority.CORE));
    assertThat(read("128")).contains(exact(LoadPriority.DEFAULT));
  }

  @Test
  void read_offsetFromOneName_roundsToThatName() {
    assertThat(read("AST_MODPRI_CHANNEL_DEPEND - 5")).contains(rounded(LoadPriority.CHANNEL_DEPEND));
    assertThat(read("(AST_MODPRI_CORE + 10)")).contains(rounded(LoadPriority.CORE));
    assertThat(read("-1 + AST_MODPRI_DEFAULT")).contains(rounded(LoadPriority.DEFAULT));
    assertThat(read("AST_MODPRI_CORE - -0x2u")).contains(rounded(LoadPriority.CORE));
  }

  @Test
  void read_bareNumbersAndSeveralNames_roundToTheNearestValue_tiesEarlier() {
    assertThat(read("0")).contains(rounded(LoadPriority.REALTIME_DEPEND));
    assertThat(read("55")).contains(rounded(LoadPriority.TIMING));
    assertThat(read("56")).contains(rounded(LoadPriority.CHANNEL_DEPEND));
    assertThat(read("1000")).contains(rounded(LoadPriority.DEVSTATE_CONSUMER));
    assertThat(read("AST_MODPRI_CORE + AST_MODPRI_REALTIME_DEPEND")).contains(rounded(LoadPriority.TIMING));
  }

  @Test
  void read_anythingElse_isNotUnderstood() {
    assertThat(read("")).isEmpty();
    assertThat(read("AST_MODPRI_NOPE")).isEmpty();
    assertThat(read("my_priority")).isEmpty();
    assertThat(read("AST_MODPRI_CORE -")).isEmpty();
    assertThat(read("AST_MODPRI_CORE 5")).isEmpty();
    assertThat(read("(int) AST_MODPRI_CORE")).isEmpty();
    assertThat(read("AST_MODPRI_CORE * 2")).isEmpty();
    assertThat(read("99999999999")).isEmpty();
  }
}
