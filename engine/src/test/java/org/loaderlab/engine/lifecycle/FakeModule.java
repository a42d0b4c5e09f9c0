package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * A module's code as a test scripts it: what load_module answers, what it registers, whether it
 * blocks unload, extra behaviour. Every entry point writes to the world's log and checks that the
 * engine lock is not held.
 */
final class FakeModule implements ModuleCode {

  private final World world;
  final ModuleName name;
  LoadResult result = LoadResult.SUCCESS;
  RuntimeException throwOnLoad;
  RuntimeException throwOnUnload;
  boolean blockUnload;
  final List<String[]> registrations = new ArrayList<>();
  Consumer<ModuleContext> onLoad = context -> {};
  Consumer<ModuleContext> onUnload = context -> {};

  FakeModule(World world, ModuleName name) {
    this.world = world;
    this.name = name;
  }

  FakeModule registers(RegistrationKind kind, String registered) {
    registrations.add(new String[] {kind.name(), registered});
    return this;
  }

  private void checkUnlocked(ModuleContext context) {
    assertThat(((LifecycleEngine) context.loader()).lockHeldByCurrentThread())
        .as("engine lock held while module code of %s runs", name).isFalse();
  }

  @Override
  public LoadResult load(ModuleContext context) {
    checkUnlocked(context);
    world.log("load " + name);
    for (String[] registration : registrations) {
      context.register(RegistrationKind.valueOf(registration[0]), registration[1]);
    }
    if (blockUnload) {
      context.blockUnload();
    }
    onLoad.accept(context);
    if (throwOnLoad != null) {
      throw throwOnLoad;
    }
    return result;
  }

  @Override
  public void unload(ModuleContext context) {
    checkUnlocked(context);
    if (!world.countOnly) {
      world.log("unload " + name + " (registered: " + world.registered(name) + ")");
    }
    onUnload.accept(context);
    if (throwOnUnload != null) {
      throw throwOnUnload;
    }
  }

  @Override
  public void canUseArrived(ModuleName provider, ModuleContext context) {
    checkUnlocked(context);
    world.log(name + " can use " + provider);
  }

  @Override
  public void canUseLeaving(ModuleName provider, ModuleContext context) {
    checkUnlocked(context);
    world.log(name + " loses " + provider + " (running: " + world.isRunning(provider) + ")");
  }
}
