package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a world change always names what was written, to which module, at a real step (0, the
 * first, included); anything else is refused when it is made. Method: direct construction.
 */
class WorldChangeTest {

  private static final ModuleName HOT_1 = ModuleName.of("hot_1");

  @Test
  void new_firstStep_accepted() {
    assertThat(new WorldChange(WorldChange.Kind.INSTALLED, HOT_1, 0).stepIndex()).isZero();
  }

  @Test
  void new_negativeStep_refused() {
    assertThatThrownBy(() -> new WorldChange(WorldChange.Kind.BINARY_REPLACED, HOT_1, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stepIndex must be >= 0, was -1");
  }

  @Test
  void new_missingKindOrModule_refused() {
    assertThatThrownBy(() -> new WorldChange(null, HOT_1, 1)).hasMessage("kind");
    assertThatThrownBy(() -> new WorldChange(WorldChange.Kind.MANIFEST_EDITED, null, 1)).hasMessage("module");
  }

  @Test
  void kinds_theThreeHotInstallWrites() {
    assertThat(WorldChange.Kind.values()).containsExactly(WorldChange.Kind.INSTALLED,
        WorldChange.Kind.MANIFEST_EDITED, WorldChange.Kind.BINARY_REPLACED);
  }
}
