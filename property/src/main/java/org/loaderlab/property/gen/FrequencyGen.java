package org.loaderlab.property.gen;

import java.util.List;
import org.loaderlab.property.Gen;
import org.loaderlab.property.Tape;
import org.loaderlab.property.Weighted;

/**
 * One of several generators, picked with probability proportional to its weight. Lower choices
 * pick earlier alternatives, so a value shrinks toward the first alternative with weight.
 */
record FrequencyGen<T>(List<Weighted<T>> choices, int totalWeight) implements Gen<T> {

  FrequencyGen {
    choices = List.copyOf(choices);
    if (totalWeight < 1) {
      throw new IllegalArgumentException("frequency needs a total weight >= 1, was " + totalWeight);
    }
  }

  static <T> FrequencyGen<T> of(List<Weighted<T>> choices) {
    long total = 0;
    for (Weighted<T> choice : choices) {
      total += choice.weight();
    }
    if (total > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "frequency weights must sum to <= " + Integer.MAX_VALUE + ", was " + total);
    }
    return new FrequencyGen<>(choices, (int) total);
  }

  @Override
  public T generate(Tape tape) {
    int ticket = tape.choose(totalWeight);
    for (Weighted<T> choice : choices) {
      if (ticket < choice.weight()) {
        return choice.gen().generate(tape);
      }
      ticket -= choice.weight();
    }
    throw new IllegalStateException("ticket beyond total weight " + totalWeight);
  }
}
