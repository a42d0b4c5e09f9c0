package org.loaderlab.legacy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * What channels, callers and threads take from today's core, without queuing: a use count
 * ({@code ast_module_user_add}) for channels and for running an application or a function
 * ({@code pbx_exec}, {@code ast_func_read}); nothing at all for optional APIs, other registered
 * things, or threadstorage. No check stops a call into a module that is gone.
 */
final class LegacyUses {

  /** Users per module; a bound on a leak, as the engine's {@code usersPerModuleMax}. */
  static final int USERS_MAX = 1_000_000;

  private static final Set<HolderKind> USER_KINDS = EnumSet.of(HolderKind.CHANNEL, HolderKind.USER, HolderKind.DIALPLAN);

  /** What {@code pbx_exec} and {@code ast_func_read} count while they run; the rest are called bare. */
  private static final Set<RegistrationKind> COUNTED_KINDS = EnumSet.of(RegistrationKind.APPLICATION, RegistrationKind.FUNCTION);

  private final LegacyState state;

  LegacyUses(LegacyState state) {
    this.state = state;
  }

  UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel) throws ModuleUnavailableException {
    Objects.requireNonNull(cancel, "cancel");
    if (!USER_KINDS.contains(kind)) {
      throw new IllegalArgumentException(kind + " holders belong to the loader; users are " + USER_KINDS);
    }
    Holder holder = new Holder(kind, id);
    Object result = state.locked(() -> {
      Optional<LegacyModule> found = state.find(module);
      if (state.shuttingDown) {
        return module + " takes no new users: the loader is shutting down";
      }
      if (found.isEmpty() || !found.get().isRunning()) {
        return module + " is not running";
      }
      LegacyModule record = found.get();
      if (record.users.stream().anyMatch(user -> user.holder().equals(holder))) {
        throw new IllegalArgumentException(holder + " already holds " + record.name);
      }
      if (record.users.size() >= USERS_MAX) {
        return record.name + " has " + USERS_MAX + " users";
      }
      record.useCount++;
      record.users.add(new LegacyModule.User(holder, cancel));
      state.emit(sequence -> new LifecycleEvent.ReferenceTaken(sequence, record.name, RefTarget.INSTANCE, holder,
          "a " + kind.name().toLowerCase(Locale.ROOT) + " uses it"));
      long epoch = record.epoch;
      return new LegacyHandle(holder, () -> releaseUser(record, holder, epoch));
    });
    if (result instanceof String problem) {
      throw new ModuleUnavailableException(problem);
    }
    return (UserHandle) result;
  }

  /** {@code ast_module_user_remove}: gives the count back, unless the module's life it counted on has ended. */
  private void releaseUser(LegacyModule record, Holder holder, long epoch) {
    state.locked(() -> {
      boolean current = record.epoch == epoch && record.users.removeIf(user -> user.holder().equals(holder));
      if (current) {
        record.useCount--;
      }
      String reason = current ? "the user released it" : "the user released it after " + record.name + " was unloaded under it";
      state.emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, record.name, RefTarget.INSTANCE, holder, reason));
      if (current && state.settings.faults().unrefTwice()) {
        record.useCount--;
        state.emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, record.name, RefTarget.INSTANCE, holder,
            "the user released it again"));
      }
    });
  }

  /** Optional API: no reference, no check; the call runs whether the provider is there or not. */
  <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    Objects.requireNonNull(provider, "provider");
    return Optional.ofNullable(body.get());
  }

  <T> T execute(RegistrationKind kind, String name, Supplier<T> body) throws ModuleUnavailableException {
    Object taken = state.locked(() -> {
      LegacyRegistration registration = state.registry.get(LegacyRegistration.key(kind, name));
      if (registration == null) {
        return "nothing registers " + kind.label() + " '" + name + "'";
      }
      LegacyModule record = state.module(registration.module());
      if (!COUNTED_KINDS.contains(kind) || !record.isRunning()) {
        return null; // called through the core's bare pointer, whatever is (or is not) mapped there
      }
      Holder holder = new Holder(HolderKind.EXECUTION, kind.manifestKind() + ":" + name + "#" + (++state.callCount));
      record.useCount++;
      state.emit(sequence -> new LifecycleEvent.ReferenceTaken(sequence, record.name, RefTarget.INSTANCE, holder,
          "a call of " + kind.label() + " " + name + " is running"));
      return new Counted(record, holder, record.epoch);
    });
    if (taken instanceof String problem) {
      throw new ModuleUnavailableException(problem);
    }
    try {
      return body.get();
    } finally {
      if (taken instanceof Counted counted) {
        give(counted);
      }
    }
  }

  private record Counted(LegacyModule record, Holder holder, long epoch) {}

  private void give(Counted counted) {
    state.locked(() -> {
      LegacyModule record = counted.record();
      if (record.epoch == counted.epoch()) {
        record.useCount--;
      }
      state.emit(sequence -> new LifecycleEvent.ReferenceDropped(sequence, record.name, RefTarget.INSTANCE,
          counted.holder(), "the call returned"));
    });
  }

  /** Threadstorage: nothing is taken, so the handle gives nothing back; its destructor may outlive the lib. */
  UserHandle attachThreadStorage(ModuleName module, String threadId) {
    Objects.requireNonNull(module, "module");
    return new LegacyHandle(new Holder(HolderKind.THREAD_STORAGE, threadId), () -> {});
  }
}
