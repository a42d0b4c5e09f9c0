package org.loaderlab.simulate;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Judges a finished run from the outside: from its events, observations and result, never from
 * the loader's own bookkeeping. Each violation is one line of text, deterministic for the run.
 * The oracles plug in as one more judge in {@link Judges#standard()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Judge {

  /** The violations {@code evidence} shows, in a stable order; empty when the run is clean. */
  List<String> violations(Evidence evidence);

  /** Both judges, this one's violations first. */
  default Judge and(Judge other) {
    return evidence -> {
      List<String> all = new ArrayList<>(violations(evidence));
      all.addAll(other.violations(evidence));
      return List.copyOf(all);
    };
  }
}
