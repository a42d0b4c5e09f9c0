package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.oracle.WorldFacts;

/**
 * Goal: the needs graph over-approximates who may need whom (every provider of a {@code [uses]}
 * need, modules.conf {@code [uses]} and the realtime driver of a config file), never counts {@code [canuse]} or a module providing its
 * own need, and reachability follows it transitively, a module reaching itself, through loops
 * without hanging. Method: hand-made manifests and graphs.
 */
class NeedsTest {

  private static final ModuleName APP_X = ModuleName.of("app_x");
  private static final ModuleName APP_DIAL = ModuleName.of("app_dial");
  private static final ModuleName APP_DIAL2 = ModuleName.of("app_dial2");
  private static final ModuleName RES_Y = ModuleName.of("res_y");
  private static final ModuleName RES_Z = ModuleName.of("res_z");

  private static Manifest manifest(ModuleName name, List<Requirement> uses, List<Requirement> canUse,
      List<Provision> provides) {
    return new Manifest(name, Optional.empty(), SupportLevel.CORE, Optional.empty(), false, LoadPriority.DEFAULT,
        List.of(), Optional.empty(), uses, canUse, provides);
  }

  private static Manifest provider(ModuleName name, String application) {
    return manifest(name, List.of(), List.of(), List.of(Provision.of("application", application)));
  }

  private static SortedSet<ModuleName> set(ModuleName... modules) {
    return new TreeSet<>(List.of(modules));
  }

  @Test
  void of_applicationNeed_everyProviderCounted() {
    WorldFacts facts = WorldFacts.builder()
        .manifest(manifest(APP_X, List.of(new Requirement("application", "Dial")), List.of(), List.of()))
        .manifest(provider(APP_DIAL, "Dial"))
        .manifest(provider(APP_DIAL2, "Dial"))
        .build();
    assertThat(Needs.of(facts)).containsExactly(Map.entry(APP_X, set(APP_DIAL, APP_DIAL2)));
  }

  @Test
  void of_ownProvision_notANeed_moduleLeftOut() {
    WorldFacts facts = WorldFacts.builder()
        .manifest(manifest(APP_DIAL, List.of(new Requirement("application", "Dial")), List.of(),
            List.of(Provision.of("application", "Dial"))))
        .build();
    assertThat(Needs.of(facts)).isEmpty();
  }

  @Test
  void of_canUse_notANeed() {
    WorldFacts facts = WorldFacts.builder()
        .manifest(manifest(APP_X, List.of(), List.of(Requirement.module(RES_Y)), List.of()))
        .manifest(manifest(RES_Y, List.of(Requirement.module(APP_X)), List.of(), List.of()))
        .build();
    assertThat(Needs.of(facts)).containsExactly(Map.entry(RES_Y, set(APP_X)));
  }

  @Test
  void of_modulesConfUses_counted() {
    WorldFacts facts = WorldFacts.builder()
        .modulesConf(new ModulesConfParser().parseText("modules.conf", "[uses]\napp_x=res_y\n").orElseThrow())
        .manifest(manifest(APP_X, List.of(Requirement.module(RES_Z)), List.of(), List.of()))
        .manifest(Manifest.minimal(RES_Y))
        .manifest(Manifest.minimal(RES_Z))
        .build();
    assertThat(Needs.of(facts)).containsExactly(Map.entry(APP_X, set(RES_Y, RES_Z)));
  }

  @Test
  void of_configServedByRealtime_driverProviderCounted() {
    ModuleName pbxConfig = ModuleName.of("pbx_config");
    ModuleName sqlite = ModuleName.of("res_config_sqlite3");
    WorldFacts facts = WorldFacts.builder()
        .extConfig(new ExtConfigParser().parseText("extconfig.conf",
            "[settings]\nextensions.conf => sqlite3,asterisk,ast_config\n").orElseThrow())
        .manifest(new Manifest(pbxConfig, Optional.empty(), SupportLevel.CORE, Optional.empty(), false,
            LoadPriority.DEFAULT, List.of("extensions.conf"), Optional.empty(), List.of(), List.of(), List.of()))
        .manifest(manifest(sqlite, List.of(), List.of(), List.of(Provision.of("realtime", "sqlite3"))))
        .build();
    assertThat(Needs.of(facts)).containsExactly(Map.entry(pbxConfig, set(sqlite)));
  }

  @Test
  void of_needWithoutProvider_leftOut() {
    WorldFacts facts = WorldFacts.builder()
        .manifest(manifest(APP_X, List.of(Requirement.module(RES_Y)), List.of(), List.of()))
        .build();
    assertThat(Needs.of(facts)).isEmpty();
  }

  @Test
  void reaches_itself_evenWithNoNeeds() {
    assertThat(Needs.reaches(Map.of(), APP_X, APP_X)).isTrue();
  }

  @Test
  void reaches_directAndThroughOthers_butNotBackwards() {
    Map<ModuleName, SortedSet<ModuleName>> needs = Map.of(APP_X, set(RES_Y), RES_Y, set(RES_Z));
    assertThat(Needs.reaches(needs, APP_X, RES_Y)).isTrue();
    assertThat(Needs.reaches(needs, APP_X, RES_Z)).isTrue();
    assertThat(Needs.reaches(needs, RES_Z, APP_X)).isFalse();
    assertThat(Needs.reaches(needs, RES_Y, APP_X)).isFalse();
  }

  @Test
  void reaches_loopWithoutTarget_endsFalse() {
    Map<ModuleName, SortedSet<ModuleName>> needs = Map.of(APP_X, set(RES_Y), RES_Y, set(APP_X, RES_Y));
    assertThat(Needs.reaches(needs, APP_X, RES_Z)).isFalse();
  }
}
