package org.loaderlab.property;

import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.loaderlab.property.tape.TapeText;

/**
 * A property being set up: the generator, plus how to run it. Immutable: every setter returns a
 * new runner, so a configured runner can be shared. {@link #check} runs it.
 *
 * <p>Setters check their argument at once and throw {@link IllegalArgumentException} naming the
 * field and value.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PropertyRunner<T> {

  private final Gen<T> gen;
  private final RunnerConfig<T> config;

  private PropertyRunner(Gen<T> gen, RunnerConfig<T> config) {
    this.gen = gen;
    this.config = config;
  }

  static <T> PropertyRunner<T> of(Gen<T> gen) {
    return new PropertyRunner<>(Objects.requireNonNull(gen, "gen"), RunnerConfig.defaults());
  }

  /** Passing cases to run, {@code >= 1}; pins it against system properties and annotations. */
  public PropertyRunner<T> tries(int tries) {
    return new PropertyRunner<>(gen, config.withTries(tries));
  }

  /** The root seed; pins it against system properties and annotations. */
  public PropertyRunner<T> seed(long seed) {
    return new PropertyRunner<>(gen, config.withSeed(seed));
  }

  /**
   * Runs only the case of {@code tape}, the text a failure prints (e.g. {@code "t1:1.100"}),
   * without shrinking or coverage; seed and tries are then ignored.
   *
   * @throws IllegalArgumentException when {@code tape} is malformed, naming the problem
   */
  public PropertyRunner<T> replay(String tape) {
    TapeText.decode(Objects.requireNonNull(tape, "tape"));
    return new PropertyRunner<>(gen, config.withReplay(tape));
  }

  /**
   * Labels each case for the statistics; {@code null} means no label. May be called several
   * times: a case counts once for each distinct label it gets.
   */
  public PropertyRunner<T> classify(Function<? super T, String> label) {
    return new PropertyRunner<>(gen, config.withClassifier(label));
  }

  /**
   * Fails the property, showing the label table, unless {@code label} occurs in at least
   * {@code minFraction} (in {@code [0, 1]}) of the passing cases.
   */
  public PropertyRunner<T> requireCoverage(String label, double minFraction) {
    return new PropertyRunner<>(
        gen, config.withCoverage(new RunnerConfig.CoverageRule(label, minFraction)));
  }

  /** Most candidate runs spent shrinking a failure, {@code >= 0} (default 5000). */
  public PropertyRunner<T> shrinkStepsMax(int steps) {
    return new PropertyRunner<>(gen, config.withShrinkStepsMax(steps));
  }

  /** Most draws one case may make before it is discarded as an overrun (default 8192). */
  public PropertyRunner<T> drawsMax(int draws) {
    return new PropertyRunner<>(gen, config.withDrawsMax(draws));
  }

  /** Most discarded cases before the property gives up (default ten per try). */
  public PropertyRunner<T> discardsMax(int discards) {
    return new PropertyRunner<>(gen, config.withDiscardsMax(discards));
  }

  /**
   * Runs the property: cases until {@code tries} have passed, each drawn from its own seed
   * split from the root seed. On the first failure, shrinks it and throws.
   *
   * @return what ran, never {@code null}
   * @throws PropertyFailedError (an {@code AssertionFailedError}) with the seed, shrunk and
   *     original values and the replayable tape, when a case fails
   * @throws org.opentest4j.AssertionFailedError when coverage is not met, when too many cases
   *     are discarded, or when a replayed tape is discarded
   */
  public PropertyReport check(ThrowingConsumer<? super T> body) {
    return new PropertyCheck<>(gen, body, config).run();
  }
}
