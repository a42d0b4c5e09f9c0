package org.loaderlab.linker;

import java.util.Optional;
import org.loaderlab.binary.BinaryThread;
import org.loaderlab.binary.EngineCall;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.Registered;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * The entry points of one mapping of a fake binary, interpreted. Each runs through the guard, so
 * the engine calling into a lib it has closed is a recorded segfault (and {@code load_module}
 * then answers {@link LoadResult#FAILURE}, since the engine needs an answer).
 *
 * <p>{@code load_module}: register what {@code [registers]} says (a registration the core refuses
 * makes the load fail, as {@code res |= ast_register_...} does in real modules); call
 * {@code block_unload} if told to; make the {@code on_load} calls; answer {@code load=}, and only
 * on success start the threads and take the {@code user_of} uses. {@code unload_module}, if the
 * binary has one: stop its threads, let go of its uses, make the {@code on_unload} calls.
 */
final class FakeModuleCode implements ModuleCode {

  private final LibRef lib;
  private final FakeBinary image;
  private final AddressSpace space;
  private final ModuleThreads threads;
  private final HeldUses uses;
  /** Loads of this mapping so far: a lib that stays open (blocked, say) may be started again. */
  private int loadCount;

  FakeModuleCode(LibRef lib, FakeBinary image, AddressSpace space, ModuleThreads threads, HeldUses uses) {
    this.lib = lib;
    this.image = image;
    this.space = space;
    this.threads = threads;
    this.uses = uses;
  }

  @Override
  public LoadResult load(ModuleContext context) {
    return space.call(lib, CodeKind.LOAD_MODULE, "load_module", () -> start(context)).orElse(LoadResult.FAILURE);
  }

  private LoadResult start(ModuleContext context) {
    ModuleLoader loader = context.loader();
    loadCount++;
    // Names what this load starts (threads, uses): unique even if an earlier load's are still alive.
    String instance = loadCount == 1 ? lib.toString() : lib + "~" + loadCount;
    boolean refused = false;
    for (Registered registered : image.registers()) {
      Optional<RegistrationKind> kind = registered.registrationKind();
      if (kind.isPresent()) { // realtime drivers and services live in registries the engine does not keep
        refused |= !register(context, kind.get(), registered);
      }
    }
    if (image.blockUnload()) {
      blockUnload(context);
    }
    for (EngineCall call : image.adversarial().onLoad()) {
      EngineCalls.make(space, lib, call, loader);
    }
    LoadResult result = refused ? LoadResult.FAILURE : image.loadResult();
    if (result == LoadResult.SUCCESS) {
      for (BinaryThread thread : image.threads()) {
        threads.start(lib, instance, image, thread, loader);
      }
      for (ModuleName target : image.adversarial().userOf()) {
        uses.take(lib, instance, target, image.adversarial(), loader);
      }
    }
    return result;
  }

  private boolean register(ModuleContext context, RegistrationKind kind, Registered registered) {
    try {
      context.register(kind, registered.name());
    } catch (IllegalStateException | IllegalArgumentException refused) {
      space.record(new Observation.EngineRefused(space.step(), lib, "register " + registered,
          EngineCalls.reason(refused)));
      return false;
    }
    space.registered(kind, registered.name(), lib);
    return true;
  }

  private void blockUnload(ModuleContext context) {
    space.record(new Observation.EngineCalled(space.step(), lib, "block_unload"));
    try {
      context.blockUnload();
    } catch (IllegalStateException refused) {
      space.record(new Observation.EngineRefused(space.step(), lib, "block_unload", EngineCalls.reason(refused)));
    }
  }

  @Override
  public void unload(ModuleContext context) {
    if (!image.unloadModule()) {
      return; // no unload_module: no code runs, and its threads and uses live on
    }
    space.run(lib, CodeKind.UNLOAD_MODULE, "unload_module", () -> {
      threads.exitAll(lib);
      uses.releaseAll(lib);
      for (EngineCall call : image.adversarial().onUnload()) {
        EngineCalls.make(space, lib, call, context.loader());
      }
    });
  }

  @Override
  public void canUseArrived(ModuleName provider, ModuleContext context) {
    space.run(lib, CodeKind.CANUSE_CALLBACK, "arrived " + provider, () -> {});
  }

  @Override
  public void canUseLeaving(ModuleName provider, ModuleContext context) {
    space.run(lib, CodeKind.CANUSE_CALLBACK, "leaving " + provider, () -> {});
  }
}
