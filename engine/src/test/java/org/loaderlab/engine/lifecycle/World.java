package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.LoaderConfig;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.testkit.CatalogWriter;
import org.loaderlab.engine.testkit.InMemoryLinker;
import org.loaderlab.engine.testkit.ManualRuntime;
import org.loaderlab.engine.testkit.ScriptedModule;

/**
 * A small module world for engine tests, on the {@code testkit}: manifests and binaries written
 * to Jimfs by {@link CatalogWriter}, an {@link InMemoryLinker} whose code for each module is its
 * {@link ScriptedModule} script, a {@link ManualRuntime}, and a listener that records every
 * event (and checks it arrives in sequence, with the lock released).
 *
 * <p>{@code module("chan_sip", "load_priority=channel_driver", "[uses]", "module=res_rtp")} writes
 * {@code chan_sip.manifest} (lines before the first section go to {@code [module]}) and
 * {@code chan_sip.so}, whose checksum the manifest carries, and returns the module's script, which
 * the test may change until the lib is opened: each open builds the code afresh from it.
 *
 * <p>It stays in this package because it checks what only this package can see: that the engine
 * lock is free whenever module code, the linker or the listener runs. Each run, and {@link #close},
 * also fails on anything the linker saw that a real one would punish (a double open or close, code
 * run in a closed lib).
 */
final class World implements AutoCloseable {

  /** Small blocks: Jimfs's default 8 KiB per file would hold 800 MB for a world of 100,000 modules. */
  final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setBlockSize(256).build());
  final Path modules = fs.getPath("/modules");
  final ManualRuntime runtime = new ManualRuntime();
  final InMemoryLinker linker = InMemoryLinker.forEvery(this::build).beforeEachCall(call -> checkUnlocked("linker " + call));
  final List<LifecycleEvent> events = new ArrayList<>();
  /** What module code was called, in order, with what it saw then; the linker keeps its own log. */
  final List<String> log = new ArrayList<>();
  private final Map<ModuleName, ScriptedModule.Builder> scripts = new TreeMap<>();
  private ModulesConf modulesConf = ModulesConf.empty();
  private ExtConfig extConfig = ExtConfig.empty();
  private Dialplan dialplan = Dialplan.empty();
  private LoaderConfig config = LoaderConfig.DEFAULTS;
  private LifecycleEngine engine;
  private KnownCatalog knownCatalog;
  /** Counts events without keeping them: for worlds of 100,000 modules. */
  boolean countOnly;
  long eventCount;

  World() {
    try {
      Files.createDirectories(modules);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    fs.close();
    checkLinker();
  }

  /** Writes a module with a binary; returns its script. */
  ScriptedModule.Builder module(String name, String... lines) {
    CatalogWriter.writeText(modules, ModuleName.of(name), lines);
    return script(ModuleName.of(name));
  }

  /** Writes a module embedded in the core: a manifest and no binary; returns its script. */
  ScriptedModule.Builder embedded(String name, String... lines) {
    CatalogWriter.writeEmbeddedText(modules, ModuleName.of(name), lines);
    return script(ModuleName.of(name));
  }

  private ScriptedModule.Builder script(ModuleName name) {
    return scripts.computeIfAbsent(name, n -> ScriptedModule.builder().witness(new Witness(n)));
  }

  ScriptedModule.Builder code(String name) {
    return scripts.get(ModuleName.of(name));
  }

  private ScriptedModule build(ModuleName name) {
    ScriptedModule.Builder found = scripts.get(name);
    if (found == null) {
      throw new AssertionError("no code for " + name);
    }
    return found.build();
  }

  /** Replaces the binary with other bytes: its checksum no longer matches. */
  void corruptBinary(String name) {
    CatalogWriter.writeBinary(modules, ModuleName.of(name), "tampered " + name);
  }

  World modulesConf(String... lines) {
    // Errors allowed: a required module that is also banned is an error the parser reports and startup must refuse.
    modulesConf = new ModulesConfParser().parseText("modules.conf", String.join("\n", lines) + "\n").orElseThrow();
    return this;
  }

  World extConfig(String... lines) {
    extConfig = parsed(new ExtConfigParser().parseText("extconfig.conf", String.join("\n", lines) + "\n"));
    return this;
  }

  World dialplan(String... lines) {
    dialplan = parseDialplan(lines);
    return this;
  }

  static Dialplan parseDialplan(String... lines) {
    return parsed(new DialplanParser().parseText("extensions.conf", String.join("\n", lines) + "\n"));
  }

  /** The known catalog the engine is built with; before {@link #engine()}. */
  World knownCatalog(KnownCatalog known) {
    this.knownCatalog = known;
    return this;
  }

  World config(LoaderConfig config) {
    this.config = config;
    return this;
  }

  private static <T> T parsed(Parsed<T> parsed) {
    assertThat(parsed.errors()).as("test configuration parses").isEmpty();
    return parsed.orElseThrow();
  }

  LifecycleEngine engine() {
    if (engine == null) {
      LoaderBuilder builder = LoaderBuilder.create().modulesFolder(modules).modulesConf(modulesConf)
          .extConfig(extConfig).dialplan(dialplan).linker(linker).runtime(runtime).listener(this::record)
          .config(config);
      if (knownCatalog != null) {
        builder.knownCatalog(knownCatalog);
      }
      engine = (LifecycleEngine) builder.build();
    }
    return engine;
  }

  private void record(LifecycleEvent event) {
    if (countOnly) {
      eventCount++;
      return;
    }
    checkUnlocked("the listener");
    if (!events.isEmpty()) {
      assertThat(event.sequence()).as("events in sequence").isEqualTo(events.get(events.size() - 1).sequence() + 1);
    }
    events.add(event);
  }

  private void checkUnlocked(String what) {
    if (engine != null) {
      assertThat(engine.lockHeldByCurrentThread()).as("engine lock held while %s runs", what).isFalse();
    }
  }

  private void checkLinker() {
    assertThat(linker.violations()).as("what a real linker would punish").isEmpty();
  }

  private void log(String line) {
    if (!countOnly) {
      log.add(line);
    }
  }

  /** Runs the runtime until idle and returns the operation's outcome. */
  Outcome run(CompletableFuture<Outcome> operation) {
    runtime.runUntilIdle();
    checkLinker();
    assertThat(operation).as("operation finished").isDone();
    return operation.join();
  }

  Outcome load(String name) {
    return run(engine().load(ModuleName.of(name)));
  }

  Outcome unload(String name, boolean force) {
    return run(engine().unload(ModuleName.of(name), force));
  }

  Outcome start() {
    return run(engine().start());
  }

  ModuleStatus status(String name) {
    return engine().show().stream().filter(s -> s.name().equals(ModuleName.of(name))).findFirst().orElseThrow();
  }

  boolean isRunning(ModuleName name) {
    return engine().show().stream()
        .anyMatch(s -> s.name().equals(name) && s.state() == ModuleStatus.State.RUNNING);
  }

  /** The names a module has registered, as its lib holders say. */
  List<String> registered(ModuleName name) {
    return engine().show().stream().filter(s -> s.name().equals(name)).flatMap(s -> s.libHolders().stream())
        .filter(h -> h.kind() == HolderKind.REGISTRATION).map(h -> h.id()).toList();
  }

  /** Everything {@code module show} says plus the libs the linker has mapped: what "unchanged" compares. */
  String state() {
    return engine().show().stream().map(Object::toString).collect(Collectors.joining("\n")) + "\nmapped: "
        + linker.openLibs();
  }

  /** The events of one type, as "Type(module)" or with detail, for order assertions. */
  List<String> eventsOf(Class<? extends LifecycleEvent> type) {
    return events.stream().filter(type::isInstance).map(e -> e.module().toString()).toList();
  }

  /** Lifecycle transitions only, as "started x", "stopped x", "opened x", "closed x", in order. */
  List<String> transitions() {
    List<String> lines = new ArrayList<>();
    for (LifecycleEvent event : events) {
      if (event instanceof LifecycleEvent.LibOpened) {
        lines.add("opened " + event.module());
      } else if (event instanceof LifecycleEvent.InstanceRunning) {
        lines.add("started " + event.module());
      } else if (event instanceof LifecycleEvent.InstanceStopped) {
        lines.add("stopped " + event.module());
      } else if (event instanceof LifecycleEvent.LibClosed) {
        lines.add("closed " + event.module());
      } else if (event instanceof LifecycleEvent.InstanceFailed) {
        lines.add("failed " + event.module());
      }
    }
    return lines;
  }

  void clearEvents() {
    events.clear();
    log.clear();
  }

  /**
   * Every entry point of a module's code checks that the engine lock is free and logs what it
   * saw: at unload, what the module still has registered (nothing, if registrations go first);
   * when a [canuse] provider leaves, whether that provider still runs.
   */
  private final class Witness implements ScriptedModule.Witness {
    private final ModuleName name;

    Witness(ModuleName name) {
      this.name = name;
    }

    /** Asks the engine that called, which is this world's. */
    private void checkUnlocked(ModuleContext context) {
      assertThat(((ContextLoader) context.loader()).engine().lockHeldByCurrentThread())
          .as("engine lock held while module code of %s runs", name).isFalse();
    }

    @Override
    public void load(ModuleContext context) {
      checkUnlocked(context);
      log("load " + name);
    }

    @Override
    public void unload(ModuleContext context) {
      checkUnlocked(context);
      if (!countOnly) {
        log("unload " + name + " (registered: " + registered(name) + ")");
      }
    }

    @Override
    public void canUseArrived(ModuleName provider, ModuleContext context) {
      checkUnlocked(context);
      log(name + " can use " + provider);
    }

    @Override
    public void canUseLeaving(ModuleName provider, ModuleContext context) {
      checkUnlocked(context);
      log(name + " loses " + provider + " (running: " + isRunning(provider) + ")");
    }
  }
}
