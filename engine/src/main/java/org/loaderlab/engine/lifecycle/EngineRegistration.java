package org.loaderlab.engine.lifecycle;

import java.util.Locale;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/** One entry of the api_registry: a named thing whose code lives in a module's lib. */
final class EngineRegistration implements Registration {

  private final LifecycleEngine engine;
  private final ModuleName module;
  private final RegistrationKind kind;
  private final String name;
  /** Made once: the registry, the record and removal each look it up. */
  private final String key;
  private final Holder holder;
  /** Set under the engine lock when it is removed; removal happens once. */
  boolean removed;

  EngineRegistration(LifecycleEngine engine, ModuleName module, RegistrationKind kind, String name) {
    this.engine = engine;
    this.module = module;
    this.kind = kind;
    this.name = name;
    this.key = key(kind, name);
    this.holder = new Holder(HolderKind.REGISTRATION, kind.manifestKind() + ":" + name);
  }

  /** The registry key: applications match case-insensitively, as Asterisk finds them; the rest exactly. */
  static String key(RegistrationKind kind, String name) {
    return kind.manifestKind() + ":" + (kind == RegistrationKind.APPLICATION ? name.toLowerCase(Locale.ROOT) : name);
  }

  String key() {
    return key;
  }

  /** {@code registration:application:Dial}: its hold on the lib. */
  Holder holder() {
    return holder;
  }

  @Override
  public ModuleName module() {
    return module;
  }

  @Override
  public RegistrationKind kind() {
    return kind;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public void unregister() {
    engine.unregister(this);
  }

  @Override
  public String toString() {
    return kind.manifestKind() + "=" + name + " of " + module;
  }
}
