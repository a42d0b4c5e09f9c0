package org.loaderlab.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: the log keeps observations in step order, append-only and bounded, and fails loudly when
 * full or when a step goes back. Method: small logs filled by hand.
 */
class ObservationLogTest {

  private static final LibRef DIAL = new LibRef(ModuleName.of("app_dial"), 1);

  @Test
  void append_keepsOrder_andRendersOneLineEach() {
    ObservationLog log = new ObservationLog();
    log.append(new Observation.LibMapped(0, DIAL, false));
    log.append(new Observation.CodeRan(3, DIAL, CodeKind.APPLICATION, "Dial"));
    log.append(new Observation.LibUnmapped(3, DIAL));
    assertThat(log.size()).isEqualTo(3);
    assertThat(log.lines()).containsExactly("0 lib-mapped app_dial#1", "3 code-ran app_dial#1 application Dial",
        "3 lib-unmapped app_dial#1");
    assertThat(log.render()).isEqualTo("0 lib-mapped app_dial#1\n3 code-ran app_dial#1 application Dial\n"
        + "3 lib-unmapped app_dial#1\n");
    assertThat(log.ofType(Observation.CodeRan.class)).extracting(Observation.CodeRan::name).containsExactly("Dial");
    assertThat(log.observationsMax()).isEqualTo(ObservationLog.OBSERVATIONS_MAX_DEFAULT);
  }

  @Test
  void observations_isACopy() {
    ObservationLog log = new ObservationLog();
    log.append(new Observation.LibMapped(0, DIAL, false));
    var copy = log.observations();
    log.append(new Observation.LibUnmapped(1, DIAL));
    assertThat(copy).hasSize(1);
  }

  @Test
  void append_beyondObservationsMax_failsLoudly() {
    ObservationLog log = new ObservationLog(2);
    log.append(new Observation.LibMapped(0, DIAL, false));
    log.append(new Observation.LibUnmapped(1, DIAL));
    assertThatThrownBy(() -> log.append(new Observation.UnmapRepeated(2, DIAL)))
        .isInstanceOf(ObservationLimitException.class)
        .hasMessage("observation log is full: 2 observations, the last at step 1; refused: 2 unmap-repeated app_dial#1");
    assertThat(log.size()).isEqualTo(2);
  }

  @Test
  void append_stepGoingBack_refused() {
    ObservationLog log = new ObservationLog();
    log.append(new Observation.LibMapped(5, DIAL, false));
    assertThatThrownBy(() -> log.append(new Observation.LibUnmapped(4, DIAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observation at step 4 comes after one at step 5: 4 lib-unmapped app_dial#1");
  }

  @Test
  void construct_nonPositiveMax_refused() {
    assertThatThrownBy(() -> new ObservationLog(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observationsMax must be > 0, was 0");
  }
}
