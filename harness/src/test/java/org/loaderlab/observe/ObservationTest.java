package org.loaderlab.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: every observation renders as exactly one stable line, {@code <step> <what> <details>},
 * and refuses what would break that (a negative step, a line break in a name). Method: one
 * instance of each record, its exact line; then the refusals.
 */
class ObservationTest {

  private static final LibRef SIP = new LibRef(ModuleName.of("chan_sip"), 1);
  private static final ModuleName CRYPTO = ModuleName.of("res_crypto");

  @Test
  void render_everyRecord_oneExactLine() {
    List<Observation> all = List.of(
        new Observation.LibMapped(1, SIP, false),
        new Observation.LibMapped(1, new LibRef(ModuleName.of("ccss"), 1), true),
        new Observation.LibUnmapped(2, SIP),
        new Observation.UnmapRepeated(3, SIP),
        new Observation.MapFailed(4, CRYPTO, "cannot map x.so: broken"),
        new Observation.CodeRan(5, SIP, CodeKind.CLI_COMMAND, "sip show peers"),
        new Observation.CodeRanUnmapped(6, new LibRef(CRYPTO, 2), CodeKind.OPTIONAL_API, "ast_sign"),
        new Observation.ThreadStarted(7, SIP, "chan_sip#1/sip_monitor", Optional.empty()),
        new Observation.ThreadStarted(7, SIP, "chan_sip#1/io", Optional.of("buf")),
        new Observation.ThreadExited(8, SIP, "chan_sip#1/io"),
        new Observation.DestructorRan(8, SIP, "buf", "chan_sip#1/io"),
        new Observation.UseTaken(9, SIP, CRYPTO),
        new Observation.UseReleased(10, SIP, CRYPTO),
        new Observation.EngineCalled(11, SIP, "unload -f res_crypto"),
        new Observation.EngineRefused(12, SIP, "user_of res_crypto", "res_crypto is not running"),
        new Observation.ChannelStarted(13, "SIP/alice-0001", ModuleName.of("chan_sip"), "SIP"),
        new Observation.ChannelEnded(14, "SIP/alice-0001"));
    assertThat(all).extracting(Observation::render).containsExactly(
        "1 lib-mapped chan_sip#1",
        "1 lib-mapped ccss#1 embedded",
        "2 lib-unmapped chan_sip#1",
        "3 unmap-repeated chan_sip#1",
        "4 map-failed res_crypto: cannot map x.so: broken",
        "5 code-ran chan_sip#1 cli sip show peers",
        "6 code-ran-unmapped res_crypto#2 optional_api ast_sign",
        "7 thread-started chan_sip#1/sip_monitor",
        "7 thread-started chan_sip#1/io uses buf",
        "8 thread-exited chan_sip#1/io",
        "8 destructor-ran chan_sip#1 buf for chan_sip#1/io",
        "9 use-taken chan_sip#1 -> res_crypto",
        "10 use-released chan_sip#1 -> res_crypto",
        "11 engine-called chan_sip#1 unload -f res_crypto",
        "12 engine-refused chan_sip#1 user_of res_crypto: res_crypto is not running",
        "13 channel-started SIP/alice-0001 chan_sip SIP",
        "14 channel-ended SIP/alice-0001");
  }

  @Test
  void construct_negativeStep_refused() {
    assertThatThrownBy(() -> new Observation.LibMapped(-1, SIP, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stepIndex must be >= 0, was -1");
    assertThatThrownBy(() -> new Observation.ChannelEnded(-2, "SIP/a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stepIndex must be >= 0, was -2");
  }

  @Test
  void construct_lineBreakOrEmptyText_refused() {
    assertThatThrownBy(() -> new Observation.CodeRan(0, SIP, CodeKind.APPLICATION, "Dial\nNoOp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must be one non-empty line, was 'Dial\nNoOp'");
    assertThatThrownBy(() -> new Observation.ThreadStarted(0, SIP, "t", Optional.of("")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("storageKey must be one non-empty line, was ''");
    assertThatThrownBy(() -> new Observation.EngineRefused(0, SIP, "load x", "a\rb"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void construct_missingSubject_refused() {
    assertThatThrownBy(() -> new Observation.LibUnmapped(0, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Observation.CodeRan(0, SIP, null, "x")).isInstanceOf(NullPointerException.class);
  }
}
