package org.loaderlab.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
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
 * A loader for the delayed-release tests that needs no engine: it hands out handles that write
 * down each release (every call, so a double release shows), keeps the cancel callbacks, and
 * answers operations with futures that never complete, written down too.
 */
final class HandleRecordingLoader implements ModuleLoader {

  final List<String> releases = new ArrayList<>();
  final List<String> calls = new ArrayList<>();
  final List<Runnable> cancels = new ArrayList<>();
  final TreeSet<ModuleName> unavailable = new TreeSet<>();

  private UserHandle handle(ModuleName module, Holder holder) throws ModuleUnavailableException {
    if (unavailable.contains(module)) {
      throw new ModuleUnavailableException(module + " is not running");
    }
    return new UserHandle() {
      @Override
      public Holder holder() {
        return holder;
      }

      @Override
      public void release() {
        releases.add(holder + " on " + module);
      }
    };
  }

  @Override
  public UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel)
      throws ModuleUnavailableException {
    UserHandle handle = handle(module, new Holder(kind, id));
    cancels.add(cancel);
    return handle;
  }

  @Override
  public UserHandle attachThreadStorage(ModuleName module, String threadId) throws ModuleUnavailableException {
    return handle(module, new Holder(HolderKind.THREAD_STORAGE, threadId));
  }

  private CompletableFuture<Outcome> called(String call) {
    calls.add(call);
    return new CompletableFuture<>();
  }

  @Override
  public CompletableFuture<Outcome> start() {
    return called("start");
  }

  @Override
  public CompletableFuture<Outcome> load(ModuleName module) {
    return called("load " + module);
  }

  @Override
  public CompletableFuture<Outcome> unload(ModuleName module, boolean force) {
    return called("unload " + (force ? "-f " : "") + module);
  }

  @Override
  public CompletableFuture<Outcome> reload(ModuleName module) {
    return called("reload " + module);
  }

  @Override
  public CompletableFuture<Outcome> shutdown(boolean graceful) {
    return called("shutdown " + graceful);
  }

  @Override
  public CompletableFuture<Outcome> loadDialplan(Dialplan dialplan) {
    return called("loadDialplan");
  }

  @Override
  public Plan plan(Operation operation) {
    throw new UnsupportedOperationException("plan");
  }

  @Override
  public <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    calls.add("callOptional " + provider);
    return Optional.ofNullable(body.get());
  }

  @Override
  public <T> T execute(RegistrationKind kind, String name, Supplier<T> body) {
    calls.add("execute " + name);
    return body.get();
  }

  @Override
  public List<ModuleStatus> show() {
    return List.of();
  }

  @Override
  public String why(ModuleName module) {
    return "why " + module;
  }

  @Override
  public String whyNot(ModuleName module) {
    return "why-not " + module;
  }

  @Override
  public List<ModuleName> complete(String prefix) {
    return List.of(ModuleName.of(prefix + "_x"));
  }
}
