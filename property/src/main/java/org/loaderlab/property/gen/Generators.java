package org.loaderlab.property.gen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.loaderlab.property.Gen;
import org.loaderlab.property.Tape;
import org.loaderlab.property.Weighted;

/**
 * The implementations behind {@link org.loaderlab.property.Gens} and {@link Gen#filter}. Public
 * only for that wiring: call {@code Gens}, which documents each generator.
 */
@API(status = API.Status.INTERNAL, since = "0.1", consumers = "org.loaderlab.property")
public final class Generators {

  /** A byte is one choice out of 256, read as {@code (byte) choice}, so it shrinks toward 0. */
  private static final int BYTE_VALUES = 256;

  /** An optional is empty for choice 0 of 4: empty is simplest, present is the common case. */
  private static final int OPTIONAL_BOUND = 4;

  private Generators() {}

  public static Gen<Long> longs(long min, long max) {
    return new IntegerRange(min, max);
  }

  public static Gen<Integer> ints(int min, int max) {
    IntegerRange range = new IntegerRange(min, max);
    return tape -> Math.toIntExact(range.generate(tape));
  }

  public static Gen<Boolean> booleans() {
    return tape -> tape.choose(2) == 1;
  }

  public static <T> Gen<T> constant(T value) {
    return tape -> value;
  }

  public static <T> Gen<T> elements(List<T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("elements needs at least one value");
    }
    return tape -> copy.get(tape.choose(copy.size()));
  }

  public static <T> Gen<T> oneOf(List<Gen<? extends T>> gens) {
    List<Gen<? extends T>> copy = List.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    return tape -> copy.get(tape.choose(copy.size())).generate(tape);
  }

  public static <T> Gen<T> frequency(List<Weighted<T>> choices) {
    return FrequencyGen.of(choices);
  }

  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    return ListGen.of(element, minSize, maxSize);
  }

  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    if (codePoints.length == 0 && maxLength > 0) {
      throw new IllegalArgumentException("strings needs a non-empty alphabet when maxLength > 0");
    }
    Gen<Integer> index = tape -> tape.choose(Math.max(1, codePoints.length));
    return ListGen.of(index, minLength, maxLength)
        .map(
            indexes -> {
              StringBuilder text = new StringBuilder(indexes.size());
              indexes.forEach(at -> text.appendCodePoint(codePoints[at]));
              return text.toString();
            });
  }

  public static Gen<byte[]> bytes(int minLength, int maxLength) {
    Gen<Byte> oneByte = tape -> (byte) tape.choose(BYTE_VALUES);
    return ListGen.of(oneByte, minLength, maxLength)
        .map(
            values -> {
              byte[] array = new byte[values.size()];
              for (int index = 0; index < array.length; index++) {
                array[index] = values.get(index);
              }
              return array;
            });
  }

  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    Objects.requireNonNull(gen, "gen");
    return tape -> {
      if (tape.choose(OPTIONAL_BOUND) == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable(gen.generate(tape));
    };
  }

  public static Gen<Tape> tape() {
    return BodyTape::new;
  }

  public static <T> Gen<T> filter(
      Gen<T> source, Predicate<? super T> predicate, String predicateName, int retriesMax) {
    return new FilterGen<>(source, predicate, predicateName, retriesMax);
  }
}
