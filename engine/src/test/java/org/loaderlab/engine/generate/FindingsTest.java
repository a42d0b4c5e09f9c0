package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * Goal: findings come out in line order (stable within a line), capped, and a cap never hides
 * that an error happened. Method: add out of order and past a cap of 2.
 */
class FindingsTest {

  @Test
  void list_isInLineOrder_stableWithinALine() {
    Findings findings = new Findings("f.c", 10);
    findings.warning(5, "b-code", "second");
    findings.warning(2, "z-code", "first");
    findings.warning(5, "a-code", "third");
    assertThat(findings.list()).extracting(Diagnostic::message).containsExactly("first", "second", "third");
  }

  @Test
  void list_pastTheCap_countsTheRest_asAWarningWhenNoErrorWasDropped() {
    Findings findings = new Findings("f.c", 2);
    findings.error(1, "e-code", "kept error");
    findings.warning(2, "w-code", "kept");
    findings.warning(3, "w-code", "dropped");
    assertThat(findings.list()).extracting(Diagnostic::toString).containsExactly("f.c:1: error: kept error [e-code]",
        "f.c:2: warning: kept [w-code]", "f.c: warning: 1 more problems are not listed (the limit is 2) [too-many-problems]");
  }
}
