package org.loaderlab.engine.lifecycle;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * A module loader: what the admin commands, the dialplan, channels and module code drive. The
 * engine implements it ({@link LoaderBuilder}); the harness drives it, and a deliberately unsafe
 * model of today's Asterisk loader, through this same interface.
 *
 * <p>Operations return at once with a future; they run one at a time, in the order asked, on the
 * loader's runtime, so a call from module code (from {@code load_module}, a cancel callback)
 * never waits for the operation that is running it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ModuleLoader {

  /** Startup per modules.conf: autoload, {@code load=}, {@code require=}; fails if a required module cannot start. */
  CompletableFuture<Outcome> start();

  /** {@code module load X}. */
  CompletableFuture<Outcome> load(ModuleName module);

  /** {@code module unload [-f] X}. */
  CompletableFuture<Outcome> unload(ModuleName module, boolean force);

  /** {@code module reload X}: re-reads X's manifest (hot install); a change applies when X next starts. */
  CompletableFuture<Outcome> reload(ModuleName module);

  /** {@code core stop now|gracefully}. Afterwards only blocked libs may remain open. */
  CompletableFuture<Outcome> shutdown(boolean graceful);

  /** The dialplan is (re)loaded: its applications and functions make it a user of their providers. */
  CompletableFuture<Outcome> loadDialplan(Dialplan dialplan);

  /** The plan {@code operation} would follow now, without doing anything: the dry run. */
  Plan plan(Operation operation);

  /**
   * Makes a channel, the dialplan or another object a user of a running module's instance, with
   * a cancel callback (a channel's soft hangup), run with no engine lock held.
   *
   * @throws ModuleUnavailableException if the module is not running (or is stopping); or, when
   *     module code asks through its context, if the module meets none of the needs that code's
   *     module declares (manifest {@code [uses]} and {@code [canuse]}, modules.conf {@code [uses]},
   *     extconfig)
   */
  UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel) throws ModuleUnavailableException;

  /**
   * An optional-API call into {@code provider}: the provider's lib and instance are held for the
   * call's duration, so it cannot be unloaded under the call.
   *
   * @return the body's result, or empty when the provider is not running (the call was not made)
   */
  <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body);

  /**
   * Runs a registered application, function, CLI command or manager action: the lib that holds
   * its code stays open until the body returns.
   *
   * @throws ModuleUnavailableException if nothing running registers it
   */
  <T> T execute(RegistrationKind kind, String name, Supplier<T> body) throws ModuleUnavailableException;

  /**
   * A thread used threadstorage whose destructor lives in {@code module}: the lib stays open until
   * the returned handle is released, after the destructor ran at thread exit.
   *
   * @throws ModuleUnavailableException if the module's lib is not open
   */
  UserHandle attachThreadStorage(ModuleName module, String threadId) throws ModuleUnavailableException;

  /** {@code module show}: every known module, by name. */
  List<ModuleStatus> show();

  /** {@code module why X}: why X is running (or its lib open), as a cause chain. */
  String why(ModuleName module);

  /** {@code module why-not X}: why X is not running, as a cause chain. */
  String whyNot(ModuleName module);

  /** Module names starting with {@code prefix}, for CLI completion; new manifests are found here too. */
  List<ModuleName> complete(String prefix);

  /**
   * The decision journal: the last operations, oldest first, each with the decisions it took
   * (starts, stops, closes, refusals, with their cause chains). Empty for a loader that keeps none.
   */
  default List<String> journal() {
    return List.of();
  }
}
