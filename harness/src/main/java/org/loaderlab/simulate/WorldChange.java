package org.loaderlab.simulate;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * A write the admin made to the world's files while the loader ran (a hot-install action), and
 * the step it happened at: what the oracles' facts say about that module holds from then on.
 *
 * @param kind what was written
 * @param module the module whose files changed
 * @param stepIndex the step of the write
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WorldChange(Kind kind, ModuleName module, long stepIndex) {

  /** The three writes of issue #5's hot installs. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** A new module: its binary, then its manifest. */
    INSTALLED,
    /** An existing module's manifest, rewritten with one more need. */
    MANIFEST_EDITED,
    /** An existing module's binary, rebuilt so its manifest's checksum no longer matches. */
    BINARY_REPLACED
  }

  public WorldChange {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(module, "module");
    if (stepIndex < 0) {
      throw new IllegalArgumentException("stepIndex must be >= 0, was " + stepIndex);
    }
  }
}
