package org.loaderlab.engine.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Goal: a module name is a safe, case-insensitive identifier that every input may write with
 * {@code .so}, and that can never name a path outside the modules folder. Method: valid and
 * hostile spellings through {@code of}, {@code parse} and {@code problem}, with exact messages.
 */
class ModuleNameTest {

  @Test
  void of_soSuffix_stripped() {
    ModuleName name = ModuleName.of("chan_sip.so");
    assertThat(name.toString()).isEqualTo("chan_sip");
    assertThat(name).isEqualTo(ModuleName.of("chan_sip"));
  }

  @Test
  void of_surroundingWhitespace_stripped() {
    assertThat(ModuleName.of("  app_dial.so \t").toString()).isEqualTo("app_dial");
  }

  @Test
  void of_onlyOneSuffixStripped() {
    assertThat(ModuleName.problem("x.so.so")).contains("invalid module name 'x.so.so': use letters, digits and '_' only");
  }

  @Test
  void of_parentPath_rejectedWithClearMessage() {
    assertThatThrownBy(() -> ModuleName.of("../x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid module name '../x': use letters, digits and '_' only");
  }

  @Test
  void of_slash_rejectedWithClearMessage() {
    assertThatThrownBy(() -> ModuleName.of("a/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid module name 'a/b': use letters, digits and '_' only");
  }

  @Test
  void problem_otherUnsafeSpellings_rejected() {
    assertThat(ModuleName.problem("a\\b")).isPresent();
    assertThat(ModuleName.problem("a b")).isPresent();
    assertThat(ModuleName.problem("a-b")).isPresent();
    assertThat(ModuleName.problem("modé")).isPresent();
    assertThat(ModuleName.problem("a\nb")).isPresent();
    assertThat(ModuleName.problem("/abs")).isPresent();
  }

  @Test
  void problem_empty_rejected() {
    assertThat(ModuleName.problem("")).contains("empty module name ''");
    assertThat(ModuleName.problem(".so")).contains("empty module name '.so'");
    assertThat(ModuleName.problem("   ")).contains("empty module name '   '");
  }

  @Test
  void problem_null_rejected() {
    assertThat(ModuleName.problem(null)).contains("a module name is required");
  }

  @Test
  void problem_validName_empty() {
    assertThat(ModuleName.problem("res_timing_timerfd")).isEmpty();
    assertThat(ModuleName.problem("A9_z")).isEmpty();
  }

  @Test
  void parse_invalid_empty() {
    assertThat(ModuleName.parse("../x")).isEmpty();
    assertThat(ModuleName.parse("func_cut.so")).contains(ModuleName.of("func_cut"));
  }

  @Test
  void equals_ignoresCase() {
    ModuleName upper = ModuleName.of("Chan_SIP");
    ModuleName lower = ModuleName.of("chan_sip");
    assertThat(upper).isEqualTo(lower);
    assertThat(upper.hashCode()).isEqualTo(lower.hashCode());
    assertThat(upper.compareTo(lower)).isZero();
    assertThat(upper).isNotEqualTo(ModuleName.of("chan_pjsip"));
  }

  @Test
  void toString_keepsDisplayForm() {
    ModuleName name = ModuleName.of("Chan_SIP.so");
    assertThat(name.toString()).isEqualTo("Chan_SIP");
    assertThat(name.canonical()).isEqualTo("chan_sip");
  }

  @Test
  void fileNames_useDisplayForm() {
    ModuleName name = ModuleName.of("func_Periodic_hook");
    assertThat(name.manifestFileName()).isEqualTo("func_Periodic_hook.manifest");
    assertThat(name.binaryFileName()).isEqualTo("func_Periodic_hook.so");
  }

  @Test
  void compareTo_ordersByCanonicalForm() {
    assertThat(ModuleName.of("B").compareTo(ModuleName.of("a"))).isPositive();
  }

  @Test
  void charsMax_longestNameStillHasAFile() {
    String longest = "m".repeat(ModuleName.CHARS_MAX);
    assertThat(ModuleName.of(longest).manifestFileName()).hasSize(255);
    assertThat(ModuleName.of(longest + ".so").toString()).isEqualTo(longest);
  }

  @Test
  void charsMax_oneMore_rejected() {
    assertThat(ModuleName.problem("m".repeat(ModuleName.CHARS_MAX + 1)))
        .contains("module name is 247 characters long, the limit is 246");
  }

  @Test
  void charsMax_hugeHostileInput_reportsLengthNotContent() {
    assertThat(ModuleName.problem("/".repeat(100_000)))
        .contains("module name is 100000 characters long, the limit is 246");
  }
}
