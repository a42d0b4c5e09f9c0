package org.loaderlab.engine.lifecycle;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.loaderlab.engine.spi.RegistrationRefusedException;

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
 *   <li>{@link Holds}: what channels, threads and callers take and drop at any time without
 *       queuing: users, optional calls, executions of registered things, threadstorage.
 *   <li>This class: the {@link ModuleLoader} front, and what module code asks through its
 *       {@link EngineContext}: registrations (the api_registry) and block_unload.
 *   <li>{@link StatusReport}: {@code module show}, {@code why}, {@code why-not}.
 * </ul>
 */
final class LifecycleEngine implements ModuleLoader {

  private final LoaderBuilder.Settings settings;
  private final EngineState state;
  private final OperationRunner runner;
  private final StatusReport status;
  private final Holds holds;

  LifecycleEngine(LoaderBuilder.Settings settings) {
    this.settings = settings;
    this.state = new EngineState(settings.runtime(), settings.listener(), settings.dialplan(),
        settings.config().usersPerModuleMax());
    InstanceSteps instances = new InstanceSteps(state, this);
    this.runner = new OperationRunner(settings, state, new StepExecutor(state, settings.linker(), instances));
    this.status = new StatusReport(state);
    this.holds = new Holds(state, runner, settings.config().usersPerModuleMax());
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
    return holds.addUser(module, kind, id, cancel, null);
  }

  /** A user taken by {@code creator}'s code (through its context): it holds {@code creator}'s lib until released. */
  UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel, ModuleName creator)
      throws ModuleUnavailableException {
    return holds.addUser(module, kind, id, cancel, creator);
  }

  /** Settles {@code record} if nothing holds it any more; under the lock. */
  void settleIfUnheld(ModuleRecord record, String because) {
    holds.settleIfUnheld(record, because);
  }

  @Override
  public <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    return holds.callOptional(provider, body);
  }

  @Override
  public <T> T execute(RegistrationKind kind, String name, Supplier<T> body) throws ModuleUnavailableException {
    return holds.execute(kind, name, body);
  }

  @Override
  public UserHandle attachThreadStorage(ModuleName module, String threadId) throws ModuleUnavailableException {
    return holds.attachThreadStorage(module, threadId);
  }

  Registration register(EngineContext context, RegistrationKind kind, String name) {
    return state.locked(() -> {
      ModuleRecord record = state.record(context.module());
      if (!record.instance.isLive() || record.instance.incarnation != context.incarnation()) {
        throw new IllegalStateException(record.name + " is not running, so it cannot register " + kind.label() + " '" + name + "'");
      }
      if (!ManifestContract.provides(record.instance.manifest, kind, name)) {
        String refused = ManifestContract.undeclaredRegistration(record.name, kind, name);
        state.journal.note(refused);
        throw new RegistrationRefusedException(refused);
      }
      EngineRegistration registration = new EngineRegistration(this, record.name, kind, name);
      EngineRegistration existing = state.registry.get(registration.key());
      if (existing != null) {
        throw new RegistrationRefusedException(kind.label() + " '" + name + "' is already registered by " + existing.module());
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
      holds.settleIfUnheld(record, "its last holder " + registration.holder() + " was unregistered");
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
