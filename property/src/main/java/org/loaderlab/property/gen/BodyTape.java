package org.loaderlab.property.gen;

import org.loaderlab.property.Tape;

/**
 * The case's tape handed to the body by {@code Gens.tape()}. A wrapper, not the tape itself, so
 * the body sees only {@link Tape#choose} and a report prints a fixed word instead of an
 * identity hash.
 */
record BodyTape(Tape source) implements Tape {

  @Override
  public int choose(int bound) {
    return source.choose(bound);
  }

  @Override
  public String toString() {
    return "<tape>";
  }
}
