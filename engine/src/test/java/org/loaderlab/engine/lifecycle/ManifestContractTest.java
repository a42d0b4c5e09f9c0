package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.engine.spi.RegistrationRefusedException;

/**
 * Goal: the manifest is the contract the engine enforces on module code. A registration of an
 * application, function, manager action or AGI command that the manifest's {@code [provides]}
 * does not name is refused (a {@link RegistrationRefusedException} the code sees, nothing in the
 * api_registry, no RegistrationAdded, a journal line naming module, kind and name); CLI commands
 * and channel techs have no manifest line and pass; applications match case-insensitively. A user
 * taken by module code on a module that meets none of its declared needs ({@code [uses]},
 * {@code [canuse]}, modules.conf {@code [uses]}, extconfig) is refused with a
 * {@link ModuleUnavailableException}; a user the core takes is not judged. Method: the rules
 * alone on manifests, then the lifecycle world where res_u's load_module tries what a test says
 * and catches what the engine answers.
 */
class ManifestContractTest {

  private static final ModuleName RES_T = ModuleName.of("res_t");
  private static final ModuleName RES_U = ModuleName.of("res_u");

  private final World world = new World();
  /** What res_u's load_module was answered, one line per attempt. */
  private final List<String> answers = new ArrayList<>();

  @AfterEach
  void close() throws IOException {
    world.close();
  }

  private static Manifest providing(Provision... provides) {
    return new Manifest(RES_U, Optional.empty(), SupportLevel.CORE, Optional.empty(), false, LoadPriority.DEFAULT,
        List.of(), Optional.empty(), List.of(), List.of(), List.of(provides));
  }

  @Test
  void provides_applicationInAnotherCase_matches() {
    Manifest manifest = providing(Provision.of("application", "Dial"));
    assertThat(ManifestContract.provides(manifest, RegistrationKind.APPLICATION, "DIAL")).isTrue();
  }

  @Test
  void provides_functionInAnotherCase_doesNotMatch() {
    Manifest manifest = providing(Provision.of("function", "CUT"));
    assertThat(ManifestContract.provides(manifest, RegistrationKind.FUNCTION, "CUT")).isTrue();
    assertThat(ManifestContract.provides(manifest, RegistrationKind.FUNCTION, "cut")).isFalse();
  }

  @Test
  void provides_sameNameOfAnotherKind_doesNotMatch() {
    Manifest manifest = providing(Provision.of("function", "Thing"), Provision.of("realtime", "Thing"));
    assertThat(ManifestContract.provides(manifest, RegistrationKind.APPLICATION, "Thing")).isFalse();
    assertThat(ManifestContract.provides(manifest, RegistrationKind.MANAGER_ACTION, "Thing")).isFalse();
  }

  @Test
  void provides_managerActionAndAgiCommand_byTheirManifestKinds() {
    Manifest manifest = providing(Provision.of("manager", "Originate"), Provision.of("agi", "exec"));
    assertThat(ManifestContract.provides(manifest, RegistrationKind.MANAGER_ACTION, "Originate")).isTrue();
    assertThat(ManifestContract.provides(manifest, RegistrationKind.AGI_COMMAND, "exec")).isTrue();
    assertThat(ManifestContract.provides(manifest, RegistrationKind.AGI_COMMAND, "answer")).isFalse();
  }

  @Test
  void provides_cliCommandAndChannelTech_needNoManifestLine() {
    Manifest manifest = providing();
    assertThat(ManifestContract.provides(manifest, RegistrationKind.CLI_COMMAND, "sip show peers")).isTrue();
    assertThat(ManifestContract.provides(manifest, RegistrationKind.CHANNEL_TECH, "SIP")).isTrue();
  }

  /** res_u, whose load_module registers {@code kind name} and notes the answer, then succeeds. */
  private void registering(RegistrationKind kind, String name, String... manifest) {
    world.module("res_u", manifest).onLoad(context -> {
      try {
        context.register(kind, name);
        answers.add("registered");
      } catch (RuntimeException refused) {
        answers.add(refused.getClass().getSimpleName() + ": " + refused.getMessage());
      }
    });
    world.load("res_u");
  }

  @Test
  void register_applicationNotProvided_isRefused_andNothingIsRegistered() {
    registering(RegistrationKind.APPLICATION, "Foo", "[provides]", "application=Bar");
    assertThat(answers).containsExactly(
        "RegistrationRefusedException: res_u may not register application 'Foo': its manifest does not provide it");
    assertThat(world.isRunning(RES_U)).as("load_module went on without it").isTrue();
    assertThat(world.events).noneMatch(LifecycleEvent.RegistrationAdded.class::isInstance);
    assertThat(world.registered(RES_U)).isEmpty();
    assertThatThrownBy(() -> world.engine().execute(RegistrationKind.APPLICATION, "Foo", () -> "ran"))
        .isInstanceOf(ModuleUnavailableException.class).hasMessage("no running module registers application 'Foo'");
  }

  @Test
  void register_applicationNotProvided_isInTheJournal() {
    registering(RegistrationKind.APPLICATION, "Foo");
    assertThat(String.join("\n", world.engine().journal()))
        .contains("res_u may not register application 'Foo': its manifest does not provide it");
  }

  @Test
  void register_refused_isAnIllegalArgumentException_asTheSpiDocuments() {
    registering(RegistrationKind.FUNCTION, "CUT");
    assertThat(new RegistrationRefusedException("x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(answers).containsExactly(
        "RegistrationRefusedException: res_u may not register function 'CUT': its manifest does not provide it");
  }

  @Test
  void register_applicationProvidedInAnotherCase_isRegistered() {
    registering(RegistrationKind.APPLICATION, "DIAL", "[provides]", "application=Dial");
    assertThat(answers).containsExactly("registered");
    assertThat(world.registered(RES_U)).containsExactly("application:DIAL");
  }

  @Test
  void register_cliCommandWithoutAManifestLine_isRegistered() {
    registering(RegistrationKind.CLI_COMMAND, "u show");
    assertThat(answers).containsExactly("registered");
    assertThat(world.eventsOf(LifecycleEvent.RegistrationAdded.class)).containsExactly("res_u");
  }

  @Test
  void register_channelTechWithoutAManifestLine_isRegistered() {
    registering(RegistrationKind.CHANNEL_TECH, "U");
    assertThat(answers).containsExactly("registered");
  }

  @Test
  void register_refusedInAScriptedLoad_failsTheLoad_andLeavesNothingBehind() {
    world.module("res_u").registers(RegistrationKind.MANAGER_ACTION, "UStatus");
    Outcome outcome = world.load("res_u");
    assertThat(outcome.success()).isFalse();
    assertThat(world.isRunning(RES_U)).isFalse();
    assertThat(world.linker.openLibs()).isEmpty();
    assertThat(world.events).noneMatch(LifecycleEvent.RegistrationAdded.class::isInstance);
  }

  /** res_t providing {@code provides}, then res_u whose load_module takes a user of res_t and notes the answer. */
  private void using(List<String> target, String... manifest) {
    world.module("res_t", target.toArray(String[]::new));
    world.module("res_u", manifest).onLoad(context -> {
      try {
        context.loader().addUser(RES_T, HolderKind.USER, "res_u", () -> {}).release();
        answers.add("used");
      } catch (ModuleUnavailableException refused) {
        answers.add("ModuleUnavailableException: " + refused.getMessage());
      }
    });
    world.load("res_t");
    world.load("res_u");
  }

  @Test
  void addUser_fromCodeOfAModuleThatDeclaresNothing_isRefused() {
    using(List.of());
    assertThat(answers).containsExactly("ModuleUnavailableException: res_u may not use res_t: none of the needs it"
        + " declares ([uses], [canuse], modules.conf [uses], extconfig) is met by res_t");
    assertThat(world.events).filteredOn(LifecycleEvent.ReferenceTaken.class::isInstance)
        .map(LifecycleEvent.ReferenceTaken.class::cast)
        .noneMatch(taken -> taken.holder().kind() == HolderKind.USER || taken.holder().kind() == HolderKind.USER_CALLBACK);
    assertThat(String.join("\n", world.engine().journal())).contains("res_u may not use res_t: none of the needs");
  }

  @Test
  void addUser_ofAModuleThatMeetsAnotherNeed_isRefused() {
    world.module("res_other");
    using(List.of(), "[uses]", "module=res_other");
    assertThat(answers).singleElement().asString().startsWith("ModuleUnavailableException: res_u may not use res_t");
  }

  @Test
  void addUser_declaredInUses_isTaken() {
    using(List.of(), "[uses]", "module=res_t");
    assertThat(answers).containsExactly("used");
  }

  @Test
  void addUser_declaredInCanUse_isTaken() {
    using(List.of(), "[canuse]", "module=res_t");
    assertThat(answers).containsExactly("used");
  }

  @Test
  void addUser_ofTheProviderOfAUsedApplication_isTaken() {
    using(List.of("[provides]", "application=Thing"), "[uses]", "application=thing");
    assertThat(answers).containsExactly("used");
  }

  @Test
  void addUser_ofAnyProviderOfAService_notOnlyTheBest_isTaken() {
    world.module("res_best", "[provides]", "timing=best:200");
    using(List.of("[provides]", "timing=worse:100"), "[canuse]", "service=timing");
    assertThat(answers).containsExactly("used");
  }

  @Test
  void addUser_declaredInModulesConfUses_isTaken() {
    world.modulesConf("[modules]", "autoload=no", "[uses]", "res_u=res_t");
    using(List.of());
    assertThat(answers).containsExactly("used");
  }

  @Test
  void addUser_ofTheRealtimeDriverOfItsConfigFile_isTaken() {
    world.extConfig("[settings]", "u.conf => sqlite3,asterisk,u");
    using(List.of("[provides]", "realtime=sqlite3"), "config=u.conf");
    assertThat(answers).containsExactly("used");
  }

  @Test
  void addUser_fromTheCore_isNeverJudgedByAManifest() throws Exception {
    using(List.of());
    UserHandle channel = world.engine().addUser(RES_T, HolderKind.CHANNEL, "SIP/1", () -> {});
    UserHandle user = world.engine().addUser(RES_T, HolderKind.USER, "res_u", () -> {});
    assertThat(world.status("res_t").instanceHolders()).hasSize(3); // the admin, the channel, the user
    channel.release();
    user.release();
  }
}
