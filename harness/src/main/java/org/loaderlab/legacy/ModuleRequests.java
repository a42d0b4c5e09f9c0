package org.loaderlab.legacy;

import java.util.Objects;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * What module code asks of today's core: registrations, which take no reference on the module
 * (the core keeps a bare pointer), and {@code ast_module_shutdown_ref}, which adds one count
 * kept until shutdown ({@code block_unload}'s nearest ancestor: a plain unload is refused, but
 * {@code unload -f} still closes the lib).
 */
final class ModuleRequests {

  static final Holder KEEP_UNTIL_SHUTDOWN = new Holder(HolderKind.BLOCK_UNLOAD, "block_unload");

  private final LegacyState state;

  ModuleRequests(LegacyState state) {
    this.state = state;
  }

  LegacyRegistration register(ModuleName module, RegistrationKind kind, String name) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    return state.locked(() -> {
      LegacyModule record = state.module(module);
      LegacyRegistration registration = new LegacyRegistration(this, record.name, kind, name);
      LegacyRegistration existing = state.registry.get(registration.key());
      if (existing != null) {
        throw new IllegalArgumentException(kind.label() + " '" + name + "' is already registered by " + existing.module());
      }
      state.registry.put(registration.key(), registration);
      state.emit(sequence -> new LifecycleEvent.RegistrationAdded(sequence, record.name, kind, name));
      return registration;
    });
  }

  void unregister(LegacyRegistration registration) {
    state.locked(() -> remove(registration));
  }

  /** Removes {@code registration} if it is still the registered one; under the lock. */
  void remove(LegacyRegistration registration) {
    state.assertLocked();
    if (state.registry.get(registration.key()) != registration) {
      return;
    }
    state.registry.remove(registration.key());
    state.emit(sequence -> new LifecycleEvent.RegistrationRemoved(sequence, registration.module(),
        registration.kind(), registration.name()));
  }

  /** What {@code module}'s own unload_module unregisters: everything it registered; under the lock. */
  void removeAll(ModuleName module) {
    state.assertLocked();
    for (LegacyRegistration registration : state.registry.values().stream()
        .filter(each -> each.module().equals(module)).toList()) {
      remove(registration);
    }
  }

  void blockUnload(ModuleName module) {
    state.locked(() -> {
      LegacyModule record = state.module(module);
      if (record.blocked) {
        return;
      }
      record.blocked = true;
      record.useCount++;
      state.emit(sequence -> new LifecycleEvent.UnloadBlocked(sequence, record.name));
      state.emit(sequence -> new LifecycleEvent.ReferenceTaken(sequence, record.name, RefTarget.LIB, KEEP_UNTIL_SHUTDOWN,
          "ast_module_shutdown_ref keeps a count until shutdown"));
    });
  }
}
