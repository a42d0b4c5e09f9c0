package org.loaderlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.catalog.CatalogScanner;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleContext;
import org.loaderlab.engine.spi.Registration;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * Goal: the dry linker makes every module of a world start and register exactly what its
 * manifest provides (services and realtime drivers register nothing), without reading a binary.
 * Method: the seed world's catalog, and a context that records registrations.
 */
class PlanWorldLinkerTest {

  private static final Path SEED_MODULES =
      Path.of(System.getProperty("loaderlab.fixtures", "../fixtures")).resolve("worlds/seed/modules");

  private static final ModuleCatalog CATALOG =
      new CatalogScanner().scan(SEED_MODULES, CatalogScanner.Verify.NOTHING).orElseThrow();

  /** Records what module code registers. */
  private static final class RecordingContext implements ModuleContext {
    final List<String> registered = new ArrayList<>();
    private final ModuleName module;

    RecordingContext(ModuleName module) {
      this.module = module;
    }

    @Override
    public ModuleName module() {
      return module;
    }

    @Override
    public Registration register(RegistrationKind kind, String name) {
      registered.add(kind + " " + name);
      return null;
    }

    @Override
    public void blockUnload() {
      throw new AssertionError("the dry linker never blocks an unload");
    }

    @Override
    public ModuleLoader loader() {
      throw new AssertionError("the dry linker never calls the loader");
    }
  }

  private static List<String> load(String module) {
    ModuleName name = ModuleName.of(module);
    LinkedLib lib = new PlanWorldLinker(CATALOG).open(name, Optional.of(Path.of("no/such/binary.so")));
    RecordingContext context = new RecordingContext(name);
    assertThat(lib.code().load(context)).isEqualTo(LoadResult.SUCCESS);
    lib.close();
    return context.registered;
  }

  @Test
  void open_codeRegistersApplicationsAndFunctions_inManifestOrder() {
    assertThat(load("app_stack")).containsExactly("APPLICATION Gosub", "APPLICATION GosubIf", "APPLICATION Return",
        "APPLICATION StackPop", "FUNCTION LOCAL", "FUNCTION LOCAL_PEEK", "FUNCTION STACK_PEEK");
  }

  @Test
  void open_realtimeDriverAndTimingService_registerNothing_butStillSucceed() {
    assertThat(load("res_config_sqlite3")).isEmpty();
    assertThat(load("res_timing_timerfd")).isEmpty();
  }

  @Test
  void open_moduleUnknownToTheCatalog_registersNothing() {
    assertThat(load("res_installed_later")).isEmpty();
  }

  @Test
  void registrations_mapEachManifestKindToItsRegistrationKind() {
    List<Provision> provides = List.of(
        Provision.of("manager", "Originate"),
        Provision.of("agi", "say number"),
        Provision.of("realtime", "odbc"));
    assertThat(PlanWorldLinker.registrations(provides)).containsExactly(
        new PlanWorldLinker.Provided(RegistrationKind.MANAGER_ACTION, "Originate"),
        new PlanWorldLinker.Provided(RegistrationKind.AGI_COMMAND, "say number"));
  }
}
