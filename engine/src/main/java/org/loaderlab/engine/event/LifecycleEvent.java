package org.loaderlab.engine.event;

import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * One transition of the engine. {@code sequence} numbers events from 1 in the order the engine
 * made them, across all modules; {@code module} is the module it concerns.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface LifecycleEvent {

  long sequence();

  ModuleName module();

  /** A plan was decided for an operation (its dry run is exactly this plan). */
  record PlanDecided(long sequence, ModuleName module, Plan plan) implements LifecycleEvent {}

  /** A load was refused: banned, cycle, missing provider, checksum mismatch, binary unreadable, ... */
  record LoadRefused(long sequence, ModuleName module, String reason) implements LifecycleEvent {}

  record LibOpened(long sequence, ModuleName module) implements LifecycleEvent {}

  record LibClosed(long sequence, ModuleName module) implements LifecycleEvent {}

  record InstanceStarting(long sequence, ModuleName module) implements LifecycleEvent {}

  record InstanceRunning(long sequence, ModuleName module) implements LifecycleEvent {}

  /** {@code load_module} declined or failed; everything it took has been released. */
  record InstanceFailed(long sequence, ModuleName module, String reason) implements LifecycleEvent {}

  record InstanceStopping(long sequence, ModuleName module, String reason) implements LifecycleEvent {}

  record InstanceStopped(long sequence, ModuleName module) implements LifecycleEvent {}

  record ReferenceTaken(long sequence, ModuleName module, RefTarget target, Holder holder, String reason)
      implements LifecycleEvent {}

  record ReferenceDropped(long sequence, ModuleName module, RefTarget target, Holder holder, String reason)
      implements LifecycleEvent {}

  /** A user was asked to go away (a channel hung up softly, a dependent module firmly unloaded). */
  record UserCancelled(long sequence, ModuleName module, Holder user, String reason) implements LifecycleEvent {}

  record RegistrationAdded(long sequence, ModuleName module, RegistrationKind kind, String name)
      implements LifecycleEvent {}

  record RegistrationRemoved(long sequence, ModuleName module, RegistrationKind kind, String name)
      implements LifecycleEvent {}

  /** The module's {@code [canuse]} provider arrived or is leaving; {@code provider} is the other module. */
  record CanUseNotified(long sequence, ModuleName module, ModuleName provider, boolean arrived)
      implements LifecycleEvent {}

  /** {@code block_unload} was called: the lib will never close. */
  record UnloadBlocked(long sequence, ModuleName module) implements LifecycleEvent {}
}
