package org.loaderlab.engine.lifecycle;

import java.util.LinkedHashMap;
import java.util.Map;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;

/** Everything the engine keeps about one module: its lib, its instance, its registrations. */
final class ModuleRecord {

  final ModuleName name;
  final Lib lib;
  final Instance instance;
  /** The holders this module is as a dependent and as its lib's own instance, made once. */
  final Holder asDependent;
  final Holder ownInstance;
  /** In registration order, so they are removed in that order. */
  final Map<String, EngineRegistration> registrations = new LinkedHashMap<>();

  ModuleRecord(ModuleName name, int holdersMax) {
    this.name = name;
    this.lib = new Lib(name, holdersMax);
    this.instance = new Instance(name, holdersMax);
    this.asDependent = new Holder(HolderKind.DEPENDENT, name.toString());
    this.ownInstance = InstanceSteps.ownInstance(name);
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
