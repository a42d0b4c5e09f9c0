package org.loaderlab.linker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.ObservationLog;

/**
 * Goal: the address space is the one place that decides whether code may run: mapped generations
 * run, everything else is a recorded segfault; a pointer resolves to the newest mapping, else the
 * last, else nowhere. Method: maps and unmaps by hand, at chosen steps.
 */
class AddressSpaceTest {

  private static final ModuleName A = ModuleName.of("res_a");

  private final long[] step = {0};
  private final ObservationLog log = new ObservationLog();
  private final AddressSpace space = new AddressSpace(() -> step[0], log);

  @Test
  void latest_newestMapped_elseLast_elseNever() {
    assertThat(space.latest(A)).isEqualTo(LibRef.neverMapped(A));
    LibRef first = space.map(FakeBinary.plain(A), false);
    LibRef second = space.map(FakeBinary.plain(A), false);
    assertThat(space.latest(A)).isEqualTo(second);
    space.unmap(second);
    assertThat(space.latest(A)).isEqualTo(first);
    space.unmap(first);
    assertThat(space.latest(A)).isEqualTo(second);
    assertThat(space.current(A)).isEmpty();
    assertThat(space.image(first)).contains(FakeBinary.plain(A));
  }

  @Test
  void call_mapped_runsAndReturns_unmapped_recordsAndSkips() {
    LibRef lib = space.map(FakeBinary.plain(A), false);
    assertThat(space.call(lib, CodeKind.FUNCTION, "F", () -> 42)).contains(42);
    step[0] = 7;
    space.unmap(lib);
    int[] ran = {0};
    assertThat(space.run(lib, CodeKind.THREAD, "t", () -> ran[0]++)).isFalse();
    assertThat(ran[0]).isZero();
    assertThat(log.lines()).containsExactly("0 lib-mapped res_a#1", "0 code-ran res_a#1 function F",
        "7 lib-unmapped res_a#1", "7 code-ran-unmapped res_a#1 thread t");
  }

  @Test
  void registrant_lastRegistrationWins_caseInsensitive() {
    LibRef first = space.map(FakeBinary.plain(A), false);
    LibRef second = space.map(FakeBinary.plain(A), false);
    space.registered(RegistrationKind.APPLICATION, "Dial", first);
    space.registered(RegistrationKind.APPLICATION, "DIAL", second);
    assertThat(space.registrant(RegistrationKind.APPLICATION, "dial")).contains(second);
    assertThat(space.registrant(RegistrationKind.FUNCTION, "dial")).isEmpty();
  }
}
