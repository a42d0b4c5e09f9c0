package org.loaderlab.engine.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Goal: a kind is exactly a lower-case word ({@code [a-z][a-z0-9_]*}), and every kind that is not
 * one of the five fixed ones is a ranked service. Method: spellings on both sides of each rule.
 */
class KindsTest {

  @Test
  void isValid_lowerCaseWords_accepted() {
    assertThat(Kinds.isValid("module")).isTrue();
    assertThat(Kinds.isValid("t")).isTrue();
    assertThat(Kinds.isValid("codec_2")).isTrue();
    assertThat(Kinds.isValid("a9")).isTrue();
  }

  @Test
  void isValid_anythingElse_rejected() {
    assertThat(Kinds.isValid(null)).isFalse();
    assertThat(Kinds.isValid("")).isFalse();
    assertThat(Kinds.isValid("Module")).isFalse();
    assertThat(Kinds.isValid("9lives")).isFalse();
    assertThat(Kinds.isValid("_x")).isFalse();
    assertThat(Kinds.isValid("my kind")).isFalse();
    assertThat(Kinds.isValid("a-b")).isFalse();
    assertThat(Kinds.isValid("é")).isFalse();
    assertThat(Kinds.isValid("x\n")).isFalse();
  }

  @Test
  void isService_fixedKinds_areNot() {
    for (String kind : new String[] {"module", "application", "function", "realtime", "service"}) {
      assertThat(Kinds.isService(kind)).as(kind).isFalse();
    }
  }

  @Test
  void isService_otherWords_are() {
    assertThat(Kinds.isService("timing")).isTrue();
    assertThat(Kinds.isService("codec")).isTrue();
  }

  @Test
  void isService_invalidKind_isNot() {
    assertThat(Kinds.isService("Timing")).isFalse();
    assertThat(Kinds.isService(null)).isFalse();
  }
}
