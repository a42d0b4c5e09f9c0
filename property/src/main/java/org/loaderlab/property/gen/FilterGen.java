package org.loaderlab.property.gen;

import java.util.Objects;
import java.util.function.Predicate;
import org.loaderlab.property.Gen;
import org.loaderlab.property.Tape;
import org.loaderlab.property.tape.Discarded;

/**
 * Values of {@code source} that satisfy a named predicate, drawn again at most {@code
 * retriesMax} times; past that the case is {@link Discarded} with a reason naming the predicate,
 * which is what the runner reports if the property gives up.
 */
record FilterGen<T>(
    Gen<T> source, Predicate<? super T> predicate, String predicateName, int retriesMax)
    implements Gen<T> {

  FilterGen {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(predicateName, "predicateName");
    if (predicateName.isBlank()) {
      throw new IllegalArgumentException("predicateName must not be blank");
    }
    if (retriesMax < 1) {
      throw new IllegalArgumentException("retriesMax must be >= 1, was " + retriesMax);
    }
  }

  @Override
  public T generate(Tape tape) {
    for (int attempt = 0; attempt < retriesMax; attempt++) {
      T value = source.generate(tape);
      if (predicate.test(value)) {
        return value;
      }
    }
    throw new Discarded(
        "filter '" + predicateName + "' starved: no value passed in " + retriesMax
            + " draws (retriesMax)");
  }
}
