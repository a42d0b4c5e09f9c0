package org.loaderlab.linker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * A loader that only writes down what module code asked of it, for linker tests that need no
 * engine: operations return futures that never complete, users and threadstorage holds are
 * handles whose release is written down, and the cancel callbacks are kept for the test to call.
 */
final class RecordingLoader implements ModuleLoader {

  final List<String> calls = new ArrayList<>();
  final Map<String, Runnable> cancels = new LinkedHashMap<>();
  final Set<ModuleName> unavailable = new TreeSet<>();

  @Override
  public CompletableFuture<Outcome> load(ModuleName module) {
    calls.add("load " + module);
    return new CompletableFuture<>();
  }

  @Override
  public CompletableFuture<Outcome> unload(ModuleName module, boolean force) {
    calls.add("unload " + (force ? "-f " : "") + module);
    return new CompletableFuture<>();
  }

  @Override
  public CompletableFuture<Outcome> reload(ModuleName module) {
    calls.add("reload " + module);
    return new CompletableFuture<>();
  }

  @Override
  public UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel)
      throws ModuleUnavailableException {
    if (unavailable.contains(module)) {
      throw new ModuleUnavailableException(module + " is not running");
    }
    calls.add("addUser " + module + " " + kind + " " + id);
    cancels.put(id + "->" + module, cancel);
    return handle(new Holder(kind, id), "release " + id + "->" + module);
  }

  @Override
  public UserHandle attachThreadStorage(ModuleName module, String threadId) throws ModuleUnavailableException {
    if (unavailable.contains(module)) {
      throw new ModuleUnavailableException("the lib of " + module + " is not open");
    }
    calls.add("attach " + module + " " + threadId);
    return handle(new Holder(HolderKind.THREAD_STORAGE, threadId), "detach " + threadId);
  }

  private UserHandle handle(Holder holder, String onRelease) {
    return new UserHandle() {
      private boolean released;

      @Override
      public Holder holder() {
        return holder;
      }

      @Override
      public void release() {
        if (!released) {
          released = true;
          calls.add(onRelease);
        }
      }
    };
  }

  @Override
  public CompletableFuture<Outcome> start() {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Outcome> shutdown(boolean graceful) {
    throw new UnsupportedOperationException();
  }

  @Override
  public CompletableFuture<Outcome> loadDialplan(Dialplan dialplan) {
    throw new UnsupportedOperationException();
  }

  @Override
  public Plan plan(Operation operation) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    throw new UnsupportedOperationException();
  }

  @Override
  public <T> T execute(RegistrationKind kind, String name, Supplier<T> body) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ModuleStatus> show() {
    throw new UnsupportedOperationException();
  }

  @Override
  public String why(ModuleName module) {
    throw new UnsupportedOperationException();
  }

  @Override
  public String whyNot(ModuleName module) {
    throw new UnsupportedOperationException();
  }

  @Override
  public List<ModuleName> complete(String prefix) {
    throw new UnsupportedOperationException();
  }
}
