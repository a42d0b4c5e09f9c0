package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: the journal is bounded (operations and decisions per operation) yet keeps each module's
 * latest reason for not running. Method: more operations and decisions than it keeps.
 */
class JournalTest {

  private final Journal journal = new Journal();

  @Test
  void operations_areBounded_andTheOldestForgotten() {
    for (int i = 0; i < Journal.OPERATIONS_MAX + 5; i++) {
      journal.beginOperation("op " + i);
      journal.endOperation();
    }
    assertThat(journal.recent()).hasSize(Journal.OPERATIONS_MAX);
    assertThat(journal.recent().get(0)).isEqualTo("#6 op 5");
  }

  @Test
  void decisions_areBoundedPerOperation_andCounted() {
    journal.beginOperation("startup");
    for (int i = 0; i < Journal.DECISIONS_PER_OPERATION_MAX + 3; i++) {
      journal.note("d" + i);
    }
    assertThat(journal.accepting()).isFalse();
    assertThat(journal.recent().get(0)).endsWith("\n  ... and 3 more decisions");
  }

  @Test
  void lastNotRunning_keepsTheLatestPerModule_evenPastTheBound() {
    journal.beginOperation("a");
    journal.notRunning(ModuleName.of("res_a"), "res_a stopped because one");
    for (int i = 0; i < Journal.DECISIONS_PER_OPERATION_MAX; i++) {
      journal.note("filler");
    }
    journal.notRunning(ModuleName.of("res_a"), "res_a stopped because two");
    assertThat(journal.lastNotRunning(ModuleName.of("RES_A"))).contains("res_a stopped because two");
  }
}
