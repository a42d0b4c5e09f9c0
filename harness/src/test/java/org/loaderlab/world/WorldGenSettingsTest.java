package org.loaderlab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Goal: settings out of range are refused at once, naming field and value. Method: each bound. */
class WorldGenSettingsTest {

  @Test
  void new_outOfRange_refusedNamingTheValue() {
    assertThatThrownBy(() -> WorldGenSettings.honest(0)).hasMessage("moduleCount must be in [1, 1000], was 0");
    assertThatThrownBy(() -> WorldGenSettings.honest(5).withAdversarialPercent(101))
        .hasMessage("adversarialPercent must be in [0, 100], was 101");
    assertThatThrownBy(() -> WorldGenSettings.honest(5).withLiarPercent(-1))
        .hasMessage("liarPercent must be in [0, 100], was -1");
  }

  @Test
  void with_changesOneShare() {
    assertThat(WorldGenSettings.honest(5).withAdversarialPercent(20).withLiarPercent(3))
        .isEqualTo(new WorldGenSettings(5, 20, 3));
  }
}
