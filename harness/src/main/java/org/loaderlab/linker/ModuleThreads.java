package org.loaderlab.linker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loaderlab.binary.BinaryThread;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.ThreadStorageKey;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * The threads module code started, in start order. A thread that uses a threadstorage key with a
 * destructor asks the engine to keep its lib (the core's threadstorage does it in a safe loader)
 * and, at exit, runs the destructor through the guard: after its lib is gone, that is a segfault.
 */
final class ModuleThreads {

  /** A live thread, what its exit must run, and the engine's hold for its destructor. */
  private record Live(ModuleThread thread, boolean destructor, Optional<UserHandle> hold) {}

  private final AddressSpace space;
  private final Map<String, Live> live = new LinkedHashMap<>();

  ModuleThreads(AddressSpace space) {
    this.space = space;
  }

  /** Starts {@code spec} for the load named {@code instance} ({@code chan_x#1}, or {@code chan_x#1~2} for a second load). */
  void start(LibRef lib, String instance, FakeBinary image, BinaryThread spec, ModuleLoader loader) {
    String id = instance + "/" + spec.name();
    Optional<String> key = spec.usesKey();
    boolean destructor = key.flatMap(image::threadStorageKey).map(ThreadStorageKey::destructor).orElse(false);
    space.record(new Observation.ThreadStarted(space.step(), lib, id, key));
    Optional<UserHandle> hold = Optional.empty();
    if (destructor) {
      String call = "attach threadstorage " + key.get() + " for " + id;
      space.record(new Observation.EngineCalled(space.step(), lib, call));
      try {
        hold = Optional.of(loader.attachThreadStorage(lib.module(), id));
      } catch (ModuleUnavailableException | RuntimeException refused) {
        space.record(new Observation.EngineRefused(space.step(), lib, call, EngineCalls.reason(refused)));
      }
    }
    live.put(id, new Live(new ModuleThread(id, lib, spec.name(), key), destructor, hold));
  }

  /** One step of the thread's own code. */
  boolean step(String id) {
    ModuleThread thread = find(id).thread();
    return space.run(thread.lib(), CodeKind.THREAD, thread.name(), () -> {});
  }

  /**
   * The thread exits: its threadstorage destructor runs (guarded), then the engine's hold ends.
   *
   * @return false when the destructor's lib was not mapped
   */
  boolean exit(String id) {
    Live exiting = find(id);
    live.remove(id);
    ModuleThread thread = exiting.thread();
    space.record(new Observation.ThreadExited(space.step(), thread.lib(), id));
    boolean ran = true;
    if (exiting.destructor()) {
      String key = thread.storageKey().orElseThrow();
      ran = destructor(thread.lib(), key, id);
    }
    exiting.hold().ifPresent(UserHandle::release);
    return ran;
  }

  /** Runs {@code key}'s destructor of {@code lib} for {@code thread}, recording that it ran to the end. */
  boolean destructor(LibRef lib, String key, String thread) {
    boolean ran = space.run(lib, CodeKind.THREADSTORAGE_DESTRUCTOR, key, () -> {});
    if (ran) {
      space.record(new Observation.DestructorRan(space.step(), lib, key, thread));
    }
    return ran;
  }

  /** {@code unload_module} stops the threads of its own lib, in start order. */
  void exitAll(LibRef lib) {
    List<String> ids = new ArrayList<>();
    for (Live each : live.values()) {
      if (each.thread().lib().equals(lib)) {
        ids.add(each.thread().id());
      }
    }
    ids.forEach(this::exit);
  }

  List<ModuleThread> live() {
    return live.values().stream().map(Live::thread).toList();
  }

  private Live find(String id) {
    Live found = live.get(id);
    if (found == null) {
      throw new IllegalArgumentException("no live thread '" + id + "'; live: " + live.keySet());
    }
    return found;
  }
}
