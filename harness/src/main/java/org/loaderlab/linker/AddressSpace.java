package org.loaderlab.linker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.observe.StepClock;

/**
 * What is mapped, step by step, and the one guard every piece of module code passes: code of a
 * mapped lib runs and is recorded as {@link Observation.CodeRan}; code of an unmapped lib is a
 * simulated segfault, recorded as {@link Observation.CodeRanUnmapped} and not run.
 *
 * <p>Images stay known after they are unmapped, so a stale call can still be checked against
 * what the code was (a call to code that never existed is a harness bug, not a segfault).
 */
final class AddressSpace {

  private final StepClock clock;
  private final ObservationLog log;
  private final Map<ModuleName, Integer> generations = new TreeMap<>();
  private final Map<LibRef, FakeBinary> images = new TreeMap<>();
  private final NavigableSet<LibRef> mapped = new TreeSet<>();
  /** Where the core's pointer for each registered name last pointed, by {@link #registrationKey}. */
  private final Map<String, LibRef> registrants = new TreeMap<>();

  AddressSpace(StepClock clock, ObservationLog log) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.log = Objects.requireNonNull(log, "log");
  }

  long step() {
    return clock.stepIndex();
  }

  void record(Observation observation) {
    log.append(observation);
  }

  ObservationLog log() {
    return log;
  }

  /** Maps {@code image} as the next generation of its module. */
  LibRef map(FakeBinary image, boolean embedded) {
    ModuleName module = image.name();
    int generation = generations.merge(module, 1, Integer::sum);
    LibRef lib = new LibRef(module, generation);
    images.put(lib, image);
    mapped.add(lib);
    record(new Observation.LibMapped(step(), lib, embedded));
    return lib;
  }

  /** Unmaps {@code lib}; a second unmap is recorded, since the engine must close a lib once. */
  void unmap(LibRef lib) {
    if (mapped.remove(lib)) {
      record(new Observation.LibUnmapped(step(), lib));
    } else {
      record(new Observation.UnmapRepeated(step(), lib));
    }
  }

  boolean isMapped(LibRef lib) {
    return mapped.contains(lib);
  }

  /** The newest mapping of {@code module} that is still mapped. */
  Optional<LibRef> current(ModuleName module) {
    // Mappings sort by module, then generation: the newest of a module is the floor of its highest.
    LibRef newest = mapped.floor(new LibRef(module, Integer.MAX_VALUE));
    return newest != null && newest.module().equals(module) ? Optional.of(newest) : Optional.empty();
  }

  /**
   * Where a pointer into {@code module} points: its current mapping, else its last one (gone,
   * so calling it is a segfault), else nowhere ({@link LibRef#neverMapped}).
   */
  LibRef latest(ModuleName module) {
    return current(module).orElseGet(() -> new LibRef(module, generations.getOrDefault(module, 0)));
  }

  Optional<FakeBinary> image(LibRef lib) {
    return Optional.ofNullable(images.get(lib));
  }

  List<LibRef> mapped() {
    return List.copyOf(mapped);
  }

  /** Module code of {@code lib} registered {@code name}: the core now calls {@code lib} for it. */
  void registered(RegistrationKind kind, String name, LibRef lib) {
    registrants.put(registrationKey(kind, name), lib);
  }

  Optional<LibRef> registrant(RegistrationKind kind, String name) {
    return Optional.ofNullable(registrants.get(registrationKey(kind, name)));
  }

  /** Asterisk looks applications and functions up case-insensitively. */
  private static String registrationKey(RegistrationKind kind, String name) {
    return kind.name() + "/" + name.toLowerCase(Locale.ROOT);
  }

  /**
   * The guard: runs {@code body} if {@code lib} is mapped, recording it either way.
   *
   * @return the body's result (never null), or empty when the lib was not mapped
   */
  <T> Optional<T> call(LibRef lib, CodeKind kind, String name, Supplier<T> body) {
    long step = step();
    if (!mapped.contains(lib)) {
      record(new Observation.CodeRanUnmapped(step, lib, kind, name));
      return Optional.empty();
    }
    record(new Observation.CodeRan(step, lib, kind, name));
    return Optional.of(Objects.requireNonNull(body.get(), "module code returned null"));
  }

  /** The guard for code with no result; true when it ran. */
  boolean run(LibRef lib, CodeKind kind, String name, Runnable body) {
    return call(lib, kind, name, () -> {
      body.run();
      return Boolean.TRUE;
    }).isPresent();
  }
}
