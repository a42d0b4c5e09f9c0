package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.Linker;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.property.tape.ChoiceTape;

/**
 * Goal: through the delaying linker, module code gets the same lib and the same context, except
 * that the context's loader (whoever the engine handed it) postpones the releases of what the
 * code takes, in every entry point; opening, a failed open and closing reach the linker unchanged.
 * Method: a linker whose code takes and releases a user in each entry point, on a recording loader.
 */
class DelayingLinkerTest {

  private static final ModuleName APP_X = ModuleName.of("app_x");
  private static final ModuleName RES_Y = ModuleName.of("res_y");

  private final long[] step = {0};
  private final List<String> seen = new ArrayList<>();
  private HandleRecordingLoader inner;
  private Postponer postponer;
  private boolean closed;

  @BeforeEach
  void setUp() {
    inner = new HandleRecordingLoader();
    TraceRecorder trace = new TraceRecorder(() -> step[0], new ObservationLog());
    postponer = new Postponer(3, ChoiceTape.replay(new int[] {3, 3, 3, 3}, 100), () -> step[0], trace);
  }

  /** Code that takes a user of res_y and lets it go at once, in whichever entry point runs. */
  private final class UsingCode implements ModuleCode {
    private void use(String entry, ModuleContext context) {
      seen.add(entry + " " + context.module());
      try {
        context.loader().addUser(RES_Y, HolderKind.USER, entry, () -> {}).release();
      } catch (ModuleUnavailableException e) {
        throw new AssertionError(e);
      }
    }

    @Override
    public LoadResult load(ModuleContext context) {
      use("load", context);
      return LoadResult.SUCCESS;
    }

    @Override
    public void unload(ModuleContext context) {
      use("unload", context);
    }

    @Override
    public void canUseArrived(ModuleName provider, ModuleContext context) {
      use("arrived", context);
    }

    @Override
    public void canUseLeaving(ModuleName provider, ModuleContext context) {
      use("leaving", context);
    }
  }

  private final Linker linker = (module, binary) -> {
    if (binary.isEmpty()) {
      throw new LinkException(module + " has no binary");
    }
    return new LinkedLib() {
      private final ModuleCode code = new UsingCode();

      @Override
      public ModuleCode code() {
        return code;
      }

      @Override
      public void close() {
        closed = true;
      }
    };
  };

  private final ModuleContext context = new ModuleContext() {
    @Override
    public ModuleName module() {
      return APP_X;
    }

    @Override
    public Registration register(RegistrationKind kind, String name) {
      seen.add("register " + name);
      return null;
    }

    @Override
    public void blockUnload() {
      seen.add("blockUnload");
    }

    @Override
    public ModuleLoader loader() {
      return inner;
    }
  };

  private LinkedLib open() throws LinkException {
    return new DelayingLinker(linker, postponer).open(APP_X, Optional.of(Path.of("app_x.so")));
  }

  @Test
  void open_everyEntryPoint_releasesOfTheCodeLetGoLate() throws LinkException {
    ModuleCode code = open().code();
    assertThat(code.load(context)).isEqualTo(LoadResult.SUCCESS);
    code.canUseArrived(RES_Y, context);
    code.canUseLeaving(RES_Y, context);
    code.unload(context);
    assertThat(seen).containsExactly("load app_x", "arrived app_x", "leaving app_x", "unload app_x");
    assertThat(inner.releases).isEmpty();
    assertThat(postponer.pendingCount()).isEqualTo(4);
    step[0] = 3;
    assertThat(postponer.runDue()).isEqualTo(4);
    assertThat(inner.releases).containsExactly("user:load on res_y", "user:arrived on res_y", "user:leaving on res_y",
        "user:unload on res_y");
  }

  @Test
  void open_contextAsked_passesThroughToTheEngineContext() throws LinkException {
    ModuleCode code = new DelayingLinker((module, binary) -> new LinkedLib() {
      @Override
      public ModuleCode code() {
        return moduleContext -> {
          moduleContext.register(RegistrationKind.APPLICATION, "XApp");
          moduleContext.blockUnload();
          assertThat(moduleContext.loader()).isInstanceOf(DelayingLoader.class);
          return LoadResult.DECLINE;
        };
      }

      @Override
      public void close() {}
    }, postponer).open(APP_X, Optional.empty()).code();
    assertThat(code.load(context)).isEqualTo(LoadResult.DECLINE);
    assertThat(seen).containsExactly("register XApp", "blockUnload");
  }

  @Test
  void close_reachesTheLib() throws LinkException {
    LinkedLib lib = open();
    assertThat(closed).isFalse();
    lib.close();
    assertThat(closed).isTrue();
  }

  @Test
  void open_linkerRefuses_sameException() {
    assertThatThrownBy(() -> new DelayingLinker(linker, postponer).open(APP_X, Optional.empty()))
        .isInstanceOf(LinkException.class).hasMessage("app_x has no binary");
  }
}
