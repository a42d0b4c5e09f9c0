package org.loaderlab.engine.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;

/**
 * A {@link Linker} that maps nothing: each module's code comes from a factory, called once per
 * open (a fresh mapping). It is the test's own witness, independent of the engine: it logs every
 * open, close and refusal in order, knows at each moment which libs are open, and records as a
 * violation what a real {@code dlopen}/{@code dlclose} would punish: a lib closed twice, a
 * module opened while its lib is still open, and module code called after its lib was closed.
 * Thread-safe; module code, and the test's {@link #beforeEachCall} check, never run under its lock.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class InMemoryLinker implements Linker {

  /** What happened to a lib. */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public enum Action {
    OPENED,
    CLOSED,
    /** {@code open} threw {@link LinkException}. */
    REFUSED
  }

  /** One line of the log; {@code index} counts from 0 in the order the linker saw things. */
  @API(status = API.Status.INTERNAL, since = "0.1")
  public record Entry(int index, Action action, ModuleName module) {
    @Override
    public String toString() {
      return index + " " + action + " " + module;
    }
  }

  /** The log grows by two entries per load; a test that needs more is a runaway. */
  public static final int LOG_ENTRIES_MAX = 10_000_000;

  private final Function<ModuleName, Optional<Supplier<? extends ModuleCode>>> code;
  private final Map<ModuleName, String> refusals = new TreeMap<>();
  private final Map<ModuleName, Integer> openCounts = new TreeMap<>();
  private final Map<ModuleName, Optional<Path>> binaries = new TreeMap<>();
  private final List<Entry> log = new ArrayList<>();
  private final List<String> violations = new ArrayList<>();
  private volatile Consumer<String> check = call -> {};

  private InMemoryLinker(Function<ModuleName, Optional<Supplier<? extends ModuleCode>>> code) {
    this.code = code;
  }

  /** Modules with code in {@code code} open; any other is refused ("no code for module 'x'"). */
  public static InMemoryLinker of(Map<ModuleName, ? extends Supplier<? extends ModuleCode>> code) {
    Map<ModuleName, Supplier<? extends ModuleCode>> copy = new TreeMap<>(code);
    return new InMemoryLinker(module -> Optional.ofNullable(copy.get(module)));
  }

  /** Every module opens, with the code {@code code} makes for it, afresh at each open. */
  public static InMemoryLinker forEvery(Function<ModuleName, ? extends ModuleCode> code) {
    Objects.requireNonNull(code, "code");
    return new InMemoryLinker(module -> Optional.of(() -> code.apply(module)));
  }

  /** Every module opens and starts, doing nothing else. */
  public static InMemoryLinker succeeding() {
    return forEvery(module -> ScriptedModule.succeeding());
  }

  /** From now on, opening {@code module} throws {@link LinkException} with {@code message}. */
  public synchronized InMemoryLinker refuse(ModuleName module, String message) {
    refusals.put(Objects.requireNonNull(module, "module"), Objects.requireNonNull(message, "message"));
    return this;
  }

  /**
   * From now on, runs {@code check} first thing in every open and close, on the caller's thread
   * and outside the linker's lock, with the call ({@code "open res_x"}, {@code "close res_x"}):
   * for rules about the caller that the linker cannot see, e.g. that the engine holds no lock of
   * its own while it calls the linker. What {@code check} throws reaches the caller.
   */
  public InMemoryLinker beforeEachCall(Consumer<String> check) {
    this.check = Objects.requireNonNull(check, "check");
    return this;
  }

  @Override
  public LinkedLib open(ModuleName module, Optional<Path> binary) throws LinkException {
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(binary, "binary");
    check.accept("open " + module);
    Supplier<? extends ModuleCode> factory;
    synchronized (this) {
      String refusal = refusals.get(module);
      Optional<Supplier<? extends ModuleCode>> found = code.apply(module);
      if (refusal != null || found.isEmpty()) {
        append(Action.REFUSED, module);
        throw new LinkException(refusal != null ? refusal : "no code for module '" + module + "'");
      }
      factory = found.get();
      int openCount = openCounts.getOrDefault(module, 0);
      if (openCount > 0) {
        violations.add("module '" + module + "' opened while its lib is already open");
      }
      openCounts.put(module, openCount + 1);
      binaries.put(module, binary);
      append(Action.OPENED, module);
    }
    return new Lib(module, Objects.requireNonNull(factory.get(), "code factory returned null"));
  }

  private void append(Action action, ModuleName module) {
    if (log.size() >= LOG_ENTRIES_MAX) {
      throw new IllegalStateException("linker log is full (" + LOG_ENTRIES_MAX + " entries, LOG_ENTRIES_MAX)");
    }
    log.add(new Entry(log.size(), action, module));
  }

  private synchronized void closed(Lib lib) {
    if (lib.closed) {
      violations.add("lib of module '" + lib.module + "' closed twice");
      return;
    }
    lib.closed = true;
    int openCount = openCounts.getOrDefault(lib.module, 0);
    assert openCount > 0 : "an open lib is counted";
    if (openCount <= 1) {
      openCounts.remove(lib.module);
    } else {
      openCounts.put(lib.module, openCount - 1);
    }
    append(Action.CLOSED, lib.module);
  }

  private synchronized void codeAfterClose(ModuleName module, String entryPoint) {
    violations.add(entryPoint + " of module '" + module + "' ran after its lib was closed");
  }

  /** The modules whose lib is open now, sorted. */
  public synchronized SortedSet<ModuleName> openLibs() {
    return new TreeSet<>(openCounts.keySet());
  }

  public synchronized boolean isOpen(ModuleName module) {
    return openCounts.containsKey(module);
  }

  /** Every open, close and refusal so far, in order. */
  public synchronized List<Entry> log() {
    return List.copyOf(log);
  }

  /** How many times {@code action} happened to {@code module}. */
  public synchronized int count(Action action, ModuleName module) {
    return (int) log.stream().filter(entry -> entry.action() == action && entry.module().equals(module)).count();
  }

  /**
   * The binary the engine named when it last opened {@code module}: empty for an embedded one.
   *
   * @throws IllegalStateException if {@code module} was never opened
   */
  public synchronized Optional<Path> binaryOpened(ModuleName module) {
    Optional<Path> binary = binaries.get(module);
    if (binary == null) {
      throw new IllegalStateException("module '" + module + "' was never opened");
    }
    return binary;
  }

  /** What a real linker would have punished, in the order seen; empty for a correct engine. */
  public synchronized List<String> violations() {
    return List.copyOf(violations);
  }

  /** An opened lib: its code answers only while it is open. */
  private final class Lib implements LinkedLib {
    private final ModuleName module;
    private final ModuleCode guarded;
    private boolean closed; // guarded by the linker

    Lib(ModuleName module, ModuleCode code) {
      this.module = module;
      this.guarded = new GuardedCode(this, code);
    }

    @Override
    public ModuleCode code() {
      if (isClosed()) {
        codeAfterClose(module, "code()");
        throw new IllegalStateException("lib of module '" + module + "' is closed");
      }
      return guarded;
    }

    @Override
    public void close() {
      check.accept("close " + module);
      closed(this);
    }

    boolean isClosed() {
      synchronized (InMemoryLinker.this) {
        return closed;
      }
    }
  }

  /** The module's entry points, each checking first that the lib is still mapped. */
  private final class GuardedCode implements ModuleCode {
    private final Lib lib;
    private final ModuleCode code;

    GuardedCode(Lib lib, ModuleCode code) {
      this.lib = lib;
      this.code = code;
    }

    private void requireOpen(String entryPoint) {
      if (lib.isClosed()) {
        codeAfterClose(lib.module, entryPoint);
        throw new IllegalStateException(entryPoint + " of module '" + lib.module + "' called after its lib was closed");
      }
    }

    @Override
    public LoadResult load(ModuleContext context) {
      requireOpen("load_module");
      return code.load(context);
    }

    @Override
    public void unload(ModuleContext context) {
      requireOpen("unload_module");
      code.unload(context);
    }

    @Override
    public void canUseArrived(ModuleName provider, ModuleContext context) {
      requireOpen("canUseArrived");
      code.canUseArrived(provider, context);
    }

    @Override
    public void canUseLeaving(ModuleName provider, ModuleContext context) {
      requireOpen("canUseLeaving");
      code.canUseLeaving(provider, context);
    }

    @Override
    public String toString() {
      return code.toString();
    }
  }
}
