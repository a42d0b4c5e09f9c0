package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.loaderlab.engine.catalog.Checksum;
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
import org.loaderlab.engine.spi.ModuleCode;

/**
 * A small module world for engine tests: manifests and fake binaries on Jimfs, an in-memory
 * linker, a runtime that runs when told, and a listener that records every event (and checks
 * it arrives in sequence, with the lock released).
 *
 * <p>{@code module("chan_sip", "load_priority=channel_driver", "[uses]", "module=res_rtp")} writes
 * {@code chan_sip.manifest} (lines before the first section go to {@code [module]}) and
 * {@code chan_sip.so}, whose checksum the manifest carries.
 */
final class World implements AutoCloseable {

  /** Small blocks: Jimfs's default 8 KiB per file would hold 800 MB for a world of 100,000 modules. */
  final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder().setBlockSize(256).build());
  final Path modules = fs.getPath("/modules");
  final TestRuntime runtime = new TestRuntime();
  final FakeLinker linker = new FakeLinker(this);
  final List<LifecycleEvent> events = new ArrayList<>();
  final List<String> log = new ArrayList<>();
  private final Map<ModuleName, FakeModule> code = new TreeMap<>();
  private ModulesConf modulesConf = ModulesConf.empty();
  private ExtConfig extConfig = ExtConfig.empty();
  private Dialplan dialplan = Dialplan.empty();
  private LoaderConfig config = LoaderConfig.DEFAULTS;
  private LifecycleEngine engine;
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
  }

  /** Writes a module with a binary. */
  FakeModule module(String name, String... lines) {
    write(name + ".so", binary(name));
    write(name + ".manifest", manifest(name, true, lines));
    return code.computeIfAbsent(ModuleName.of(name), n -> new FakeModule(this, n));
  }

  /** Writes a module embedded in the core: a manifest and no binary. */
  FakeModule embedded(String name, String... lines) {
    write(name + ".manifest", manifest(name, false, lines));
    return code.computeIfAbsent(ModuleName.of(name), n -> new FakeModule(this, n));
  }

  FakeModule code(String name) {
    return code.get(ModuleName.of(name));
  }

  ModuleCode code(ModuleName name) {
    FakeModule found = code.get(name);
    if (found == null) {
      throw new AssertionError("no code for " + name);
    }
    return found;
  }

  /** Replaces the binary with other bytes: its checksum no longer matches. */
  void corruptBinary(String name) {
    write(name + ".so", "tampered " + name);
  }

  private static String binary(String name) {
    return "binary of " + name;
  }

  private static String manifest(String name, boolean withBinary, String... lines) {
    StringBuilder text = new StringBuilder("[module]\nname=").append(name).append('\n');
    if (withBinary) {
      text.append("checksum=").append(Checksum.of(Checksum.Algorithm.MD5, binary(name).getBytes(StandardCharsets.UTF_8)).hex())
          .append('\n');
    }
    text.append("support_level=core\n");
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }

  void write(String file, String text) {
    try {
      Files.writeString(modules.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
      engine = (LifecycleEngine) LoaderBuilder.create().modulesFolder(modules).modulesConf(modulesConf)
          .extConfig(extConfig).dialplan(dialplan).linker(linker).runtime(runtime).listener(this::record)
          .config(config).build();
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

  void checkUnlocked(String what) {
    if (engine != null) {
      assertThat(engine.lockHeldByCurrentThread()).as("engine lock held while %s runs", what).isFalse();
    }
  }

  void log(String line) {
    if (!countOnly) {
      log.add(line);
    }
  }

  /** Runs the runtime until idle and returns the operation's outcome. */
  Outcome run(CompletableFuture<Outcome> operation) {
    runtime.runUntilIdle();
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
    return engine().show().stream().map(Object::toString).collect(Collectors.joining("\n")) + "\nmapped: " + linker.open;
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
}
