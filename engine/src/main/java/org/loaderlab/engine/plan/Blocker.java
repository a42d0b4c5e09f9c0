package org.loaderlab.engine.plan;

import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.resolve.Cycles;

/** Why a module cannot load; {@link Refusals} turns a chain of these into a sentence. */
sealed interface Blocker {

  record NotInstalled() implements Blocker {}

  record Invalid(String file) implements Blocker {}

  record Banned(SourceLocation at) implements Blocker {}

  record Missing(Requirement need) implements Blocker {}

  record NoLoadable(Requirement need) implements Blocker {}

  /** It needs {@code dependency} (for {@code need}), which cannot load. */
  record Needs(ModuleName dependency, Requirement need) implements Blocker {}

  record OnCycle(Cycles.Cycle cycle) implements Blocker {}

  record TooDeep(int depthMax) implements Blocker {}

  /** Found only when trying: checksum, linker, load_module; {@code why} is a phrase such as "load_module declined". */
  record Failed(String why) implements Blocker {}

  /** Not about the module at all: the loader is shutting down, or the catalog is too large. */
  record Loader(String why) implements Blocker {}
}
