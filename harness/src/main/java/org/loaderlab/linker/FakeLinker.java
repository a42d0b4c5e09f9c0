package org.loaderlab.linker;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.ThreadStorageKey;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ManifestSource;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.observe.StepClock;

/**
 * The harness's {@link Linker}: maps fake {@code .so} files and knows, at every step, which libs
 * are mapped. Every piece of module code (entry points, registered applications and functions,
 * channel-tech callbacks, optional-API bodies, threads, threadstorage destructors, cancel
 * callbacks) runs through one guard: in a mapped lib it runs and is observed as
 * {@link Observation.CodeRan}; in an unmapped lib it is a simulated segfault, observed as
 * {@link Observation.CodeRanUnmapped}, and does not run. The world goes on, so the report is whole.
 *
 * <p>{@link #open} reads the binary as it is on disk at that step (a later edit does not change
 * mapped code) and maps it as the module's next generation ({@code chan_sip#2}). An embedded
 * module, which has no binary, maps the core's code for it: what its manifest provides, as
 * {@link FakeBinary#implied}. The engine checks checksums; the linker maps whatever it is asked
 * to.
 *
 * <p>The methods for harness actors name code by module: they call its newest mapping, else its
 * last one (a stale pointer, hence a segfault), else a module never mapped (a segfault too).
 * Asking for code the binary never had is a harness bug and throws. Not thread-safe: the
 * simulator runs everything on one thread.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FakeLinker implements Linker {

  private final Path modulesFolder;
  private final BinaryImages binaries;
  private final ManifestParser manifests;
  private final AddressSpace space;
  private final ModuleThreads threads;
  private final HeldUses uses;

  /**
   * @param modulesFolder where embedded modules' manifests are read (the world's modules folder)
   * @param clock stamps every observation with the simulation step
   * @param log receives every observation
   * @param limits bounds on reading binaries and embedded modules' manifests
   */
  public FakeLinker(Path modulesFolder, StepClock clock, ObservationLog log, ConfLimits limits) {
    this(modulesFolder, clock, log, limits, new BinaryImages(limits));
  }

  public FakeLinker(Path modulesFolder, StepClock clock, ObservationLog log) {
    this(modulesFolder, clock, log, ConfLimits.DEFAULTS);
  }

  /**
   * A linker that takes binaries already parsed from {@code images} (shared by the runs on one
   * world) when their bytes are the same.
   *
   * @param images parsed binaries to share; its limits bound reading binaries and embedded modules' manifests
   */
  public FakeLinker(Path modulesFolder, StepClock clock, ObservationLog log, BinaryImages images) {
    this(modulesFolder, clock, log, images.limits(), images);
  }

  private FakeLinker(Path modulesFolder, StepClock clock, ObservationLog log, ConfLimits limits, BinaryImages images) {
    this.modulesFolder = Objects.requireNonNull(modulesFolder, "modulesFolder");
    this.binaries = Objects.requireNonNull(images, "images");
    this.manifests = new ManifestParser(limits);
    this.space = new AddressSpace(clock, log);
    this.threads = new ModuleThreads(space);
    this.uses = new HeldUses(space);
  }

  @Override
  public LinkedLib open(ModuleName module, Optional<Path> binary) throws LinkException {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(binary, "binary");
    FakeBinary image = binary.isPresent() ? read(module, binary.get()) : embedded(module);
    LibRef lib = space.map(image, binary.isEmpty());
    return new FakeLib(lib, new FakeModuleCode(lib, image, space, threads, uses), space);
  }

  private FakeBinary read(ModuleName module, Path file) throws LinkException {
    Parsed<FakeBinary> parsed = binaries.parse(file);
    if (parsed.hasErrors()) {
      throw refuse(module, "cannot map " + file + ": " + parsed.errors().get(0));
    }
    FakeBinary image = parsed.orElseThrow();
    if (!image.name().equals(module)) {
      throw refuse(module, "cannot map " + file + ": it is the binary of " + image.name() + ", not " + module);
    }
    return image;
  }

  private FakeBinary embedded(ModuleName module) throws LinkException {
    Path manifest = modulesFolder.resolve(module.manifestFileName());
    Parsed<ManifestSource> parsed = manifests.parse(manifest);
    if (parsed.hasErrors()) {
      Diagnostic first = parsed.errors().get(0);
      throw refuse(module, "cannot map embedded module " + module + ": " + first);
    }
    return FakeBinary.implied(parsed.orElseThrow().manifest());
  }

  private LinkException refuse(ModuleName module, String reason) {
    space.record(new Observation.MapFailed(space.step(), module, reason));
    return new LinkException(reason);
  }

  /** The observations this linker appends to. */
  public ObservationLog log() {
    return space.log();
  }

  public boolean isMapped(LibRef lib) {
    return space.isMapped(lib);
  }

  public boolean isMapped(ModuleName module) {
    return space.current(module).isPresent();
  }

  /** The newest mapping of {@code module} that is still mapped. */
  public Optional<LibRef> current(ModuleName module) {
    return space.current(module);
  }

  /** Where a pointer into {@code module} points: its current mapping, else its last, else {@link LibRef#neverMapped}. */
  public LibRef latest(ModuleName module) {
    return space.latest(module);
  }

  /** Every lib mapped now, sorted by module and generation. */
  public List<LibRef> mapped() {
    return space.mapped();
  }

  /** The binary {@code lib} was mapped from, also after it was unmapped; empty for a lib never mapped. */
  public Optional<FakeBinary> image(LibRef lib) {
    return space.image(lib);
  }

  /** The lib whose code last registered {@code name} of {@code kind}: where the core's pointer for it points. */
  public Optional<LibRef> registrant(RegistrationKind kind, String name) {
    return space.registrant(kind, name);
  }

  /**
   * The guard, for code an actor holds a pinned pointer to: runs {@code body} as {@code lib}'s code
   * if {@code lib} is mapped, and records it either way.
   *
   * @return the body's (non-null) result, or empty when the lib was not mapped: a simulated segfault
   */
  public <T> Optional<T> call(LibRef lib, CodeKind kind, String name, Supplier<T> body) {
    return space.call(Objects.requireNonNull(lib, "lib"), Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(name, "name"), Objects.requireNonNull(body, "body"));
  }

  /** The guard for code without a result: true when it ran, false for a simulated segfault. */
  public boolean run(LibRef lib, CodeKind kind, String name, Runnable body) {
    return space.run(Objects.requireNonNull(lib, "lib"), Objects.requireNonNull(kind, "kind"),
        Objects.requireNonNull(name, "name"), Objects.requireNonNull(body, "body"));
  }

  /** Runs application {@code name} of {@code module} on a channel; false for a simulated segfault. */
  public boolean runApplication(ModuleName module, String name) {
    return runRegistered(module, RegistrationKind.APPLICATION, name);
  }

  /** Evaluates dialplan function {@code name} of {@code module}; false for a simulated segfault. */
  public boolean evaluateFunction(ModuleName module, String name) {
    return runRegistered(module, RegistrationKind.FUNCTION, name);
  }

  /** A callback of channel technology {@code tech}, whose code is {@code module}'s; false for a simulated segfault. */
  public boolean channelTechCallback(ModuleName module, String tech) {
    return runRegistered(module, RegistrationKind.CHANNEL_TECH, tech);
  }

  /**
   * Runs what {@code module} registered as {@code name} of {@code kind}.
   *
   * @throws IllegalArgumentException if the binary mapped for it never registers it (a harness bug)
   */
  public boolean runRegistered(ModuleName module, RegistrationKind kind, String name) {
    LibRef lib = space.latest(module);
    space.image(lib).ifPresent(image -> {
      if (!image.registers(kind.manifestKind(), name)) {
        throw new IllegalArgumentException(lib + " registers no " + kind.label() + " '" + name + "'");
      }
    });
    return run(lib, CodeKind.of(kind), name, () -> {});
  }

  /**
   * The body of optional API {@code api} of {@code provider}: a call through a pointer that holds
   * nothing, so after the provider is gone it is a segfault.
   *
   * @throws IllegalArgumentException if the provider's binary does not export {@code api}
   */
  public boolean callOptionalApi(ModuleName provider, String api) {
    LibRef lib = space.latest(provider);
    space.image(lib).ifPresent(image -> {
      if (!image.exportsApi(api)) {
        throw new IllegalArgumentException(lib + " exports no optional api '" + api + "'");
      }
    });
    return run(lib, CodeKind.OPTIONAL_API, api, () -> {});
  }

  /** The destructor of threadstorage {@code key} of {@code module}, at the exit of an actor's {@code thread}. */
  public boolean runThreadStorageDestructor(ModuleName module, String key, String thread) {
    return runThreadStorageDestructor(space.latest(module), key, thread);
  }

  /**
   * The destructor of threadstorage {@code key} of the pinned mapping {@code lib}, at the exit of
   * {@code thread}; observed as {@link Observation.DestructorRan} when it ran.
   *
   * @throws IllegalArgumentException if the binary has no such key with a destructor
   */
  public boolean runThreadStorageDestructor(LibRef lib, String key, String thread) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(thread, "thread");
    space.image(lib).ifPresent(image -> {
      if (!image.threadStorageKey(key).map(ThreadStorageKey::destructor).orElse(false)) {
        throw new IllegalArgumentException(lib + " has no threadstorage key '" + key + "' with a destructor");
      }
    });
    return threads.destructor(lib, key, thread);
  }

  /** The threads module code started and that have not exited, in start order. */
  public List<ModuleThread> liveThreads() {
    return threads.live();
  }

  /**
   * One step of a module thread's code; false for a simulated segfault (its lib is gone).
   *
   * @throws IllegalArgumentException if no such thread is live
   */
  public boolean runThread(String threadId) {
    return threads.step(threadId);
  }

  /**
   * A module thread exits: its threadstorage destructor runs, then the engine's hold for it ends.
   *
   * @return false when the destructor's lib was gone: a simulated segfault
   * @throws IllegalArgumentException if no such thread is live
   */
  public boolean exitThread(String threadId) {
    return threads.exit(threadId);
  }

  /**
   * Runs the releases that module code delayed ({@code cancel=delay:N}) and that are due at this
   * step, each through the guard; the simulator calls it once per step. How many ran.
   */
  public int releaseDue() {
    return uses.releaseDue();
  }

  /** Delayed releases not yet due. */
  public int pendingReleases() {
    return uses.pendingCount();
  }
}
