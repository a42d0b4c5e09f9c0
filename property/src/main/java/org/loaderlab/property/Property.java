package org.loaderlab.property;

import org.apiguardian.api.API;

/**
 * The front door: {@code Property.forAll(gen).check(value -> ...)}.
 *
 * <p>How it works: every random decision of a case is a choice on a recorded tape ({@link
 * Tape}); a case is a pure function of its tape. A failing tape is shrunk on the tape itself,
 * and the failure prints the seed, the shrunk and original values and the shrunk tape as text,
 * which {@link PropertyRunner#replay} runs again.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Property {

  private Property() {}

  /** A runner for {@code gen} with the defaults: see {@link PropertyDefaults}. */
  public static <T> PropertyRunner<T> forAll(Gen<T> gen) {
    return PropertyRunner.of(gen);
  }
}
