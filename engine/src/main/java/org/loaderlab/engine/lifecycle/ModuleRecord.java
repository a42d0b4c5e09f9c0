package org.loaderlab.engine.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loaderlab.engine.manifest.ModuleName;

/** Everything the engine keeps about one module: its lib, its instance, its registrations. */
final class ModuleRecord {

  final ModuleName name;
  final Lib lib;
  final Instance instance;
  /** In registration order, so they are removed in that order. */
  final Map<String, EngineRegistration> registrations = new LinkedHashMap<>();

  ModuleRecord(ModuleName name, int holdersMax) {
    this.name = name;
    this.lib = new Lib(name, holdersMax);
    this.instance = new Instance(name, holdersMax);
  }

  /** The marks of the operations that last listed this module as touched or unheld: each lists it once. */
  Object touchedBy;
  Object unheldBy;

  /** Made once: its lib holds each of its dependencies' libs for this reason. */
  private String libUseReason;

  /** "the lib of X uses it": why this module's lib holds a dependency's lib. */
  String libUseReason() {
    if (libUseReason == null) {
      libUseReason = "the lib of " + name + " uses it";
    }
    return libUseReason;
  }

  /** Nothing running, nothing open: the record can be forgotten by a snapshot. */
  boolean isIdle() {
    return lib.phase == Lib.Phase.CLOSED && instance.phase == Instance.Phase.NOT_RUNNING;
  }
}
