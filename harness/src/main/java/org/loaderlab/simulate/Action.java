package org.loaderlab.simulate;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * One thing the simulated admin does, in order: the actions of a run are drawn up front
 * ({@link ActionGen}), so a run's actions are a pure function of its tape and world. Each renders
 * as the words of its trace line.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Action {

  /** The words of the trace line: {@code load chan_sip}, {@code call SIP chan_sip}. */
  String describe();

  /** {@code module load M}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Load(ModuleName module) implements Action {
    public Load {
      Objects.requireNonNull(module, "module");
    }

    @Override
    public String describe() {
      return "load " + module;
    }
  }

  /** {@code module unload [-f] M}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Unload(ModuleName module, boolean force) implements Action {
    public Unload {
      Objects.requireNonNull(module, "module");
    }

    @Override
    public String describe() {
      return "unload " + (force ? "-f " : "") + module;
    }
  }

  /** A call arrives on channel technology {@code tech}, whose code is {@code techModule}'s: a channel task starts. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record StartCall(ModuleName techModule, String tech) implements Action {
    public StartCall {
      Objects.requireNonNull(techModule, "techModule");
      Objects.requireNonNull(tech, "tech");
    }

    @Override
    public String describe() {
      return "call " + tech + " " + techModule;
    }
  }

  /** Some code calls optional API {@code api} of {@code provider} through the loader: a caller task starts. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record OptionalCall(ModuleName provider, String api) implements Action {
    public OptionalCall {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(api, "api");
    }

    @Override
    public String describe() {
      return "optional-call " + provider + " " + api;
    }
  }

  /** Thread {@code thread} of {@code module} exits, if it is live: its threadstorage destructor runs. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record ExitThread(ModuleName module, String thread) implements Action {
    public ExitThread {
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(thread, "thread");
    }

    @Override
    public String describe() {
      return "exit-thread " + module + "/" + thread;
    }
  }

  /** {@code dialplan reload}: the world's extensions.conf is loaded again. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record ReloadDialplan() implements Action {
    @Override
    public String describe() {
      return "dialplan-reload";
    }
  }

  /**
   * Hot install: a new module's binary, then its manifest (checksum matching), written into the
   * world while the loader runs; the loader must find it at the next load.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Install(Manifest manifest, FakeBinary binary) implements Action {
    public Install {
      Objects.requireNonNull(manifest, "manifest");
      Objects.requireNonNull(binary, "binary");
      if (!manifest.name().equals(binary.name())) {
        throw new IllegalArgumentException("manifest " + manifest.name() + " paired with binary " + binary.name());
      }
    }

    public ModuleName module() {
      return manifest.name();
    }

    @Override
    public String describe() {
      return "install " + manifest.name();
    }
  }

  /**
   * {@code module}'s manifest is rewritten with one more {@code [uses]} need, checksum kept: the
   * loader must read it again when it next loads the module.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record EditManifest(ModuleName module, Requirement addedUse) implements Action {
    public EditManifest {
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(addedUse, "addedUse");
    }

    @Override
    public String describe() {
      return "edit-manifest " + module + " +uses " + addedUse;
    }
  }

  /**
   * {@code module}'s binary is rebuilt (the same code, other bytes), so its manifest's checksum
   * no longer matches: a loader must refuse to open it from now on.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record ReplaceBinary(ModuleName module) implements Action {
    public ReplaceBinary {
      Objects.requireNonNull(module, "module");
    }

    @Override
    public String describe() {
      return "replace-binary " + module;
    }
  }

  /** {@code core stop gracefully|now}: always the last action of a run. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record Shutdown(boolean graceful) implements Action {
    @Override
    public String describe() {
      return "shutdown " + (graceful ? "gracefully" : "now");
    }
  }
}
