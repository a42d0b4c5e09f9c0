package org.loaderlab.property;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.loaderlab.property.gen.Generators;

/**
 * A generator: turns choices from a {@link Tape} into a value, deterministically.
 *
 * <p>Generators are small immutable values that compose ({@link Gens} has the building blocks).
 * A generator maps the all-zeros tape to its simplest value and smaller choices to simpler
 * values, which is what lets shrinking on the tape shrink the value.
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface Gen<T> {

  /**
   * How many draws {@link #filter(Predicate, String)} tries before it gives up on a case: a
   * predicate that holds for 5% of values starves with probability below {@code 0.95^100 < 0.6%}.
   */
  int RETRIES_MAX_DEFAULT = 100;

  /** A value built only from {@code tape}'s choices; the same choices give an equal value. */
  T generate(Tape tape);

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    Objects.requireNonNull(f, "f");
    return tape -> f.apply(generate(tape));
  }

  /** A generator that depends on this one's value: both draw from the same tape, in order. */
  default <R> Gen<R> flatMap(Function<? super T, Gen<R>> f) {
    Objects.requireNonNull(f, "f");
    return tape -> f.apply(generate(tape)).generate(tape);
  }

  /**
   * Values of this generator that satisfy {@code predicate}, drawing again up to {@link
   * #RETRIES_MAX_DEFAULT} times; when all draws are rejected the case is discarded, and a
   * property that keeps starving fails naming {@code predicateName}.
   */
  default Gen<T> filter(Predicate<? super T> predicate, String predicateName) {
    return filter(predicate, predicateName, RETRIES_MAX_DEFAULT);
  }

  /** As {@link #filter(Predicate, String)}, with an explicit {@code retriesMax >= 1}. */
  default Gen<T> filter(Predicate<? super T> predicate, String predicateName, int retriesMax) {
    return Generators.filter(this, predicate, predicateName, retriesMax);
  }
}
