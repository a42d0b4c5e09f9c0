package org.loaderlab.engine.plan;

import org.apiguardian.api.API;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.manifest.ModuleName;

/** One step of a plan, for one module, with the reason it is taken. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface PlanStep {

  ModuleName module();

  /** Why, as a sentence: "needed by chan_sip", "its last user res_a released it". */
  String because();

  /** Verify the checksum and open the binary. */
  record OpenLib(ModuleName module, String because) implements PlanStep {}

  /** Run {@code load_module}. */
  record StartInstance(ModuleName module, String because) implements PlanStep {}

  /** {@code holder} starts (or stops) holding the module's instance. */
  record Hold(ModuleName module, Holder holder, String because) implements PlanStep {}

  record Release(ModuleName module, Holder holder, String because) implements PlanStep {}

  /** Ask a user of the module to go away (soft hangup, firm unload of a dependent). */
  record CancelUser(ModuleName module, Holder user, String because) implements PlanStep {}

  /** Remove registrations, run {@code unload_module}, release dependencies. */
  record StopInstance(ModuleName module, String because) implements PlanStep {}

  /** Close the binary ({@code dlclose}). */
  record CloseLib(ModuleName module, String because) implements PlanStep {}
}
