package org.loaderlab.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * Goal: a scripted module does exactly its script, in the documented order (register, block,
 * callback, then throw or answer), and records every entry point called. Method: a recording
 * context stands in for the engine.
 */
class ScriptedModuleTest {

  /** Records what the module asked of the engine, in order. */
  private static final class RecordingContext implements ModuleContext {
    final List<String> asked = new ArrayList<>();

    @Override
    public ModuleName module() {
      return ModuleName.of("res_x");
    }

    @Override
    public Registration register(RegistrationKind kind, String name) {
      asked.add("register " + kind + " " + name);
      return new Registration() {
        @Override
        public ModuleName module() {
          return ModuleName.of("res_x");
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
        public void unregister() {}
      };
    }

    @Override
    public void blockUnload() {
      asked.add("blockUnload");
    }

    @Override
    public ModuleLoader loader() {
      throw new UnsupportedOperationException("no loader in this test");
    }
  }

  private final RecordingContext context = new RecordingContext();

  @Test
  void succeeding_startsAndRecordsCalls() {
    ScriptedModule module = ScriptedModule.succeeding();
    assertThat(module.load(context)).isEqualTo(LoadResult.SUCCESS);
    module.canUseArrived(ModuleName.of("res_y"), context);
    module.canUseLeaving(ModuleName.of("res_y"), context);
    module.unload(context);
    assertThat(module.calls()).containsExactly("load", "canUseArrived res_y", "canUseLeaving res_y", "unload");
    assertThat(module.loadCount()).isEqualTo(1);
    assertThat(module.unloadRan()).isTrue();
    assertThat(context.asked).isEmpty();
    assertThat(module.lastContext()).containsSame(context);
  }

  @Test
  void load_registersThenBlocksThenCallsBack_thenAnswersTheScript() {
    ScriptedModule module = ScriptedModule.builder()
        .registers(RegistrationKind.APPLICATION, "Dial")
        .blockUnload()
        .onLoad(ctx -> context.asked.add("callback"))
        .loadResult(LoadResult.DECLINE)
        .build();
    assertThat(module.load(context)).isEqualTo(LoadResult.DECLINE);
    assertThat(context.asked).containsExactly("register APPLICATION Dial", "blockUnload", "callback");
    assertThat(module.registrations()).extracting(Registration::name).containsExactly("Dial");
  }

  @Test
  void loadThrows_afterRegistering() {
    ScriptedModule module = ScriptedModule.builder()
        .registers(RegistrationKind.FUNCTION, "CUT")
        .loadThrows(new IllegalStateException("crash in load_module"))
        .build();
    assertThatThrownBy(() -> module.load(context)).hasMessage("crash in load_module");
    assertThat(context.asked).containsExactly("register FUNCTION CUT");
  }

  @Test
  void unload_runsCallbackThenThrowsWhenScripted() {
    ScriptedModule module = ScriptedModule.builder()
        .onUnload(ctx -> context.asked.add("unload callback"))
        .unloadThrows(new IllegalStateException("unload broke"))
        .build();
    assertThatThrownBy(() -> module.unload(context)).hasMessage("unload broke");
    assertThat(context.asked).containsExactly("unload callback");
    assertThat(module.unloadCount()).isEqualTo(1);
  }

  @Test
  void registrationsFor_mapsRegistrableKinds_andSkipsTheRest() {
    Manifest manifest = new Manifest(ModuleName.of("res_x"), Optional.empty(), SupportLevel.CORE, Optional.empty(),
        false, Manifest.minimal(ModuleName.of("res_x")).loadPriority(), List.of(), Optional.empty(), List.of(),
        List.of(), List.of(
            Provision.of(Kinds.APPLICATION, "Dial"),
            Provision.of(Kinds.FUNCTION, "CUT"),
            Provision.of(Kinds.MANAGER, "Originate"),
            Provision.of(Kinds.AGI, "exec"),
            Provision.of(Kinds.REALTIME, "sqlite3"),
            new Provision("timing", "timerfd", OptionalInt.of(200))));
    assertThat(ScriptedModule.registrationsFor(manifest)).containsExactly(
        new ScriptedModule.Registered(RegistrationKind.APPLICATION, "Dial"),
        new ScriptedModule.Registered(RegistrationKind.FUNCTION, "CUT"),
        new ScriptedModule.Registered(RegistrationKind.MANAGER_ACTION, "Originate"),
        new ScriptedModule.Registered(RegistrationKind.AGI_COMMAND, "exec"));
    ScriptedModule module = ScriptedModule.builder().registersProvided(manifest).build();
    module.load(context);
    assertThat(context.asked).containsExactly("register APPLICATION Dial", "register FUNCTION CUT",
        "register MANAGER_ACTION Originate", "register AGI_COMMAND exec");
  }

  @Test
  void witness_seesEveryEntryPointFirst_beforeTheScriptRuns() {
    ScriptedModule.Witness witness = new ScriptedModule.Witness() {
      @Override
      public void load(ModuleContext ctx) {
        context.asked.add("witness load");
      }

      @Override
      public void unload(ModuleContext ctx) {
        context.asked.add("witness unload");
      }

      @Override
      public void canUseArrived(ModuleName provider, ModuleContext ctx) {
        context.asked.add("witness canUseArrived " + provider);
      }

      @Override
      public void canUseLeaving(ModuleName provider, ModuleContext ctx) {
        context.asked.add("witness canUseLeaving " + provider);
      }
    };
    ScriptedModule module = ScriptedModule.builder()
        .witness(witness)
        .registers(RegistrationKind.APPLICATION, "Dial")
        .onUnload(ctx -> context.asked.add("unload callback"))
        .build();
    module.load(context);
    module.canUseArrived(ModuleName.of("res_y"), context);
    module.canUseLeaving(ModuleName.of("res_y"), context);
    module.unload(context);
    assertThat(context.asked).containsExactly("witness load", "register APPLICATION Dial",
        "witness canUseArrived res_y", "witness canUseLeaving res_y", "witness unload", "unload callback");
    assertThat(module.calls()).containsExactly("load", "canUseArrived res_y", "canUseLeaving res_y", "unload");
  }

  @Test
  void builder_eachBuildTakesTheScriptAsItIsThen() {
    ScriptedModule.Builder script = ScriptedModule.builder();
    ScriptedModule before = script.build();
    script.loadResult(LoadResult.FAILURE).registers(RegistrationKind.FUNCTION, "CUT");
    ScriptedModule after = script.build();
    assertThat(before.load(context)).isEqualTo(LoadResult.SUCCESS);
    assertThat(context.asked).isEmpty();
    assertThat(after.load(context)).isEqualTo(LoadResult.FAILURE);
    assertThat(context.asked).containsExactly("register FUNCTION CUT");
  }
}
