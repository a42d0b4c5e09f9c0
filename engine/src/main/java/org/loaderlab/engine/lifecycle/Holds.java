package org.loaderlab.engine.lifecycle;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Facts;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * What channels, threads and callers take and drop at any time, without queuing: users with
 * cancel callbacks, optional-API calls, calls of registered things, threadstorage. Each takes
 * its hold under the lock, runs the caller's code without it, and when it let go last queues a
 * deferred stop.
 */
final class Holds {

  /** Holders that {@link #addUser} hands out; the others belong to the engine. */
  private static final Set<HolderKind> USER_KINDS = EnumSet.of(HolderKind.CHANNEL, HolderKind.USER, HolderKind.DIALPLAN);

  private final EngineState state;
  private final OperationRunner runner;
  private final int usersPerModuleMax;

  Holds(EngineState state, OperationRunner runner, int usersPerModuleMax) {
    this.state = state;
    this.runner = runner;
    this.usersPerModuleMax = usersPerModuleMax;
  }

  /**
   * Makes a user of {@code module}'s instance. When {@code creator} is not null the user was
   * taken by that module's code, which holds the cancel callback and will make the release: the
   * user then holds {@code creator}'s lib too, until released, so that code stays mapped; and
   * {@code module} must meet a need {@code creator} declares, or the use is refused.
   */
  UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel, ModuleName creator)
      throws ModuleUnavailableException {
    if (!USER_KINDS.contains(kind)) {
      throw new IllegalArgumentException(kind + " holders belong to the engine; users are " + USER_KINDS);
    }
    Holder holder = new Holder(kind, id);
    Object result = state.locked(() -> {
      if (creator != null) {
        String undeclared = undeclared(state.record(creator), module);
        if (undeclared != null) {
          state.journal.note(undeclared);
          return undeclared;
        }
      }
      Optional<ModuleRecord> found = state.find(module);
      String problem = unavailable(module, found);
      if (problem != null) {
        return problem;
      }
      ModuleRecord record = found.get();
      if (record.instance.holders.contains(holder)) {
        throw new IllegalArgumentException(holder + " already holds " + record.name);
      }
      if (record.instance.holders.isFull()) {
        return record.name + " has " + usersPerModuleMax + " users (usersPerModuleMax)";
      }
      ModuleRecord creatorRecord = creator == null ? null : state.record(creator);
      Holder creatorHold = creator == null ? null : new Holder(HolderKind.USER_CALLBACK, record.name + "/" + holder);
      if (creatorRecord != null) {
        String closed = creatorUnavailable(creatorRecord, record.name, creatorHold);
        if (closed != null) {
          return closed;
        }
      }
      state.holdInstance(record, holder, "a " + kind.name().toLowerCase(Locale.ROOT) + " uses it");
      if (creatorRecord != null) {
        state.holdLib(creatorRecord, creatorHold, "its code took " + holder + " of " + record.name
            + ", whose cancel and release run in it");
      }
      record.instance.cancels.put(holder, new TakenUser(cancel, creatorRecord, creatorHold));
      int incarnation = record.instance.incarnation;
      return new EngineHandle(holder, handle -> releaseUser(record.name, holder, incarnation));
    });
    if (result instanceof String problem) {
      throw new ModuleUnavailableException(problem);
    }
    return (UserHandle) result;
  }

  /**
   * Why {@code creator}'s code may not use {@code module}, or null: a use none of its declared
   * needs points at is a dependency the loader never ordered ({@link ManifestContract}). The
   * manifest its instance started with is the contract; between runs (a callback of a stopped
   * module), the catalog's. Under the lock.
   */
  private String undeclared(ModuleRecord creator, ModuleName module) {
    Optional<Facts> facts = Optional.ofNullable(state.facts);
    Manifest manifest = creator.instance.manifest != null ? creator.instance.manifest
        : facts.flatMap(known -> known.catalog().find(creator.name)).map(CatalogEntry::manifest)
            .orElse(Manifest.minimal(creator.name));
    ModuleName target = facts.flatMap(known -> known.catalog().find(module)).map(CatalogEntry::name).orElse(module);
    return ManifestContract.declaresUse(manifest, target, facts) ? null : ManifestContract.undeclaredUse(creator.name, target);
  }

  /** Why the lib of the module whose code takes a user cannot hold it, or null; under the lock. */
  private static String creatorUnavailable(ModuleRecord creator, ModuleName module, Holder creatorHold) {
    if (!creator.lib.isOpen()) {
      return "the lib of " + creator.name + " is not open, so its code cannot use " + module;
    }
    if (creator.lib.holders.contains(creatorHold)) {
      throw new IllegalArgumentException(creatorHold + " already holds the lib of " + creator.name);
    }
    if (creator.lib.holders.isFull()) {
      return "the lib of " + creator.name + " has " + creator.lib.holders.count() + " holders (usersPerModuleMax)";
    }
    return null;
  }

  private String unavailable(ModuleName module, Optional<ModuleRecord> found) {
    if (state.shuttingDown) {
      return module + " takes no new users: the loader is shutting down";
    }
    if (found.isEmpty() || !found.get().instance.isRunning()) {
      return module + " is not running";
    }
    if (found.get().instance.draining) {
      return module + " takes no new users: it is being unloaded";
    }
    return null;
  }

  private void releaseUser(ModuleName module, Holder holder, int incarnation) {
    state.locked(() -> {
      ModuleRecord record = state.record(module);
      if (record.instance.incarnation != incarnation || !record.instance.holders.contains(holder)) {
        return;
      }
      state.releaseInstance(record, holder, "the user released it");
      ModuleRecord creator = state.forgetUser(record, holder);
      settleIfUnheld(record, "its last user " + holder + " released it");
      if (creator != null) {
        settleIfUnheld(creator, holder + " of " + record.name + ", which its code took, was released");
      }
    });
  }

  /** Queues a deferred stop when the instance (or the lib of a stopped instance) is held by nothing; under the lock. */
  void settleIfUnheld(ModuleRecord record, String because) {
    boolean idleInstance = record.instance.isRunning() && record.instance.holders.isEmpty();
    boolean idleLib = record.lib.isClosable() && record.instance.phase == Instance.Phase.NOT_RUNNING;
    if (idleInstance || idleLib) {
      runner.settleLater(record.name, because);
    }
  }

  <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    Holder holder = state.locked(() -> {
      Optional<ModuleRecord> found = state.find(provider);
      if (found.isEmpty() || !found.get().instance.isRunning()) {
        return null;
      }
      ModuleRecord record = found.get();
      Holder call = new Holder(HolderKind.OPTIONAL_CALL, "call#" + (++state.callCount));
      state.holdInstance(record, call, "an optional API call into it is running");
      state.holdLib(record, call, "an optional API call into it is running");
      return call;
    });
    if (holder == null) {
      return Optional.empty();
    }
    try {
      state.requireUnlocked("an optional API call");
      return Optional.ofNullable(body.get());
    } finally {
      state.locked(() -> {
        ModuleRecord record = state.record(provider);
        state.releaseLib(record, holder, "the optional API call returned");
        state.releaseInstance(record, holder, "the optional API call returned");
        settleIfUnheld(record, "its last user " + holder + " returned");
      });
    }
  }

  <T> T execute(RegistrationKind kind, String name, Supplier<T> body) throws ModuleUnavailableException {
    Object taken = state.locked(() -> {
      EngineRegistration registration = state.registry.get(EngineRegistration.key(kind, name));
      if (registration == null) {
        return "no running module registers " + kind.label() + " '" + name + "'";
      }
      ModuleRecord record = state.record(registration.module());
      Holder call = new Holder(HolderKind.EXECUTION, registration.holder().id() + "#" + (++state.callCount));
      state.holdLib(record, call, "a call of " + kind.label() + " " + name + " is running");
      return new Object[] {record.name, call};
    });
    if (taken instanceof String problem) {
      throw new ModuleUnavailableException(problem);
    }
    ModuleName module = (ModuleName) ((Object[]) taken)[0];
    Holder holder = (Holder) ((Object[]) taken)[1];
    try {
      state.requireUnlocked("a registered " + kind.label());
      return body.get();
    } finally {
      state.locked(() -> {
        ModuleRecord record = state.record(module);
        state.releaseLib(record, holder, "the call returned");
        settleIfUnheld(record, "its last holder " + holder + " returned");
      });
    }
  }

  UserHandle attachThreadStorage(ModuleName module, String threadId) throws ModuleUnavailableException {
    Holder holder = new Holder(HolderKind.THREAD_STORAGE, threadId);
    Object result = state.locked(() -> {
      Optional<ModuleRecord> found = state.find(module);
      if (found.isEmpty() || !found.get().lib.isOpen()) {
        return "the lib of " + module + " is not open";
      }
      ModuleRecord record = found.get();
      if (record.lib.holders.contains(holder)) {
        throw new IllegalArgumentException(holder + " already holds the lib of " + record.name);
      }
      state.holdLib(record, holder, "thread " + threadId + " has threadstorage whose destructor lives in it");
      return new EngineHandle(holder, handle -> releaseThreadStorage(record.name, holder));
    });
    if (result instanceof String problem) {
      throw new ModuleUnavailableException(problem);
    }
    return (UserHandle) result;
  }

  private void releaseThreadStorage(ModuleName module, Holder holder) {
    state.locked(() -> {
      ModuleRecord record = state.record(module);
      state.releaseLib(record, holder, "the thread exited and its destructor ran");
      settleIfUnheld(record, "its last holder " + holder + " let go");
    });
  }
}
