package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * The state of a run rebuilt from its trace, one entry at a time: each module's instance phase,
 * its lib (open per the engine, mapped per the world), who holds each (with the entry that took
 * the hold), its registrations and cancelled users; the world's threads, channels and uses. Every
 * piece of state keeps the entry that made it, so a violation can show its cause.
 *
 * <p>A walk applies the trace's entries one by one and oracles judge each against the state
 * before it ({@link LedgerWalk}); they only read. The ledger itself judges nothing: a drop of a
 * hold nobody took is simply ignored here.
 */
final class Ledger {

  enum Phase { NOT_RUNNING, STARTING, RUNNING, STOPPING }

  /** One module, as the events tell it. */
  static final class ModuleState {
    final ModuleName name;
    Phase phase = Phase.NOT_RUNNING;
    Trace.Entry phaseEntry;
    boolean libOpen;
    Trace.Entry libEntry;
    boolean blocked;
    Trace.Entry blockedEntry;
    final SortedMap<Holder, Trace.Entry> instanceHolders = new TreeMap<>();
    final SortedMap<Holder, Trace.Entry> libHolders = new TreeMap<>();
    Trace.Entry lastInstanceDrop;
    Trace.Entry lastLibDrop;
    /** Live registrations, by the engine's key: applications match case-insensitively. */
    final SortedMap<String, Trace.Entry> registrations = new TreeMap<>();
    /** Users asked to go away that still hold the instance, with the UserCancelled entry. */
    final SortedMap<Holder, Trace.Entry> cancelled = new TreeMap<>();

    ModuleState(ModuleName name) {
      this.name = name;
    }

    SortedMap<Holder, Trace.Entry> holders(RefTarget target) {
      return target == RefTarget.LIB ? libHolders : instanceHolders;
    }

    boolean isLive() {
      return phase != Phase.NOT_RUNNING;
    }
  }

  /** A thread module code started, and how it ended. */
  static final class ThreadRecord {
    final Trace.Entry started;
    final LibRef lib;
    final String id;
    final Optional<String> storageKey;
    Trace.Entry exited;
    Trace.Entry destroyed;

    ThreadRecord(Trace.Entry started, Observation.ThreadStarted thread) {
      this.started = started;
      this.lib = thread.lib();
      this.id = thread.thread();
      this.storageKey = thread.storageKey();
    }
  }

  private final SortedMap<ModuleName, ModuleState> modules = new TreeMap<>();
  private final SortedMap<LibRef, Trace.Entry> mapped = new TreeMap<>();
  private final SortedMap<LibRef, Trace.Entry> unmapped = new TreeMap<>();
  private final List<ThreadRecord> threads = new ArrayList<>();
  private final SortedMap<String, Trace.Entry> channels = new TreeMap<>();
  private final List<Trace.Entry> uses = new ArrayList<>();
  private int appliedCount;

  /** The state after the first {@code entryCount} entries of {@code trace}. */
  static Ledger after(Trace trace, int entryCount) {
    Ledger ledger = new Ledger();
    ledger.applyUpTo(trace, entryCount);
    return ledger;
  }

  /** Applies the entries of {@code trace} from where this ledger stopped up to {@code entryCount}. */
  void applyUpTo(Trace trace, int entryCount) {
    assert entryCount >= appliedCount : "a ledger only goes forward";
    for (int i = appliedCount; i < entryCount; i++) {
      apply(trace.entries().get(i));
    }
  }

  void apply(Trace.Entry entry) {
    assert entry.index() == appliedCount : "entries are applied in order, expected " + appliedCount;
    appliedCount++;
    if (entry instanceof Trace.EventEntry event) {
      applyEvent(entry, event.event());
    } else {
      applyObservation(entry, ((Trace.ObservedEntry) entry).observation());
    }
  }

  private void applyEvent(Trace.Entry entry, LifecycleEvent event) {
    ModuleState module = modules.computeIfAbsent(event.module(), ModuleState::new);
    if (event instanceof LifecycleEvent.LibOpened) {
      module.libOpen = true;
      module.blocked = false;
      module.libEntry = entry;
    } else if (event instanceof LifecycleEvent.LibClosed) {
      module.libOpen = false;
      module.libEntry = entry;
    } else if (event instanceof LifecycleEvent.InstanceStarting) {
      phase(module, Phase.STARTING, entry);
    } else if (event instanceof LifecycleEvent.InstanceRunning) {
      phase(module, Phase.RUNNING, entry);
    } else if (event instanceof LifecycleEvent.InstanceFailed || event instanceof LifecycleEvent.InstanceStopped) {
      phase(module, Phase.NOT_RUNNING, entry);
    } else if (event instanceof LifecycleEvent.InstanceStopping) {
      phase(module, Phase.STOPPING, entry);
    } else if (event instanceof LifecycleEvent.ReferenceTaken taken) {
      module.holders(taken.target()).put(taken.holder(), entry);
    } else if (event instanceof LifecycleEvent.ReferenceDropped dropped) {
      module.holders(dropped.target()).remove(dropped.holder());
      if (dropped.target() == RefTarget.LIB) {
        module.lastLibDrop = entry;
      } else {
        module.lastInstanceDrop = entry;
        module.cancelled.remove(dropped.holder());
      }
    } else if (event instanceof LifecycleEvent.UserCancelled cancelled) {
      module.cancelled.put(cancelled.user(), entry);
    } else if (event instanceof LifecycleEvent.RegistrationAdded added) {
      module.registrations.put(registrationKey(added.kind(), added.name()), entry);
    } else if (event instanceof LifecycleEvent.RegistrationRemoved removed) {
      module.registrations.remove(registrationKey(removed.kind(), removed.name()));
    } else if (event instanceof LifecycleEvent.UnloadBlocked) {
      module.blocked = true;
      module.blockedEntry = entry;
    }
  }

  private static void phase(ModuleState module, Phase phase, Trace.Entry entry) {
    module.phase = phase;
    module.phaseEntry = entry;
  }

  private void applyObservation(Trace.Entry entry, Observation observation) {
    if (observation instanceof Observation.LibMapped lib) {
      mapped.put(lib.lib(), entry);
    } else if (observation instanceof Observation.LibUnmapped lib) {
      mapped.remove(lib.lib());
      unmapped.put(lib.lib(), entry);
    } else if (observation instanceof Observation.ThreadStarted thread) {
      threads.add(new ThreadRecord(entry, thread));
    } else if (observation instanceof Observation.ThreadExited exited) {
      lastThread(exited.thread(), false).ifPresent(thread -> thread.exited = entry);
    } else if (observation instanceof Observation.DestructorRan destructor) {
      lastThread(destructor.thread(), true).ifPresent(thread -> thread.destroyed = entry);
    } else if (observation instanceof Observation.UseTaken) {
      uses.add(entry);
    } else if (observation instanceof Observation.UseReleased released) {
      releaseUse(released);
    } else if (observation instanceof Observation.ChannelStarted channel) {
      channels.put(channel.channel(), entry);
    } else if (observation instanceof Observation.ChannelEnded channel) {
      channels.remove(channel.channel());
    }
  }

  /** The newest thread called {@code id}: still live, or (for a destructor) exited too. */
  private Optional<ThreadRecord> lastThread(String id, boolean exitedToo) {
    for (int i = threads.size() - 1; i >= 0; i--) {
      ThreadRecord thread = threads.get(i);
      if (thread.id.equals(id) && (exitedToo || thread.exited == null)) {
        return Optional.of(thread);
      }
    }
    return Optional.empty();
  }

  private void releaseUse(Observation.UseReleased released) {
    for (int i = 0; i < uses.size(); i++) {
      Observation.UseTaken taken = (Observation.UseTaken) ((Trace.ObservedEntry) uses.get(i)).observation();
      if (taken.user().equals(released.user()) && taken.target().equals(released.target())) {
        uses.remove(i);
        return;
      }
    }
  }

  /** The engine's registry key: applications match case-insensitively, everything else exactly. */
  static String registrationKey(RegistrationKind kind, String name) {
    return kind.manifestKind() + ":" + (kind == RegistrationKind.APPLICATION ? name.toLowerCase(Locale.ROOT) : name);
  }

  /**
   * {@code name}'s state; one no event touched yet reads as a fresh state, not kept: asking never
   * changes the ledger, which several oracles read in one walk ({@link LedgerWalk}).
   */
  ModuleState module(ModuleName name) {
    ModuleState state = modules.get(name);
    return state != null ? state : new ModuleState(name);
  }

  Optional<ModuleState> find(ModuleName name) {
    return Optional.ofNullable(modules.get(name));
  }

  Phase phase(ModuleName name) {
    return find(name).map(module -> module.phase).orElse(Phase.NOT_RUNNING);
  }

  Collection<ModuleState> modules() {
    return modules.values();
  }

  /** Libs the world has mapped now, with the entry that mapped each. */
  SortedMap<LibRef, Trace.Entry> mapped() {
    return mapped;
  }

  /** The entry that unmapped {@code lib}, if it was. */
  Optional<Trace.Entry> unmappedAt(LibRef lib) {
    return Optional.ofNullable(unmapped.get(lib));
  }

  /** Whether {@code module} is in {@link #openModules}, without building the set: asked at every opening. */
  boolean isOpen(ModuleName module) {
    ModuleState state = modules.get(module);
    if (state != null && state.libOpen) {
      return true;
    }
    // Mappings sort by module, then generation from 1, so the first at or after generation 0 is the module's if any.
    SortedMap<LibRef, Trace.Entry> from = mapped.tailMap(LibRef.neverMapped(module));
    return !from.isEmpty() && from.firstKey().module().equals(module);
  }

  /** Modules whose lib is open per the engine or mapped per the world. */
  SortedSet<ModuleName> openModules() {
    SortedSet<ModuleName> open = new TreeSet<>();
    modules.values().stream().filter(module -> module.libOpen).forEach(module -> open.add(module.name));
    mapped.keySet().forEach(lib -> open.add(lib.module()));
    return open;
  }

  List<ThreadRecord> threads() {
    return threads;
  }

  SortedMap<String, Trace.Entry> channels() {
    return channels;
  }

  /** UseTaken entries not yet released, oldest first. */
  List<Trace.Entry> uses() {
    return uses;
  }
}
