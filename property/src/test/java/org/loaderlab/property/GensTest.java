package org.loaderlab.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loaderlab.property.tape.ChoiceTape;

/*
 * Goal: every front-door generator maps the all-zeros tape to its documented simplest value and
 * keeps random values within its contract. Method: generate from an empty replayed tape (all
 * zeros), then from many seeded tapes.
 */
class GensTest {

  private static <T> T simplest(Gen<T> gen) {
    return gen.generate(ChoiceTape.replay(new int[0], 1000));
  }

  private static <T> List<T> samples(Gen<T> gen, int count) {
    return java.util.stream.LongStream.range(0, count)
        .mapToObj(seed -> gen.generate(ChoiceTape.random(seed, 1000)))
        .toList();
  }

  @Test
  void zeroTape_givesEachSimplestValue() {
    assertThat(simplest(Gens.ints(-10, 10))).isZero();
    assertThat(simplest(Gens.ints(5, 10))).isEqualTo(5);
    assertThat(simplest(Gens.longs(-10, -5))).isEqualTo(-5);
    assertThat(simplest(Gens.booleans())).isFalse();
    assertThat(simplest(Gens.constant("k"))).isEqualTo("k");
    assertThat(simplest(Gens.elements(List.of("a", "b")))).isEqualTo("a");
    assertThat(simplest(Gens.oneOf(Gens.constant(1), Gens.constant(2)))).isEqualTo(1);
    assertThat(simplest(Gens.lists(Gens.ints(3, 9), 2, 5))).containsExactly(3, 3);
    assertThat(simplest(Gens.strings("xyz", 1, 4))).isEqualTo("x");
    assertThat(simplest(Gens.bytes(2, 4))).containsExactly(0, 0);
    assertThat(simplest(Gens.optionals(Gens.ints(0, 9)))).isEmpty();
  }

  @Test
  void random_valuesStayWithinTheirContracts() {
    assertThat(samples(Gens.ints(-3, 3), 500)).allSatisfy(v -> assertThat(v).isBetween(-3, 3));
    assertThat(samples(Gens.strings("ab\uD83D\uDE00", 2, 6), 500))
        .allSatisfy(
            text -> {
              assertThat(text.codePointCount(0, text.length())).isBetween(2, 6);
              String rest = text.replace("a", "").replace("b", "").replace("\uD83D\uDE00", "");
              assertThat(rest).isEmpty();
            });
    assertThat(samples(Gens.bytes(0, 8), 500))
        .allSatisfy(bytes -> assertThat(bytes.length).isBetween(0, 8));
    assertThat(samples(Gens.lists(Gens.booleans(), 1, 3), 500))
        .allSatisfy(list -> assertThat(list).hasSizeBetween(1, 3));
  }

  @Test
  void random_coverEveryAlternative() {
    Set<Object> seen = new HashSet<>(samples(Gens.oneOf(Gens.constant("x"), Gens.ints(1, 2)), 200));
    Set<Boolean> booleans = new HashSet<>(samples(Gens.booleans(), 50));
    Set<Optional<Integer>> optionals = new HashSet<>(samples(Gens.optionals(Gens.constant(1)), 50));
    Set<Byte> signs = new HashSet<>();
    samples(Gens.bytes(8, 8), 50).forEach(bytes -> signs.add((byte) Integer.signum(bytes[0])));

    assertThat(seen).containsExactlyInAnyOrder("x", 1, 2);
    assertThat(booleans).containsExactlyInAnyOrder(true, false);
    assertThat(optionals).containsExactlyInAnyOrder(Optional.empty(), Optional.of(1));
    assertThat(signs).contains((byte) -1, (byte) 1);
  }

  @Test
  void lists_returnUnmodifiableLists() {
    List<Integer> list = simplest(Gens.lists(Gens.ints(0, 1), 1, 1));

    assertThatThrownBy(() -> list.add(1)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void badArguments_areRejectedAtOnce() {
    assertThatThrownBy(() -> Gens.ints(3, 2)).hasMessage("min must be <= max, was 3 > 2");
    assertThatThrownBy(() -> Gens.elements(List.of()))
        .hasMessage("elements needs at least one value");
    assertThatThrownBy(() -> Gens.oneOf()).hasMessage("oneOf needs at least one generator");
    assertThatThrownBy(() -> Gens.strings("", 0, 3))
        .hasMessage("strings needs a non-empty alphabet when maxLength > 0");
    assertThatThrownBy(() -> new Weighted<>(-1, Gens.constant(1)))
        .hasMessage("weight must be >= 0, was -1");
  }
}
