package org.loaderlab.observe;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * One mapping of a module's binary: the module and which time it was mapped ({@code chan_sip#2}
 * is its second mapping). Code is bound to a mapping, not to a name: a pointer into the first
 * mapping of a module is stale once that mapping is gone, even if the module was mapped again.
 *
 * @param generation 1 for the first mapping; 0 for a module that was never mapped
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LibRef(ModuleName module, int generation) implements Comparable<LibRef> {

  private static final Comparator<LibRef> ORDER =
      Comparator.comparing(LibRef::module).thenComparingInt(LibRef::generation);

  public LibRef {
    Objects.requireNonNull(module, "module");
    if (generation < 0) {
      throw new IllegalArgumentException("generation must be >= 0, was " + generation);
    }
  }

  /** The reference of a module no mapping ever had: calling into it is calling into nothing. */
  public static LibRef neverMapped(ModuleName module) {
    return new LibRef(module, 0);
  }

  @Override
  public int compareTo(LibRef other) {
    return ORDER.compare(this, other);
  }

  /** {@code module#generation}. */
  @Override
  public String toString() {
    return module + "#" + generation;
  }
}
