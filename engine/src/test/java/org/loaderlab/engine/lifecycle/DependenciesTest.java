package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a module's dependencies stay in name order, each once, and what is handed out does not
 * follow later changes. Method: records added out of order, twice, and removed.
 */
class DependenciesTest {

  private static ModuleRecord record(String name) {
    return new ModuleRecord(ModuleName.of(name), 10);
  }

  @Test
  void add_keepsNameOrder_andEachNameOnce() {
    Dependencies dependencies = new Dependencies();
    ModuleRecord sip = record("res_sip");
    dependencies.add(sip);
    dependencies.add(record("res_crypto"));
    dependencies.add(record("RES_SIP"));
    dependencies.add(record("app_dial"));
    assertThat(dependencies.names()).extracting(ModuleName::toString).containsExactly("app_dial", "res_crypto", "res_sip");
    assertThat(dependencies.records()).element(2).isSameAs(sip);
  }

  @Test
  void names_readBetweenChanges_followEveryChange() {
    Dependencies dependencies = new Dependencies();
    dependencies.add(record("res_b"));
    var first = dependencies.names();
    assertThat(dependencies.names()).isSameAs(first);
    dependencies.add(record("res_a"));
    assertThat(dependencies.names()).extracting(ModuleName::toString).containsExactly("res_a", "res_b");
    dependencies.remove(ModuleName.of("res_b"));
    assertThat(dependencies.names()).extracting(ModuleName::toString).containsExactly("res_a");
    dependencies.clear();
    assertThat(dependencies.names()).isEmpty();
    assertThat(first).extracting(ModuleName::toString).containsExactly("res_b");
  }

  @Test
  void remove_andClear_leaveWhatWasHandedOut() {
    Dependencies dependencies = new Dependencies();
    dependencies.add(record("res_a"));
    dependencies.add(record("res_b"));
    var before = dependencies.records();
    dependencies.remove(ModuleName.of("RES_A"));
    assertThat(dependencies.names()).extracting(ModuleName::toString).containsExactly("res_b");
    dependencies.clear();
    assertThat(dependencies.names()).isEmpty();
    assertThat(before).hasSize(2);
  }
}
