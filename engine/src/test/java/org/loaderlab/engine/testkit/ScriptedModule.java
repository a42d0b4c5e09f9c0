package org.loaderlab.engine.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * Module code whose behaviour a test scripts, and which records what the engine made it do.
 *
 * <p>{@code load_module} does, in this order: record {@code load}; register what it was told to
 * (so a test can check that a declined or failed load has its registrations removed); call
 * {@code block_unload} if told to; run the {@code onLoad} callback (which may call back into the
 * loader through {@link ModuleContext#loader()}); then throw, if told to, or answer the scripted
 * {@link LoadResult}. {@code unload_module} records {@code unload}, runs {@code onUnload}, and
 * throws if told to. Before any of that, each entry point tells the {@link Witness}, if the test
 * gave one. Thread-safe: the engine may call it from any runtime thread.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ScriptedModule implements ModuleCode {

  /** A registration the module makes in {@code load_module}. */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public record Registered(RegistrationKind kind, String name) {
    public Registered {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * Watches each entry point as it is called, before the script runs: how a test checks what
   * holds at that moment (that the engine holds no lock while module code runs, say) or keeps
   * its own log of calls across modules. Each method does nothing unless overridden.
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public interface Witness {
    default void load(ModuleContext context) {}

    default void unload(ModuleContext context) {}

    default void canUseArrived(ModuleName provider, ModuleContext context) {}

    default void canUseLeaving(ModuleName provider, ModuleContext context) {}
  }

  private static final Witness NO_WITNESS = new Witness() {};

  private final Witness witness;
  private final LoadResult loadResult;
  private final Optional<RuntimeException> loadThrows;
  private final Optional<RuntimeException> unloadThrows;
  private final List<Registered> registers;
  private final boolean blockUnload;
  private final Consumer<ModuleContext> onLoad;
  private final Consumer<ModuleContext> onUnload;

  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final List<Registration> registrations = Collections.synchronizedList(new ArrayList<>());
  private volatile ModuleContext lastContext;

  private ScriptedModule(Builder builder) {
    this.witness = builder.witness;
    this.loadResult = builder.loadResult;
    this.loadThrows = builder.loadThrows;
    this.unloadThrows = builder.unloadThrows;
    this.registers = List.copyOf(builder.registers);
    this.blockUnload = builder.blockUnload;
    this.onLoad = builder.onLoad;
    this.onUnload = builder.onUnload;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A module that starts, registers nothing and unloads quietly. */
  public static ScriptedModule succeeding() {
    return builder().build();
  }

  /**
   * What a module registers for what its manifest provides: each application, function,
   * manager action and AGI command; modules, realtime drivers and services are not registrations.
   */
  public static List<Registered> registrationsFor(Manifest manifest) {
    List<Registered> registered = new ArrayList<>();
    for (Provision provision : manifest.provides()) {
      for (RegistrationKind kind : RegistrationKind.values()) {
        if (kind.manifestKind().equals(provision.kind())) {
          registered.add(new Registered(kind, provision.name()));
        }
      }
    }
    return registered;
  }

  @Override
  public LoadResult load(ModuleContext context) {
    witness.load(context);
    lastContext = context;
    calls.add("load");
    for (Registered registered : registers) {
      registrations.add(context.register(registered.kind(), registered.name()));
    }
    if (blockUnload) {
      context.blockUnload();
    }
    onLoad.accept(context);
    if (loadThrows.isPresent()) {
      throw loadThrows.get();
    }
    return loadResult;
  }

  @Override
  public void unload(ModuleContext context) {
    witness.unload(context);
    lastContext = context;
    calls.add("unload");
    onUnload.accept(context);
    if (unloadThrows.isPresent()) {
      throw unloadThrows.get();
    }
  }

  @Override
  public void canUseArrived(ModuleName provider, ModuleContext context) {
    witness.canUseArrived(provider, context);
    calls.add("canUseArrived " + provider);
  }

  @Override
  public void canUseLeaving(ModuleName provider, ModuleContext context) {
    witness.canUseLeaving(provider, context);
    calls.add("canUseLeaving " + provider);
  }

  /** Every entry point the engine called, in order: {@code load}, {@code unload}, {@code canUseArrived res_x}, ... */
  public List<String> calls() {
    synchronized (calls) {
      return List.copyOf(calls);
    }
  }

  public int loadCount() {
    return count("load");
  }

  public int unloadCount() {
    return count("unload");
  }

  /** Whether {@code unload_module} ran at least once. */
  public boolean unloadRan() {
    return unloadCount() > 0;
  }

  private int count(String call) {
    synchronized (calls) {
      return (int) calls.stream().filter(call::equals).count();
    }
  }

  /** The registrations the engine handed back, over every load. */
  public List<Registration> registrations() {
    synchronized (registrations) {
      return List.copyOf(registrations);
    }
  }

  /** The context of the latest call, for a test that calls back into the engine later. */
  public Optional<ModuleContext> lastContext() {
    return Optional.ofNullable(lastContext);
  }

  @Override
  public String toString() {
    return "ScriptedModule[" + loadResult + (blockUnload ? ", blocks unload" : "") + ", registers " + registers + "]";
  }

  /**
   * The script; every step optional, the default a module that starts and does nothing. A builder
   * may build many modules (one per open of the lib, say); each gets the script as it was then.
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public static final class Builder {
    private Witness witness = NO_WITNESS;
    private LoadResult loadResult = LoadResult.SUCCESS;
    private Optional<RuntimeException> loadThrows = Optional.empty();
    private Optional<RuntimeException> unloadThrows = Optional.empty();
    private final List<Registered> registers = new ArrayList<>();
    private boolean blockUnload;
    private Consumer<ModuleContext> onLoad = context -> {};
    private Consumer<ModuleContext> onUnload = context -> {};

    private Builder() {}

    public Builder loadResult(LoadResult result) {
      this.loadResult = Objects.requireNonNull(result, "result");
      return this;
    }

    /** {@code load_module} throws {@code failure} after registering (a crash the engine must contain). */
    public Builder loadThrows(RuntimeException failure) {
      this.loadThrows = Optional.of(failure);
      return this;
    }

    /** {@code unload_module} throws, which it may not: the engine must stop the module anyway. */
    public Builder unloadThrows(RuntimeException failure) {
      this.unloadThrows = Optional.of(failure);
      return this;
    }

    public Builder registers(RegistrationKind kind, String name) {
      registers.add(new Registered(kind, name));
      return this;
    }

    /** Registers what {@code manifest} provides, as {@link #registrationsFor} lists it. */
    public Builder registersProvided(Manifest manifest) {
      registers.addAll(registrationsFor(manifest));
      return this;
    }

    public Builder blockUnload() {
      this.blockUnload = true;
      return this;
    }

    /** Runs inside {@code load_module}, after registering; may call {@code context.loader()}. */
    public Builder onLoad(Consumer<ModuleContext> callback) {
      this.onLoad = Objects.requireNonNull(callback, "callback");
      return this;
    }

    /** Runs inside {@code unload_module}; may call {@code context.loader()}. */
    public Builder onUnload(Consumer<ModuleContext> callback) {
      this.onUnload = Objects.requireNonNull(callback, "callback");
      return this;
    }

    /** Tells {@code witness} of every entry point called, first thing in each. */
    public Builder witness(Witness witness) {
      this.witness = Objects.requireNonNull(witness, "witness");
      return this;
    }

    public ScriptedModule build() {
      return new ScriptedModule(this);
    }
  }
}
