package org.loaderlab.engine.lifecycle;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Facts;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.Planner;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * The engine. How it fits together:
 *
 * <ul>
 *   <li>{@link EngineState}: every lib and instance ({@link Lib}, {@link Instance}, each with its
 *       named {@link Holders}), the api_registry, the dialplan, under one lock held only for short
 *       state changes; events are numbered under it and delivered after it ({@link EventOutbox}).
 *   <li>{@link OperationRunner}: load, unload, reload, startup, shutdown, dialplan reload and
 *       deferred stops are queued and run one at a time, each planned by the pure
 *       {@link Planner} and then executed one step per runtime task ({@link StepExecutor},
 *       {@link InstanceSteps}), re-planned if a step fails.
 *   <li>This class: the {@link ModuleLoader} front, and what channels, threads and module code
 *       do at any time without queuing: users, optional calls, executions of registered things,
 *       threadstorage, registrations, block_unload. Each takes or drops a hold under the lock,
 *       runs the caller's code without it, and queues a deferred stop when it let go last.
 *   <li>{@link StatusReport}: {@code module show}, {@code why}, {@code why-not}.
 * </ul>
 */
final class LifecycleEngine implements ModuleLoader {

  /** Holders that {@link #addUser} hands out; the others belong to the engine. */
  private static final Set<HolderKind> USER_KINDS = EnumSet.of(HolderKind.CHANNEL, HolderKind.USER, HolderKind.DIALPLAN);

  private final LoaderBuilder.Settings settings;
  private final EngineState state;
  private final OperationRunner runner;
  private final StatusReport status;

  LifecycleEngine(LoaderBuilder.Settings settings) {
    this.settings = settings;
    this.state = new EngineState(settings.runtime(), settings.listener(), settings.dialplan(),
        settings.config().usersPerModuleMax());
    InstanceSteps instances = new InstanceSteps(state, this);
    this.runner = new OperationRunner(settings, state, new StepExecutor(state, settings.linker(), instances));
    this.status = new StatusReport(state);
  }

  @Override
  public CompletableFuture<Outcome> start() {
    return runner.submit(new Operation.Startup());
  }

  @Override
  public CompletableFuture<Outcome> load(ModuleName module) {
    return runner.submit(new Operation.Load(module));
  }

  @Override
  public CompletableFuture<Outcome> unload(ModuleName module, boolean force) {
    return runner.submit(new Operation.Unload(module, force));
  }

  @Override
  public CompletableFuture<Outcome> reload(ModuleName module) {
    return runner.submit(new Operation.Reload(module));
  }

  @Override
  public CompletableFuture<Outcome> shutdown(boolean graceful) {
    return runner.submit(new Operation.Shutdown(graceful));
  }

  @Override
  public CompletableFuture<Outcome> loadDialplan(Dialplan dialplan) {
    return runner.submit(new Operation.LoadDialplan(dialplan));
  }

  @Override
  public Plan plan(Operation operation) {
    Facts facts = runner.facts(operation);
    return Planner.plan(operation, facts, state.locked(state::snapshot));
  }

  @Override
  public UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel)
      throws ModuleUnavailableException {
    if (!USER_KINDS.contains(kind)) {
      throw new IllegalArgumentException(kind + " holders belong to the engine; users are " + USER_KINDS);
    }
    Holder holder = new Holder(kind, id);
    Object result = state.locked(() -> {
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
        return record.name + " has " + settings.config().usersPerModuleMax() + " users (usersPerModuleMax)";
      }
      state.holdInstance(record, holder, "a " + kind.name().toLowerCase(Locale.ROOT) + " uses it");
      record.instance.cancels.put(holder, cancel);
      int incarnation = record.instance.incarnation;
      return new EngineHandle(holder, handle -> releaseUser(record.name, holder, incarnation));
    });
    if (result instanceof String problem) {
      throw new ModuleUnavailableException(problem);
    }
    return (UserHandle) result;
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
      record.instance.cancels.remove(holder);
      settleIfUnheld(record, "its last user " + holder + " released it");
    });
  }

  /** Queues a deferred stop when the instance (or the lib of a stopped instance) is held by nothing; under the lock. */
  private void settleIfUnheld(ModuleRecord record, String because) {
    boolean idleInstance = record.instance.isRunning() && record.instance.holders.isEmpty();
    boolean idleLib = record.lib.isClosable() && record.instance.phase == Instance.Phase.NOT_RUNNING;
    if (idleInstance || idleLib) {
      runner.settleLater(record.name, because);
    }
  }

  @Override
  public <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
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

  @Override
  public <T> T execute(RegistrationKind kind, String name, Supplier<T> body) throws ModuleUnavailableException {
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

  @Override
  public UserHandle attachThreadStorage(ModuleName module, String threadId) throws ModuleUnavailableException {
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

  Registration register(EngineContext context, RegistrationKind kind, String name) {
    return state.locked(() -> {
      ModuleRecord record = state.record(context.module());
      if (!record.instance.isLive() || record.instance.incarnation != context.incarnation()) {
        throw new IllegalStateException(record.name + " is not running, so it cannot register " + kind.label() + " '" + name + "'");
      }
      EngineRegistration registration = new EngineRegistration(this, record.name, kind, name);
      EngineRegistration existing = state.registry.get(registration.key());
      if (existing != null) {
        throw new IllegalArgumentException(kind.label() + " '" + name + "' is already registered by " + existing.module());
      }
      state.registry.put(registration.key(), registration);
      record.registrations.put(registration.key(), registration);
      state.emit(sequence -> new LifecycleEvent.RegistrationAdded(sequence, record.name, kind, name));
      state.holdLib(record, registration.holder(), "it registers " + kind.label() + " " + name);
      return registration;
    });
  }

  void unregister(EngineRegistration registration) {
    state.locked(() -> {
      if (registration.removed) {
        return;
      }
      ModuleRecord record = state.record(registration.module());
      state.removeRegistration(record, registration, "it unregistered " + registration.kind().label() + " " + registration.name());
      settleIfUnheld(record, "its last holder " + registration.holder() + " was unregistered");
    });
  }

  void blockUnload(EngineContext context) {
    state.locked(() -> {
      ModuleRecord record = state.record(context.module());
      if (!record.lib.isOpen()) {
        throw new IllegalStateException("the lib of " + record.name + " is not open, so it cannot be blocked");
      }
      if (record.lib.blocked) {
        return;
      }
      record.lib.blocked = true;
      state.emit(sequence -> new LifecycleEvent.UnloadBlocked(sequence, record.name));
      state.holdLib(record, new Holder(HolderKind.BLOCK_UNLOAD, "block_unload"), "block_unload was called: it never closes");
    });
  }

  @Override
  public List<ModuleStatus> show() {
    ensureCatalog();
    return state.locked(status::show);
  }

  @Override
  public String why(ModuleName module) {
    return state.locked(() -> status.why(module));
  }

  @Override
  public String whyNot(ModuleName module) {
    ensureCatalog();
    return state.locked(() -> status.whyNot(module));
  }

  @Override
  public List<ModuleName> complete(String prefix) {
    runner.rescan();
    String lower = prefix.toLowerCase(Locale.ROOT);
    return state.locked(() -> state.facts.catalog().entries().stream().map(CatalogEntry::name)
        .filter(name -> name.canonical().startsWith(lower)).toList());
  }

  @Override
  public List<String> journal() {
    return state.locked(state.journal::recent);
  }

  private void ensureCatalog() {
    if (state.locked(() -> state.facts == null)) {
      runner.rescan();
    }
  }

  /** For tests of the lock rule: whether the calling thread holds the engine lock now. */
  boolean lockHeldByCurrentThread() {
    return state.lock.isHeldByCurrentThread();
  }
}
