package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.m;
import static org.loaderlab.oracle.HandTrace.manifest;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Goal: the needs graph is rebuilt from the facts as the proposal defines it: manifest, admin and
 * extconfig needs; the first provider of a specific need, the best unblocked provider of a
 * service; blocks that propagate; cycles. Method: a small world:
 *
 * <pre>
 *   pbx (config=extensions.conf) -> realtime=sqlite3 (sql), admin [uses] pbx=app
 *   chan -> service=timing: best (200, banned), good (100)
 *   needy -> module=best (blocked, since best is banned)
 *   a <-> b
 * </pre>
 */
class DependenciesTest {

  private static Dependencies world() {
    WorldFacts facts = WorldFacts.builder()
        .manifest(manifest("pbx", "config=extensions.conf"))
        .manifest(manifest("sql", "[provides]", "realtime=sqlite3"))
        .manifest(manifest("app"))
        .manifest(manifest("chan", "load_priority=channel_driver", "[uses]", "service=timing"))
        .manifest(manifest("best", "[provides]", "timing=best:200"))
        .manifest(manifest("good", "[provides]", "timing=good:100"))
        .manifest(manifest("needy", "[uses]", "module=best"))
        .manifest(manifest("a", "[uses]", "module=b"))
        .manifest(manifest("b", "[uses]", "module=a"))
        .modulesConf(HandTrace.modulesConf("[modules]", "neverload=best", "[uses]", "pbx=app"))
        .extConfig(new ExtConfigParser().parseText("extconfig.conf",
            "[settings]\nextensions.conf => sqlite3,asterisk,ast_config\n").orElseThrow())
        .build();
    return new Dependencies(facts);
  }

  @Test
  void needs_manifestAdminAndExtconfig() {
    assertThat(world().needs(m("pbx")))
        .containsExactly(new Requirement("module", "app"), new Requirement("realtime", "sqlite3"));
  }

  @Test
  void chosen_serviceSkipsTheBannedBest() {
    Dependencies dependencies = world();

    assertThat(dependencies.providers(new Requirement("service", "timing"))).containsExactly(m("best"), m("good"));
    assertThat(dependencies.chosen(new Requirement("service", "timing"))).contains(m("good"));
    assertThat(dependencies.offers(new Requirement("service", "timing"))).isEqualTo("best (200), good (100)");
  }

  @Test
  void isBlocked_bannedAndWhatNeedsItSpecifically() {
    Dependencies dependencies = world();

    assertThat(dependencies.isBlocked(m("best"))).isTrue();
    assertThat(dependencies.isBlocked(m("needy"))).isTrue();
    assertThat(dependencies.isBlocked(m("chan"))).isFalse();
  }

  @Test
  void cycleOf_membersOnly() {
    Dependencies dependencies = world();

    assertThat(dependencies.cycleOf(m("b"))).hasValueSatisfying(cycle -> assertThat(cycle).hasToString("a -> b -> a"));
    assertThat(dependencies.cycleOf(m("pbx"))).isEmpty();
  }

  @Test
  void priority_manifestOrDefault() {
    assertThat(world().priority(m("chan"))).isEqualTo(LoadPriority.CHANNEL_DRIVER);
    assertThat(world().priority(m("unknown"))).isEqualTo(LoadPriority.DEFAULT);
  }
}
