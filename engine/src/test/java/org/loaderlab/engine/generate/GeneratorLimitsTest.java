package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Goal: limits are positive and a bad one is refused naming field and value. */
class GeneratorLimitsTest {

  @Test
  void defaults_areTheDocumentedOnes() {
    assertThat(GeneratorLimits.DEFAULTS).isEqualTo(new GeneratorLimits(8 * 1024 * 1024, 65_536, 65_536, 50));
  }

  @Test
  void constructor_refusesANonPositiveLimit() {
    assertThatThrownBy(() -> new GeneratorLimits(1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("macroCharsMax must be > 0, was 0");
  }
}
