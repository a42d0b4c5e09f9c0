package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.world.World;

/**
 * Goal: the facts of a world are read from its files as they are now (manifests, modules.conf,
 * extconfig.conf, which binaries were tampered with, which threadstorage keys have destructors),
 * and facts built by hand check their arguments. Method: the seed fixture world, then one binary
 * replaced.
 */
class WorldFactsTest {

  @Test
  void read_seedWorld_manifestsConfAndDestructors() {
    try (World world = World.fromFolder(SeedRun.fixtures().resolve("worlds/seed")).orElseThrow()) {
      WorldFacts facts = WorldFacts.read(world).orElseThrow();

      assertThat(facts.manifests()).containsKeys(m("chan_sip"), m("extconfig"), m("udptl"));
      assertThat(facts.modulesConf().banned()).containsExactly(m("app_system"), m("func_shell"));
      assertThat(facts.extConfig().requirementsFor("extensions.conf")).containsExactly(new Requirement("realtime", "sqlite3"));
      assertThat(facts.destructorKeys(m("res_rtp_asterisk"))).containsExactly("pj_thread_storage");
      assertThat(facts.destructorKeys(m("chan_sip"))).isEmpty();
      assertThat(facts.tampered()).isEmpty();
      assertThat(facts.providers().best(new Requirement("application", "gosub"))).contains(m("app_stack"));
    }
  }

  @Test
  void read_binaryReplaced_tampered() {
    try (World world = World.fromFolder(SeedRun.fixtures().resolve("worlds/seed")).orElseThrow()) {
      world.writeBinary(FakeBinary.plain(m("func_cut")));

      assertThat(WorldFacts.read(world).orElseThrow().tampered()).containsExactly(m("func_cut"));
    }
  }

  @Test
  void builder_blankDestructorKey_throwsNamingIt() {
    assertThatThrownBy(() -> WorldFacts.builder().destructorKey(m("a"), " "))
        .hasMessage("destructorKey needs a key name, was ' '");
  }

  @Test
  void empty_noModulesNothingBanned() {
    assertThat(WorldFacts.empty().manifests()).isEmpty();
    assertThat(WorldFacts.empty().modulesConf().banned()).isEmpty();
    assertThat(WorldFacts.empty().manifest(m("a"))).isEmpty();
  }

  @Test
  void dependencies_builtOnce_sharedByEveryCaller() {
    WorldFacts facts = WorldFacts.empty();

    assertThat(facts.dependencies()).isSameAs(facts.dependencies());
  }

  @Test
  void withTampered_addsToTheTampered_sharesManifestsAndNeedsGraph() {
    try (World world = World.fromFolder(SeedRun.fixtures().resolve("worlds/seed")).orElseThrow()) {
      WorldFacts before = WorldFacts.read(world).orElseThrow();

      WorldFacts during = before.withTampered(List.of(m("func_cut"), m("chan_sip")));

      assertThat(during.tampered()).containsExactly(m("chan_sip"), m("func_cut"));
      assertThat(before.tampered()).isEmpty();
      assertThat(during.manifests()).isSameAs(before.manifests());
      assertThat(during.destructorKeys(m("res_rtp_asterisk"))).containsExactly("pj_thread_storage");
      assertThat(during.dependencies()).isSameAs(before.dependencies());
      assertThat(during.withTampered(List.of(m("chan_sip")))).isSameAs(during);
    }
  }
}
