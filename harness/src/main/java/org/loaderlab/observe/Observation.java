package org.loaderlab.observe;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * One thing the fake world saw happen at a step: never the engine's account of it. Each renders
 * as one line, {@code <step> <what> <details>}, so a run's observations diff line by line.
 *
 * <p>Code that ran is {@link CodeRan}; code that was called while its lib was not mapped is
 * {@link CodeRanUnmapped}, a simulated segfault: the body did not run and the world went on.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Observation {

  long stepIndex();

  /** The line after the step: the observation's kind in kebab case, then its details. */
  String what();

  /** {@code <step> <what>}: one line, no line break. */
  default String render() {
    return stepIndex() + " " + what();
  }

  /** The linker mapped a module's binary ({@code dlopen}); an embedded module maps the core's code. */
  record LibMapped(long stepIndex, LibRef lib, boolean embedded) implements Observation {
    public LibMapped {
      check(stepIndex, lib);
    }

    @Override
    public String what() {
      return "lib-mapped " + lib + (embedded ? " embedded" : "");
    }
  }

  /** The linker unmapped a lib ({@code dlclose}): its code is gone. */
  record LibUnmapped(long stepIndex, LibRef lib) implements Observation {
    public LibUnmapped {
      check(stepIndex, lib);
    }

    @Override
    public String what() {
      return "lib-unmapped " + lib;
    }
  }

  /** A lib was closed again after it was unmapped: the engine closes each lib exactly once. */
  record UnmapRepeated(long stepIndex, LibRef lib) implements Observation {
    public UnmapRepeated {
      check(stepIndex, lib);
    }

    @Override
    public String what() {
      return "unmap-repeated " + lib;
    }
  }

  /** A binary could not be mapped (missing, unreadable, not a fake binary); nothing was mapped. */
  record MapFailed(long stepIndex, ModuleName module, String reason) implements Observation {
    public MapFailed {
      check(stepIndex, module);
      line("reason", reason);
    }

    @Override
    public String what() {
      return "map-failed " + module + ": " + reason;
    }
  }

  /** Module code ran in a mapped lib. */
  record CodeRan(long stepIndex, LibRef lib, CodeKind kind, String name) implements Observation {
    public CodeRan {
      check(stepIndex, lib);
      Objects.requireNonNull(kind, "kind");
      line("name", name);
    }

    @Override
    public String what() {
      return "code-ran " + lib + " " + kind.label() + " " + name;
    }
  }

  /** Module code was called while its lib was not mapped: a simulated segfault; the body did not run. */
  record CodeRanUnmapped(long stepIndex, LibRef lib, CodeKind kind, String name) implements Observation {
    public CodeRanUnmapped {
      check(stepIndex, lib);
      Objects.requireNonNull(kind, "kind");
      line("name", name);
    }

    @Override
    public String what() {
      return "code-ran-unmapped " + lib + " " + kind.label() + " " + name;
    }
  }

  /**
   * A thread the module's code started.
   *
   * @param thread unique among live threads ({@code res_timing_timerfd#1/timer})
   * @param storageKey the module's threadstorage key the thread uses, if any
   */
  record ThreadStarted(long stepIndex, LibRef lib, String thread, Optional<String> storageKey)
      implements Observation {
    public ThreadStarted {
      check(stepIndex, lib);
      line("thread", thread);
      Objects.requireNonNull(storageKey, "storageKey").ifPresent(key -> line("storageKey", key));
    }

    @Override
    public String what() {
      return "thread-started " + thread + storageKey.map(key -> " uses " + key).orElse("");
    }
  }

  /** A thread exited; the destructors of the threadstorage it used run next. */
  record ThreadExited(long stepIndex, LibRef lib, String thread) implements Observation {
    public ThreadExited {
      check(stepIndex, lib);
      line("thread", thread);
    }

    @Override
    public String what() {
      return "thread-exited " + thread;
    }
  }

  /** A threadstorage destructor ran to the end for a thread: pairs the thread with its cleanup. */
  record DestructorRan(long stepIndex, LibRef lib, String key, String thread) implements Observation {
    public DestructorRan {
      check(stepIndex, lib);
      line("key", key);
      line("thread", thread);
    }

    @Override
    public String what() {
      return "destructor-ran " + lib + " " + key + " for " + thread;
    }
  }

  /** Module code became a user of another module ({@code addUser}). */
  record UseTaken(long stepIndex, LibRef user, ModuleName target) implements Observation {
    public UseTaken {
      check(stepIndex, user);
      Objects.requireNonNull(target, "target");
    }

    @Override
    public String what() {
      return "use-taken " + user + " -> " + target;
    }
  }

  /** Module code let go of a use it took. */
  record UseReleased(long stepIndex, LibRef user, ModuleName target) implements Observation {
    public UseReleased {
      check(stepIndex, user);
      Objects.requireNonNull(target, "target");
    }

    @Override
    public String what() {
      return "use-released " + user + " -> " + target;
    }
  }

  /** Module code called into the engine ({@code load res_x}, {@code unload -f res_y}, ...). */
  record EngineCalled(long stepIndex, LibRef caller, String call) implements Observation {
    public EngineCalled {
      check(stepIndex, caller);
      line("call", call);
    }

    @Override
    public String what() {
      return "engine-called " + caller + " " + call;
    }
  }

  /** The engine refused a call of module code at once (it threw): the module goes on without. */
  record EngineRefused(long stepIndex, LibRef caller, String call, String reason) implements Observation {
    public EngineRefused {
      check(stepIndex, caller);
      line("call", call);
      line("reason", reason);
    }

    @Override
    public String what() {
      return "engine-refused " + caller + " " + call + ": " + reason;
    }
  }

  /** A call began on a channel of technology {@code tech}, whose code lives in {@code techModule}. */
  record ChannelStarted(long stepIndex, String channel, ModuleName techModule, String tech)
      implements Observation {
    public ChannelStarted {
      check(stepIndex, techModule);
      line("channel", channel);
      line("tech", tech);
    }

    @Override
    public String what() {
      return "channel-started " + channel + " " + techModule + " " + tech;
    }
  }

  /** A channel hung up. */
  record ChannelEnded(long stepIndex, String channel) implements Observation {
    public ChannelEnded {
      if (stepIndex < 0) {
        throw new IllegalArgumentException("stepIndex must be >= 0, was " + stepIndex);
      }
      line("channel", channel);
    }

    @Override
    public String what() {
      return "channel-ended " + channel;
    }
  }

  private static void check(long stepIndex, Object subject) {
    if (stepIndex < 0) {
      throw new IllegalArgumentException("stepIndex must be >= 0, was " + stepIndex);
    }
    Objects.requireNonNull(subject, "subject");
  }

  /** Every text field is one non-empty line, so an observation renders as exactly one line. */
  private static void line(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isEmpty() || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(field + " must be one non-empty line, was '" + value + "'");
    }
  }
}
