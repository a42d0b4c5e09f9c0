package org.loaderlab.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.loaderlab.property.tape.ChoiceTape;
import org.loaderlab.property.tape.Discarded;
import org.opentest4j.TestAbortedException;

/**
 * Runs one test case on a tape: generate the value, classify it, run the body, and say how it
 * ended. The one place a case is run, whether at random, while shrinking or on replay.
 */
final class CaseRunner<T> {

  private final Gen<T> gen;
  private final ThrowingConsumer<? super T> body;
  private final List<Function<? super T, String>> classifiers;

  CaseRunner(
      Gen<T> gen, ThrowingConsumer<? super T> body, List<Function<? super T, String>> classifiers) {
    this.gen = Objects.requireNonNull(gen, "gen");
    this.body = Objects.requireNonNull(body, "body");
    this.classifiers = List.copyOf(classifiers);
  }

  CaseOutcome run(ChoiceTape tape) {
    T value;
    try {
      value = gen.generate(tape);
    } catch (Discarded discarded) {
      return new CaseOutcome.Discard(tape.choices(), discarded.reason());
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      return new CaseOutcome.Fail(tape.choices(), failure);
    }
    try {
      List<String> labels = labels(value);
      body.accept(value);
      return new CaseOutcome.Pass(tape.choices(), labels);
    } catch (TestAbortedException assumption) {
      return new CaseOutcome.Discard(tape.choices(), "assumption failed");
    } catch (Discarded discarded) {
      // A body drawing from Gens.tape() can overrun or starve a filter, just like generation.
      return new CaseOutcome.Discard(tape.choices(), discarded.reason());
    } catch (Throwable failure) {
      rethrowIfFatal(failure);
      return new CaseOutcome.Fail(tape.choices(), failure);
    }
  }

  /** The value the tape's choices give, generated again for a report. */
  T regenerate(int[] choices, int drawsMax) {
    return gen.generate(ChoiceTape.replay(choices, drawsMax));
  }

  private List<String> labels(T value) {
    TreeSet<String> labels = new TreeSet<>();
    for (Function<? super T, String> classifier : classifiers) {
      String label = classifier.apply(value);
      if (label != null) {
        labels.add(label);
      }
    }
    return new ArrayList<>(labels);
  }

  /** The JVM is in trouble: no point shrinking, and catching it could hide why. */
  private static void rethrowIfFatal(Throwable failure) {
    if (failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError)) {
      throw (VirtualMachineError) failure;
    }
  }
}
