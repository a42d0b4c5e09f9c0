package org.loaderlab.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Goal: refusals are the sentences users read, each blocker in its own words, chains through
 * dependencies followed but cut after {@link Refusals#HOPS_MAX} modules. Method: blocker maps
 * built by hand.
 */
class RefusalsTest {

  private static ModuleName m(String name) {
    return ModuleName.of(name);
  }

  @Test
  void render_chainEndsWithTheDependencysOwnReason() {
    Map<ModuleName, Blocker> blockers = new TreeMap<>();
    blockers.put(m("cdr_custom"), new Blocker.Banned(new SourceLocation("modules.conf", 9)));
    blockers.put(m("res_b"), new Blocker.Needs(m("cdr_custom"), Requirement.module(m("cdr_custom"))));
    assertThat(Refusals.render(m("chan_sip"), new Blocker.Needs(m("res_b"), new Requirement("application", "Foo")), blockers::get))
        .isEqualTo("chan_sip cannot load: it needs res_b (application=Foo), which needs cdr_custom, which neverload bans "
            + "(modules.conf:9)");
  }

  @Test
  void render_eachBlockerSaysWhy() {
    assertThat(Refusals.render(m("x"), new Blocker.NotInstalled(), n -> null)).isEqualTo("x cannot load: it is not installed");
    assertThat(Refusals.render(m("x"), new Blocker.Invalid("x.manifest"), n -> null))
        .isEqualTo("x cannot load: its manifest is invalid (x.manifest)");
    assertThat(Refusals.render(m("x"), new Blocker.NoLoadable(new Requirement("service", "timing")), n -> null))
        .isEqualTo("x cannot load: it needs service=timing, which no loadable module provides");
    assertThat(Refusals.render(m("x"), new Blocker.Failed("load_module declined"), n -> null))
        .isEqualTo("x cannot load: load_module declined");
  }

  @Test
  void render_longChain_isCut() {
    Map<ModuleName, Blocker> blockers = new TreeMap<>();
    for (int i = 0; i < 20; i++) {
      blockers.put(m("m" + i), new Blocker.Needs(m("m" + (i + 1)), Requirement.module(m("m" + (i + 1)))));
    }
    String text = Refusals.render(m("m0"), blockers.get(m("m0")), blockers::get);
    assertThat(text).isEqualTo("m0 cannot load: it needs m1, which needs m2, which needs m3, which needs m4, which needs m5, "
        + "which needs m6, which needs m7, which needs m8, which cannot load");
  }
}
