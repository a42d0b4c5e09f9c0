package org.loaderlab.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.ModuleName;

/** A legacy loader on a toy world, a toy linker and a toy runtime, with every event it emits. */
final class ToyRun {

  final ToyWorld world;
  final ToyLinker linker = new ToyLinker();
  final ToyRuntime runtime = new ToyRuntime();
  final List<LifecycleEvent> events = new ArrayList<>();
  final LegacyLoader loader;

  ToyRun(ToyWorld world, String modulesConf, LegacyFaults faults) {
    this(world, modulesConf, "", faults);
  }

  ToyRun(ToyWorld world, String modulesConf, String extensionsConf, LegacyFaults faults) {
    this.world = world;
    this.loader = LegacyLoader.builder()
        .modulesFolder(world.modules)
        .modulesConf(new ModulesConfParser().parseText("modules.conf", modulesConf).orElseThrow())
        .dialplan(new DialplanParser().parseText("extensions.conf", extensionsConf).orElseThrow())
        .linker(linker)
        .runtime(runtime)
        .listener(events::add)
        .faults(faults)
        .build();
  }

  ToyRun(ToyWorld world) {
    this(world, "[modules]\nautoload=no\n", LegacyFaults.today());
  }

  Outcome await(CompletableFuture<Outcome> operation) {
    runtime.runUntilIdle();
    assertThat(operation).isDone();
    return operation.join();
  }

  Outcome load(String module) {
    return await(loader.load(ModuleName.of(module)));
  }

  Outcome unload(String module, boolean force) {
    return await(loader.unload(ModuleName.of(module), force));
  }

  ModuleStatus status(String module) {
    return loader.show().stream().filter(line -> line.name().equals(ModuleName.of(module))).findFirst().orElseThrow();
  }

  boolean running(String module) {
    return status(module).state() == ModuleStatus.State.RUNNING;
  }

  /** The events as short lines, {@code "InstanceRunning res_b"}, {@code "ReferenceTaken res_b INSTANCE dependent:app_a"}. */
  List<String> trace() {
    return events.stream().map(ToyRun::line).toList();
  }

  /** The trace lines starting with {@code prefix}. */
  List<String> trace(String prefix) {
    return trace().stream().filter(line -> line.startsWith(prefix)).toList();
  }

  static String line(LifecycleEvent event) {
    String head = event.getClass().getSimpleName() + " " + event.module();
    if (event instanceof LifecycleEvent.ReferenceTaken taken) {
      return head + " " + taken.target() + " " + taken.holder();
    } else if (event instanceof LifecycleEvent.ReferenceDropped dropped) {
      return head + " " + dropped.target() + " " + dropped.holder();
    } else if (event instanceof LifecycleEvent.UserCancelled cancelled) {
      return head + " " + cancelled.user();
    } else if (event instanceof LifecycleEvent.RegistrationAdded added) {
      return head + " " + added.kind() + " " + added.name();
    } else if (event instanceof LifecycleEvent.RegistrationRemoved removed) {
      return head + " " + removed.kind() + " " + removed.name();
    } else if (event instanceof LifecycleEvent.LoadRefused refused) {
      return head + ": " + refused.reason();
    } else if (event instanceof LifecycleEvent.InstanceFailed failed) {
      return head + ": " + failed.reason();
    }
    return head;
  }
}
