package org.loaderlab.engine.lifecycle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.event.EventListener;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Facts;
import org.loaderlab.engine.plan.ModuleSnapshot;
import org.loaderlab.engine.plan.StateSnapshot;
import org.loaderlab.engine.spi.Runtime;

/**
 * All engine state and the one lock that guards it. The lock is held only for short state
 * changes: {@link #locked} runs a body under it, then, with it released, delivers the events the
 * body emitted and hands the tasks it queued ({@link #later}) to the runtime. No module code,
 * linker call, listener or cancel callback runs under it ({@link #requireUnlocked}).
 */
final class EngineState {

  private static final Runnable[] NO_TASKS = new Runnable[0];

  final ReentrantLock lock = new ReentrantLock();
  final EventOutbox outbox;
  final Journal journal = new Journal();
  final CanUseIndex canUse = new CanUseIndex();
  /** The api_registry: every live registration by {@link EngineRegistration#key()}; looked up, never iterated. */
  final Map<String, EngineRegistration> registry = new HashMap<>();
  /**
   * Every record, hashed: looked up on every step. Iterated only into sorted results
   * ({@link #records}, {@link #snapshot}), so a startup of 100,000 modules pays no tree insertion.
   */
  private final Map<ModuleName, ModuleRecord> byName = new HashMap<>();
  /**
   * The same records by the exact name they show: a dependent holder names its module so, and
   * finding it by that string spares parsing a module name at every hold and release.
   */
  private final Map<String, ModuleRecord> byDisplay = new HashMap<>();
  private final Runtime runtime;
  private final int holdersMax;
  private final List<Runnable> later = new ArrayList<>();
  /** The facts of the catalog as last scanned; null until the first scan. */
  Facts facts;
  Dialplan dialplan;
  boolean shuttingDown;
  long callCount;

  EngineState(Runtime runtime, EventListener listener, Dialplan dialplan, int holdersMax) {
    this.runtime = runtime;
    this.outbox = new EventOutbox(lock, listener);
    this.dialplan = dialplan;
    this.holdersMax = holdersMax;
  }

  <T> T locked(Supplier<T> body) {
    requireUnlocked("a new lock region");
    lock.lock();
    try {
      return body.get();
    } finally {
      endRegion();
    }
  }

  /** Ends a lock region: lets go of the lock, then delivers its events and hands over its tasks. */
  private void endRegion() {
    Runnable[] tasks = later.isEmpty() ? NO_TASKS : later.toArray(NO_TASKS);
    later.clear();
    lock.unlock();
    outbox.deliver();
    for (Runnable task : tasks) {
      runtime.execute(task);
    }
  }

  void locked(Runnable body) {
    requireUnlocked("a new lock region");
    lock.lock();
    try {
      body.run();
    } finally {
      endRegion();
    }
  }

  /** Hands {@code task} to the runtime once the lock is released. */
  void later(Runnable task) {
    assertLocked();
    later.add(task);
  }

  void assertLocked() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("engine state is changed only under its lock");
    }
  }

  /** The rule a reviewer checks: {@code what} (module code, the linker, a callback) never runs under the lock. */
  void requireUnlocked(String what) {
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("the engine lock is held while " + what + " runs");
    }
  }

  void emit(java.util.function.LongFunction<LifecycleEvent> make) {
    outbox.emit(make);
  }

  ModuleRecord record(ModuleName module) {
    assertLocked();
    ModuleRecord found = byName.get(module);
    if (found == null) {
      ModuleName display = facts == null ? module
          : facts.catalog().find(module).map(CatalogEntry::name).orElse(module);
      found = new ModuleRecord(display, holdersMax);
      byName.put(display, found);
      byDisplay.put(display.toString(), found);
    }
    return found;
  }

  /** The record of the module a {@link HolderKind#DEPENDENT} holder names; made if new, as {@link #record}. */
  ModuleRecord dependentRecord(Holder dependent) {
    assertLocked();
    assert dependent.kind() == HolderKind.DEPENDENT : dependent + " is not a dependent";
    ModuleRecord found = byDisplay.get(dependent.id());
    return found != null ? found : record(ModuleName.of(dependent.id()));
  }

  Optional<ModuleRecord> find(ModuleName module) {
    assertLocked();
    return Optional.ofNullable(byName.get(module));
  }

  /** Every record, in name order. */
  List<ModuleRecord> records() {
    assertLocked();
    List<ModuleRecord> sorted = new ArrayList<>(byName.values());
    sorted.sort(Comparator.comparing(record -> record.name));
    return sorted;
  }

  void holdInstance(ModuleRecord record, Holder holder, String reason) {
    record.instance.holders.add(holder, reason);
    emit(sequence -> new LifecycleEvent.ReferenceTaken(sequence, record.name, RefTarget.INSTANCE, holder, reason));
  }

  void releaseInstance(ModuleRecord record, Holder holder, String reason) {
    record.instance.holders.remove(holder);
    emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, record.name, RefTarget.INSTANCE, holder, reason));
  }

  void holdLib(ModuleRecord record, Holder holder, String reason) {
    if (record.lib.phase != Lib.Phase.OPEN) {
      throw new IllegalStateException(holder + " cannot hold the lib of " + record.name + ": it is " + record.lib.phase);
    }
    record.lib.holders.add(holder, reason);
    emit(sequence -> new LifecycleEvent.ReferenceTaken(sequence, record.name, RefTarget.LIB, holder, reason));
  }

  void releaseLib(ModuleRecord record, Holder holder, String reason) {
    record.lib.holders.remove(holder);
    emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, record.name, RefTarget.LIB, holder, reason));
  }

  /**
   * {@code user} no longer holds {@code record}'s instance (the caller dropped that hold): its
   * cancel is forgotten, and the hold it kept on the lib of the module whose code took it ends.
   *
   * @return that module's record, for the caller to settle; null if the core took the user
   */
  ModuleRecord forgetUser(ModuleRecord record, Holder user) {
    assertLocked();
    assert !record.instance.holders.contains(user) : user + " still holds " + record.name;
    TakenUser taken = record.instance.cancels.remove(user);
    if (taken == null || taken.creator == null) {
      return null;
    }
    releaseLib(taken.creator, taken.creatorHold, user + " of " + record.name + " was released");
    return taken.creator;
  }

  /** Removes a registration (automatic cleanup, or the module's own unregister); its lib hold ends with it. */
  void removeRegistration(ModuleRecord record, EngineRegistration registration, String reason) {
    assertLocked();
    registration.removed = true;
    registry.remove(registration.key());
    record.registrations.remove(registration.key());
    emit(sequence -> new LifecycleEvent.RegistrationRemoved(sequence, record.name, registration.kind(), registration.name()));
    releaseLib(record, registration.holder(), reason);
  }

  /** A copy of everything the planner reads. */
  StateSnapshot snapshot() {
    assertLocked();
    SortedMap<ModuleName, ModuleSnapshot> modules = new TreeMap<>();
    for (ModuleRecord record : byName.values()) { // into a sorted map: the hash order never shows
      if (record.isIdle() && record.instance.holders.isEmpty() && record.lib.holders.isEmpty()) {
        continue;
      }
      boolean running = record.instance.isRunning();
      modules.put(record.name, new ModuleSnapshot(record.name, running, record.lib.isOpen(), record.lib.blocked,
          record.instance.draining, record.instance.holders.view(), record.lib.holders.view(),
          record.instance.dependencies.names(), record.lib.dependencies.names(),
          running ? Optional.of(record.instance.manifest) : Optional.empty()));
    }
    return new StateSnapshot(modules, dialplan, shuttingDown);
  }
}
