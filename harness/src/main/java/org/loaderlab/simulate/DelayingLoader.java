package org.loaderlab.simulate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * The loader as channels and module code see it in the delayed-release mode: every handle it
 * gives out (a user's, a thread's threadstorage hold) lets go some steps after it is released,
 * so a cancel's completion comes late too. Everything else goes straight to the loader. It shows
 * code that assumes disposal is immediate: an engine must wait for the release, not for the call.
 */
final class DelayingLoader implements ModuleLoader {

  private final ModuleLoader loader;
  private final Postponer postponer;

  DelayingLoader(ModuleLoader loader, Postponer postponer) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.postponer = Objects.requireNonNull(postponer, "postponer");
  }

  /** A handle whose first release is postponed; later ones are no-ops, as the engine's are. */
  private static final class LateHandle implements UserHandle {
    private final UserHandle handle;
    private final Postponer postponer;
    private final String what;
    private boolean released;

    LateHandle(UserHandle handle, Postponer postponer, String what) {
      this.handle = handle;
      this.postponer = postponer;
      this.what = what;
    }

    @Override
    public Holder holder() {
      return handle.holder();
    }

    @Override
    public void release() {
      if (released) {
        return;
      }
      released = true;
      postponer.postpone(what, handle::release);
    }
  }

  @Override
  public UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel)
      throws ModuleUnavailableException {
    UserHandle handle = loader.addUser(module, kind, id, cancel);
    return new LateHandle(handle, postponer, "release of " + handle.holder() + " on " + module);
  }

  @Override
  public UserHandle attachThreadStorage(ModuleName module, String threadId) throws ModuleUnavailableException {
    UserHandle handle = loader.attachThreadStorage(module, threadId);
    return new LateHandle(handle, postponer, "release of threadstorage " + threadId + " on " + module);
  }

  @Override
  public CompletableFuture<Outcome> start() {
    return loader.start();
  }

  @Override
  public CompletableFuture<Outcome> load(ModuleName module) {
    return loader.load(module);
  }

  @Override
  public CompletableFuture<Outcome> unload(ModuleName module, boolean force) {
    return loader.unload(module, force);
  }

  @Override
  public CompletableFuture<Outcome> reload(ModuleName module) {
    return loader.reload(module);
  }

  @Override
  public CompletableFuture<Outcome> shutdown(boolean graceful) {
    return loader.shutdown(graceful);
  }

  @Override
  public CompletableFuture<Outcome> loadDialplan(Dialplan dialplan) {
    return loader.loadDialplan(dialplan);
  }

  @Override
  public Plan plan(Operation operation) {
    return loader.plan(operation);
  }

  @Override
  public <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    return loader.callOptional(provider, body);
  }

  @Override
  public <T> T execute(RegistrationKind kind, String name, Supplier<T> body) throws ModuleUnavailableException {
    return loader.execute(kind, name, body);
  }

  @Override
  public List<ModuleStatus> show() {
    return loader.show();
  }

  @Override
  public String why(ModuleName module) {
    return loader.why(module);
  }

  @Override
  public String whyNot(ModuleName module) {
    return loader.whyNot(module);
  }

  @Override
  public List<ModuleName> complete(String prefix) {
    return loader.complete(prefix);
  }

  @Override
  public List<String> journal() {
    return loader.journal();
  }
}
