package org.loaderlab.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.property.gen.Generators;

/**
 * The building blocks for generators. Each one maps the all-zeros tape to its simplest value and
 * shrinks toward it, as noted per method. Arguments are checked at once; a bad one throws
 * {@link IllegalArgumentException} naming it.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Gens {

  private Gens() {}

  /**
   * Ints in {@code [min, max]}, inclusive, uniform. Shrinks toward 0, or toward the bound
   * nearest 0 when the range excludes 0 ({@code min} for positive ranges); positives are simpler
   * than negatives.
   */
  public static Gen<Integer> ints(int min, int max) {
    return Generators.ints(min, max);
  }

  /** Longs in {@code [min, max]}, inclusive, uniform; shrinks like {@link #ints}. */
  public static Gen<Long> longs(long min, long max) {
    return Generators.longs(min, max);
  }

  /** Fair booleans; shrinks toward {@code false}. */
  public static Gen<Boolean> booleans() {
    return Generators.booleans();
  }

  /** Always {@code value}; draws nothing. */
  public static <T> Gen<T> constant(T value) {
    return Generators.constant(value);
  }

  /** One of {@code values} (non-empty, no nulls), uniform; shrinks toward the first. */
  public static <T> Gen<T> elements(List<T> values) {
    return Generators.elements(values);
  }

  /** A value of one of {@code gens}, each picked with equal chance; shrinks toward the first. */
  @SafeVarargs
  public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    // Copied element by element: handing the generic array itself on is what @SafeVarargs forbids.
    List<Gen<? extends T>> copy = new ArrayList<>(gens.length);
    for (Gen<? extends T> gen : gens) {
      copy.add(gen);
    }
    return Generators.oneOf(copy);
  }

  /** A value of one alternative, picked by weight; shrinks toward the first with weight > 0. */
  public static <T> Gen<T> frequency(List<Weighted<T>> choices) {
    return Generators.frequency(choices);
  }

  /**
   * Unmodifiable lists with {@code minSize <= size <= maxSize}, a few elements beyond {@code
   * minSize} on average. Shrinks toward shorter lists of simpler elements.
   */
  public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
    return Generators.lists(element, minSize, maxSize);
  }

  /**
   * Strings of code points from {@code alphabet}, with {@code minLength <= length <= maxLength}
   * code points. Shrinks toward shorter strings of the alphabet's first code point.
   */
  public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    return Generators.strings(alphabet, minLength, maxLength);
  }

  /** Byte arrays, each byte uniform; shrinks toward shorter arrays of zeros. */
  public static Gen<byte[]> bytes(int minLength, int maxLength) {
    return Generators.bytes(minLength, maxLength);
  }

  /**
   * The case's tape itself, for a body that must keep choosing while it runs (a scheduler
   * picking the next step, say), like Hypothesis' {@code data()}. Draws made in the body are
   * recorded, shrunk and replayed with the rest of the case; past {@code drawsMax} they discard
   * the case as an overrun. The tape is only valid during that case's body.
   */
  public static Gen<Tape> tape() {
    return Generators.tape();
  }

  /** Empty a quarter of the time, else a value of {@code gen}; shrinks toward empty. */
  public static <T> Gen<Optional<T>> optionals(Gen<T> gen) {
    return Generators.optionals(gen);
  }
}
