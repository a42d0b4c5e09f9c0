package org.loaderlab.linker;

import java.util.Set;
import java.util.TreeSet;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/** A module context that writes registrations and block_unload into its loader's calls; it refuses names in {@link #taken}. */
final class RecordingContext implements ModuleContext {

  private final ModuleName module;
  private final RecordingLoader loader;
  final Set<String> taken = new TreeSet<>();

  RecordingContext(ModuleName module, RecordingLoader loader) {
    this.module = module;
    this.loader = loader;
  }

  @Override
  public ModuleName module() {
    return module;
  }

  @Override
  public Registration register(RegistrationKind kind, String name) {
    if (taken.contains(name)) {
      throw new IllegalArgumentException(kind.label() + " '" + name + "' is already registered by other");
    }
    loader.calls.add("register " + module + " " + kind.label() + " " + name);
    return new Registration() {
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
        loader.calls.add("unregister " + module + " " + kind.label() + " " + name);
      }
    };
  }

  @Override
  public void blockUnload() {
    loader.calls.add("block_unload " + module);
  }

  @Override
  public RecordingLoader loader() {
    return loader;
  }
}
