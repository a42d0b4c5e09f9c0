package org.loaderlab.property;

import org.apiguardian.api.API;

/**
 * The only source of randomness a generator may use: a sequence of bounded choices.
 *
 * <p>Because every decision of a test case is a call to {@link #choose}, a case is a pure
 * function of the choices it received, and the runner can record, replay and shrink them.
 * Generators must not use any other randomness, clock or mutable global state.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Tape {

  /**
   * The next choice, uniform in {@code [0, bound)} when drawn at random.
   *
   * <p>Smaller choices mean simpler values: shrinking lowers choices, so a generator should map
   * 0 to its simplest value.
   *
   * @param bound the number of possible choices, {@code >= 1}
   * @return a value in {@code [0, bound)}, never outside it
   */
  int choose(int bound);
}
