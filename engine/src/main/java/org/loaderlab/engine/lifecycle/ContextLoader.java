package org.loaderlab.engine.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * The loader as a module's code sees it through its context: the engine, except that a user the
 * code takes also holds the module's lib until it is released. The cancel callback and the
 * release of such a user are the module's code, so its instance may stop meanwhile, but its lib
 * must stay mapped. And the code may only use a module its own module declares a need of: the
 * loader never ordered any other.
 */
final class ContextLoader implements ModuleLoader {

  private final LifecycleEngine engine;
  private final ModuleName module;

  ContextLoader(LifecycleEngine engine, ModuleName module) {
    this.engine = engine;
    this.module = module;
  }

  /** The engine behind this view. */
  LifecycleEngine engine() {
    return engine;
  }

  @Override
  public UserHandle addUser(ModuleName used, HolderKind kind, String id, Runnable cancel)
      throws ModuleUnavailableException {
    return engine.addUser(used, kind, id, cancel, module);
  }

  @Override
  public CompletableFuture<Outcome> start() {
    return engine.start();
  }

  @Override
  public CompletableFuture<Outcome> load(ModuleName other) {
    return engine.load(other);
  }

  @Override
  public CompletableFuture<Outcome> unload(ModuleName other, boolean force) {
    return engine.unload(other, force);
  }

  @Override
  public CompletableFuture<Outcome> reload(ModuleName other) {
    return engine.reload(other);
  }

  @Override
  public CompletableFuture<Outcome> shutdown(boolean graceful) {
    return engine.shutdown(graceful);
  }

  @Override
  public CompletableFuture<Outcome> loadDialplan(Dialplan dialplan) {
    return engine.loadDialplan(dialplan);
  }

  @Override
  public Plan plan(Operation operation) {
    return engine.plan(operation);
  }

  @Override
  public <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    return engine.callOptional(provider, body);
  }

  @Override
  public <T> T execute(RegistrationKind kind, String name, Supplier<T> body) throws ModuleUnavailableException {
    return engine.execute(kind, name, body);
  }

  @Override
  public UserHandle attachThreadStorage(ModuleName other, String threadId) throws ModuleUnavailableException {
    return engine.attachThreadStorage(other, threadId);
  }

  @Override
  public List<ModuleStatus> show() {
    return engine.show();
  }

  @Override
  public String why(ModuleName other) {
    return engine.why(other);
  }

  @Override
  public String whyNot(ModuleName other) {
    return engine.whyNot(other);
  }

  @Override
  public List<ModuleName> complete(String prefix) {
    return engine.complete(prefix);
  }

  @Override
  public List<String> journal() {
    return engine.journal();
  }
}
