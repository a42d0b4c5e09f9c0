package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Goal: a cancel answer is release, ignore, or a delay from 1 to DELAY_STEPS_MAX steps, and prints as written. */
class DisposalTest {

  @Test
  void parse_andPrint() {
    assertThat(Disposal.parse("release")).contains(Disposal.RELEASE);
    assertThat(Disposal.parse("ignore")).contains(Disposal.IGNORE);
    assertThat(Disposal.parse("delay:1")).contains(Disposal.delay(1));
    assertThat(Disposal.parse("delay:00012")).contains(Disposal.delay(12));
    assertThat(Disposal.delay(12)).hasToString("delay:12");
    assertThat(Disposal.IGNORE).hasToString("ignore");
    assertThat(Disposal.RELEASE).hasToString("release");
  }

  @Test
  void parse_outOfRangeOrOther_empty() {
    for (String text : new String[] {"delay:0", "delay:10001", "delay:999999", "delay:", "delay:+1", "Release", "later"}) {
      assertThat(Disposal.parse(text)).as(text).isEmpty();
    }
  }

  @Test
  void construct_inconsistent_refused() {
    assertThatThrownBy(() -> Disposal.delay(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("delaySteps must be from 1 to 10000, was 0");
    assertThatThrownBy(() -> new Disposal(Disposal.Mode.IGNORE, 3))
        .hasMessage("delaySteps is for DELAY only, was 3 for IGNORE");
  }
}
