package org.loaderlab.legacy;

import java.util.Locale;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * An application, function, channel tech, ... in one of the core's registries. Unlike the
 * engine's, it holds nothing: the core keeps a bare pointer into the module's code.
 */
final class LegacyRegistration implements Registration {

  private final ModuleRequests requests;
  private final ModuleName module;
  private final RegistrationKind kind;
  private final String name;

  LegacyRegistration(ModuleRequests requests, ModuleName module, RegistrationKind kind, String name) {
    this.requests = requests;
    this.module = module;
    this.kind = kind;
    this.name = name;
  }

  /** Applications match case-insensitively, as Asterisk finds them; the rest exactly. */
  static String key(RegistrationKind kind, String name) {
    return kind.manifestKind() + ":" + (kind == RegistrationKind.APPLICATION ? name.toLowerCase(Locale.ROOT) : name);
  }

  String key() {
    return key(kind, name);
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
    requests.unregister(this);
  }

  @Override
  public String toString() {
    return kind.manifestKind() + "=" + name + " of " + module;
  }
}
