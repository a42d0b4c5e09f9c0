package org.loaderlab.binary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.spi.LoadResult;

/**
 * What a fake {@code name.so} says the module's code does: the value of one binary, with no trace
 * of the file it came from.
 *
 * @param loadResult what {@code load_module} answers
 * @param unloadModule whether the module has an {@code unload_module}; without one, nothing stops
 *     its threads or releases its uses
 * @param blockUnload whether {@code load_module} calls {@code ast_module_block_unload}
 * @param registers what {@code load_module} registers, in order; unique by kind and name
 *     (case-insensitively)
 * @param threadStorage its threadstorage keys, unique by name
 * @param threads the threads {@code load_module} starts, unique by name; each uses a key of
 *     {@code threadStorage}, if any
 * @param exports the optional APIs it exports, unique identifiers
 * @param calls the optional APIs of other modules it calls, unique
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FakeBinary(
    ModuleName name,
    LoadResult loadResult,
    boolean unloadModule,
    boolean blockUnload,
    List<Registered> registers,
    List<ThreadStorageKey> threadStorage,
    List<BinaryThread> threads,
    List<String> exports,
    List<OptionalApiCall> calls,
    Adversarial adversarial) {

  public FakeBinary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(loadResult, "loadResult");
    registers = List.copyOf(registers);
    threadStorage = List.copyOf(threadStorage);
    threads = List.copyOf(threads);
    exports = List.copyOf(exports);
    calls = List.copyOf(calls);
    Objects.requireNonNull(adversarial, "adversarial");
    requireUnique("registration", registers, Registered::identity);
    requireUnique("threadstorage key", threadStorage, ThreadStorageKey::name);
    requireUnique("thread", threads, BinaryThread::name);
    requireUnique("export", exports, Function.identity());
    requireUnique("optional api call", calls, call -> call.provider().canonical() + ":" + call.api());
    exports.forEach(api -> BinarySyntax.identifier("optional api", api));
    requireDeclaredKeys(threads, threadStorage);
  }

  private static void requireDeclaredKeys(List<BinaryThread> threads, List<ThreadStorageKey> threadStorage) {
    for (BinaryThread thread : threads) {
      thread.usesKey().ifPresent(key -> {
        if (threadStorage.stream().noneMatch(declared -> declared.name().equals(key))) {
          throw new IllegalArgumentException("thread '" + thread.name() + "' uses threadstorage key '" + key
              + "', which the binary does not declare");
        }
      });
    }
  }

  private static <T> void requireUnique(String what, List<T> items, Function<T, String> identity) {
    Set<String> seen = new HashSet<>(); // membership only, never iterated
    for (T item : items) {
      if (!seen.add(identity.apply(item))) {
        throw new IllegalArgumentException(what + " '" + item + "' is listed twice");
      }
    }
  }

  /** A module that loads, registers nothing, has an {@code unload_module} and does nothing else. */
  public static FakeBinary plain(ModuleName name) {
    return builder(name).build();
  }

  /**
   * The binary a manifest implies: it registers exactly what {@code [provides]} names (a service
   * provider by its name, without the priority) and is otherwise {@link #plain}. What embedded
   * modules, which have no binary, run.
   */
  public static FakeBinary implied(Manifest manifest) {
    Builder builder = builder(manifest.name());
    for (Provision provision : manifest.provides()) {
      builder.registers(provision.kind(), provision.name());
    }
    return builder.build();
  }

  public static Builder builder(ModuleName name) {
    return new Builder(name);
  }

  /** A builder holding this binary, to derive a changed one. */
  public Builder toBuilder() {
    Builder builder = new Builder(name)
        .load(loadResult)
        .unloadModule(unloadModule)
        .blockUnload(blockUnload)
        .adversarial(adversarial);
    builder.registers.addAll(registers);
    builder.threadStorage.addAll(threadStorage);
    builder.threads.addAll(threads);
    builder.exports.addAll(exports);
    builder.calls.addAll(calls);
    return builder;
  }

  /** Whether it registers {@code name} of {@code kind} (names compared case-insensitively, as Asterisk does). */
  public boolean registers(String kind, String name) {
    String identity = kind + "/" + name.toLowerCase(Locale.ROOT);
    return registers.stream().anyMatch(registered -> registered.identity().equals(identity));
  }

  public Optional<ThreadStorageKey> threadStorageKey(String key) {
    return threadStorage.stream().filter(declared -> declared.name().equals(key)).findFirst();
  }

  public boolean exportsApi(String api) {
    return exports.contains(api);
  }

  /** {@code name.so}. */
  public String fileName() {
    return name.binaryFileName();
  }

  /** Builds a {@link FakeBinary}; the record's checks run at {@link #build()}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final ModuleName name;
    private LoadResult loadResult = LoadResult.SUCCESS;
    private boolean unloadModule = true;
    private boolean blockUnload;
    private final List<Registered> registers = new ArrayList<>();
    private final List<ThreadStorageKey> threadStorage = new ArrayList<>();
    private final List<BinaryThread> threads = new ArrayList<>();
    private final List<String> exports = new ArrayList<>();
    private final List<OptionalApiCall> calls = new ArrayList<>();
    private Adversarial adversarial = Adversarial.NONE;

    private Builder(ModuleName name) {
      this.name = Objects.requireNonNull(name, "name");
    }

    public Builder load(LoadResult result) {
      this.loadResult = Objects.requireNonNull(result, "result");
      return this;
    }

    public Builder unloadModule(boolean exists) {
      this.unloadModule = exists;
      return this;
    }

    public Builder blockUnload(boolean blocks) {
      this.blockUnload = blocks;
      return this;
    }

    public Builder registers(String kind, String registeredName) {
      registers.add(new Registered(kind, registeredName));
      return this;
    }

    public Builder threadStorage(String key, boolean destructor) {
      threadStorage.add(new ThreadStorageKey(key, destructor));
      return this;
    }

    public Builder thread(BinaryThread thread) {
      threads.add(Objects.requireNonNull(thread, "thread"));
      return this;
    }

    public Builder exports(String api) {
      exports.add(Objects.requireNonNull(api, "api"));
      return this;
    }

    public Builder calls(ModuleName provider, String api) {
      calls.add(new OptionalApiCall(provider, api));
      return this;
    }

    public Builder adversarial(Adversarial behaviour) {
      this.adversarial = Objects.requireNonNull(behaviour, "behaviour");
      return this;
    }

    public FakeBinary build() {
      return new FakeBinary(name, loadResult, unloadModule, blockUnload, registers, threadStorage, threads,
          exports, calls, adversarial);
    }
  }
}
