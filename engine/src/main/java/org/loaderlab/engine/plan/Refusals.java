package org.loaderlab.engine.plan;

import java.util.function.Function;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Turns blockers into the sentences users read: "chan_sip cannot load: it needs cdr_custom,
 * which neverload bans (modules.conf:9)". A chain through dependencies is followed for at most
 * {@link #HOPS_MAX} modules, so a deep chain (or a malformed one) still prints a short line.
 */
final class Refusals {

  /** Dependencies named in one sentence; past them the chain ends with "which cannot load". */
  static final int HOPS_MAX = 8;

  private Refusals() {}

  /** {@code module cannot load: ...}, following {@link Blocker.Needs} through {@code blockers}. */
  static String render(ModuleName module, Blocker blocker, Function<ModuleName, Blocker> blockers) {
    StringBuilder text = new StringBuilder(module.toString()).append(" cannot load: ");
    if (!(blocker instanceof Blocker.Needs)) {
      return text.append(self(blocker)).toString();
    }
    Blocker current = blocker;
    text.append("it ");
    for (int hop = 0; current instanceof Blocker.Needs needs; hop++) {
      text.append("needs ").append(needs.dependency()).append(suffix(needs.need())).append(", which ");
      Blocker next = blockers.apply(needs.dependency());
      if (hop + 1 >= HOPS_MAX || next == null) {
        return text.append("cannot load").toString();
      }
      current = next;
    }
    return text.append(third(current)).toString();
  }

  private static String suffix(Requirement need) {
    return need.kind().equals(Kinds.MODULE) ? "" : " (" + need + ")";
  }

  private static String self(Blocker blocker) {
    if (blocker instanceof Blocker.NotInstalled) {
      return "it is not installed";
    } else if (blocker instanceof Blocker.Invalid invalid) {
      return "its manifest is invalid (" + invalid.file() + ")";
    } else if (blocker instanceof Blocker.Banned banned) {
      return "neverload bans it (" + banned.at() + ")";
    } else if (blocker instanceof Blocker.Missing missing) {
      return "it needs " + missing.need() + ", which nothing provides";
    } else if (blocker instanceof Blocker.NoLoadable none) {
      return "it needs " + none.need() + ", which no loadable module provides";
    } else if (blocker instanceof Blocker.OnCycle onCycle) {
      return "it is on the dependency cycle " + onCycle.cycle();
    } else if (blocker instanceof Blocker.TooDeep tooDeep) {
      return "its dependency chain is longer than " + tooDeep.depthMax() + " modules (dependencyDepthMax)";
    } else if (blocker instanceof Blocker.Failed failed) {
      return failed.why();
    } else if (blocker instanceof Blocker.Loader loader) {
      return loader.why();
    }
    throw new IllegalStateException("unknown blocker " + blocker);
  }

  /** The same reasons, said of a dependency: "which ...". */
  private static String third(Blocker blocker) {
    if (blocker instanceof Blocker.NotInstalled) {
      return "is not installed";
    } else if (blocker instanceof Blocker.Invalid invalid) {
      return "has an invalid manifest (" + invalid.file() + ")";
    } else if (blocker instanceof Blocker.Banned banned) {
      return "neverload bans (" + banned.at() + ")";
    } else if (blocker instanceof Blocker.Missing missing) {
      return "needs " + missing.need() + ", which nothing provides";
    } else if (blocker instanceof Blocker.NoLoadable none) {
      return "needs " + none.need() + ", which no loadable module provides";
    } else if (blocker instanceof Blocker.OnCycle onCycle) {
      return "is on the dependency cycle " + onCycle.cycle();
    } else if (blocker instanceof Blocker.TooDeep tooDeep) {
      return "has a dependency chain longer than " + tooDeep.depthMax() + " modules (dependencyDepthMax)";
    } else if (blocker instanceof Blocker.Failed failed) {
      return "failed to start (" + failed.why() + ")";
    } else if (blocker instanceof Blocker.Loader loader) {
      return "cannot load: " + loader.why();
    }
    throw new IllegalStateException("unknown blocker " + blocker);
  }
}
