package org.loaderlab.legacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * All the legacy loader's state and the one lock that guards it, held only for short changes:
 * {@link #locked} runs a body under it, then, released, delivers the events the body emitted and
 * hands the tasks it queued ({@link #later}) to the runtime. Module code, the linker, listeners
 * and cancel callbacks never run under it, so module code may call back into the loader.
 */
final class LegacyState {

  final Settings settings;
  private final ReentrantLock lock = new ReentrantLock();
  private final LegacyOutbox outbox;
  private final Map<ModuleName, LegacyModule> modules = new TreeMap<>();
  /** The core's registries (applications, functions, channel techs, ...) by {@link LegacyRegistration#key}. */
  final Map<String, LegacyRegistration> registry = new TreeMap<>();
  private final List<Runnable> later = new ArrayList<>();
  private final CatalogScanner scanner = new CatalogScanner();
  /** The modules folder as last scanned; null until the first scan. */
  ModuleCatalog catalog;
  Dialplan dialplan;
  boolean shuttingDown;
  /**
   * Under {@link LegacyFaults#lockedModuleCallbacks}: module code asked for an operation while
   * the loader held the module list around its {@code load_module} or {@code unload_module}, so
   * the loader is stuck for good and runs nothing more.
   */
  boolean deadlocked;
  /** A {@code load_module} or {@code unload_module} is running: set with no lock held, by the one simulator thread. */
  private boolean inModuleCode;
  long startCount;
  long callCount;

  LegacyState(Settings settings) {
    this.settings = settings;
    this.outbox = new LegacyOutbox(lock, settings.listener());
    this.dialplan = settings.dialplan();
  }

  <T> T locked(Supplier<T> body) {
    if (lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("lock regions do not nest");
    }
    lock.lock();
    List<Runnable> tasks;
    try {
      return body.get();
    } finally {
      tasks = later.isEmpty() ? List.of() : new ArrayList<>(later);
      later.clear();
      lock.unlock();
      outbox.deliver();
      tasks.forEach(settings.runtime()::execute);
    }
  }

  /** Runs {@code load_module} or {@code unload_module}, with no lock held, marked as module code. */
  <T> T runModuleCode(Supplier<T> body) {
    inModuleCode = true;
    try {
      return body.get();
    } finally {
      inModuleCode = false;
    }
  }

  /** Whether a {@code load_module} or {@code unload_module} is running now. */
  boolean inModuleCode() {
    return inModuleCode;
  }

  void locked(Runnable body) {
    locked(() -> {
      body.run();
      return null;
    });
  }

  /** Hands {@code task} to the runtime once the lock is released. */
  void later(Runnable task) {
    assertLocked();
    later.add(task);
  }

  void emit(LongFunction<LifecycleEvent> make) {
    outbox.emit(make);
  }

  void assertLocked() {
    if (!lock.isHeldByCurrentThread()) {
      throw new IllegalStateException("legacy state is changed only under its lock");
    }
  }

  /** The module's record, made on first use, named as the catalog spells it. */
  LegacyModule module(ModuleName name) {
    assertLocked();
    LegacyModule found = modules.get(name);
    if (found == null) {
      ModuleName display = catalog == null ? name : catalog.find(name).map(CatalogEntry::name).orElse(name);
      found = new LegacyModule(display);
      modules.put(display, found);
    }
    return found;
  }

  Optional<LegacyModule> find(ModuleName name) {
    assertLocked();
    return Optional.ofNullable(modules.get(name));
  }

  /** Every module record, by name. */
  Collection<LegacyModule> modules() {
    assertLocked();
    return modules.values();
  }

  /** Re-reads the modules folder (no lock held: it reads files), as dlopen sees what is on disk now. */
  void rescan() {
    ModuleCatalog scanned = scanner.scan(settings.modulesFolder(), CatalogScanner.Verify.NOTHING).value()
        .orElseGet(() -> new ModuleCatalog(settings.modulesFolder().toString(), List.of()));
    locked(() -> {
      catalog = scanned;
    });
  }

  void ensureCatalog() {
    if (locked(() -> catalog == null)) {
      rescan();
    }
  }
}
