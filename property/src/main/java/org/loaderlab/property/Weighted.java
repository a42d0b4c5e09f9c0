package org.loaderlab.property;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One alternative of {@link Gens#frequency}: a generator picked with probability {@code weight}
 * over the sum of all weights.
 *
 * @param weight {@code >= 0}; 0 switches the alternative off
 * @param gen never {@code null}
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Weighted<T>(int weight, Gen<T> gen) {

  public Weighted {
    if (weight < 0) {
      throw new IllegalArgumentException("weight must be >= 0, was " + weight);
    }
    Objects.requireNonNull(gen, "gen");
  }
}
