package org.loaderlab.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goal: a cause chain reads as "a because b because c", and a chain of any length renders in
 * bounded text that still ends with its root. Method: chains built hop by hop.
 */
class CauseTest {

  @Test
  void render_joinsHopsWithBecause() {
    Cause cause = Cause.root("the admin ran `module unload res_a`").then("res_a stopped").then("its last user res_a released it");
    assertThat(cause.render()).isEqualTo("its last user res_a released it because res_a stopped because the admin ran "
        + "`module unload res_a`");
  }

  @Test
  void render_longChain_isCutButKeepsItsRoot() {
    Cause cause = Cause.root("root");
    for (int hop = 0; hop < 1_000; hop++) {
      cause = cause.then("hop " + hop);
    }
    assertThat(cause.render()).isEqualTo("hop 999 because hop 998 because hop 997 because hop 996 because hop 995 "
        + "because ... because root");
  }

  @Test
  void render_chainOfExactlyTheLimit_isWhole() {
    Cause cause = Cause.root("r");
    for (int hop = 1; hop < Cause.HOPS_SHOWN_MAX; hop++) {
      cause = cause.then("h" + hop);
    }
    assertThat(cause.render()).isEqualTo("h5 because h4 because h3 because h2 because h1 because r");
  }
}
