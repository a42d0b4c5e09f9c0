package org.loaderlab.engine.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Goal: the spelling rules shared by the manifest reader and writer decide each edge the same
 * way both will rely on. Method: boundary values for checksums, priorities, the priority-suffix
 * test and the round-trip text rule.
 */
class ManifestSyntaxTest {

  @Test
  void normalizeChecksum_md5AndSha256_lowerCased() {
    assertThat(ManifestSyntax.normalizeChecksum("ABCDEF0123456789ABCDEF0123456789"))
        .contains("abcdef0123456789abcdef0123456789");
    assertThat(ManifestSyntax.normalizeChecksum("Sha256:" + "AB".repeat(32))).contains("sha256:" + "ab".repeat(32));
  }

  @Test
  void normalizeChecksum_wrongLengthOrDigits_empty() {
    assertThat(ManifestSyntax.normalizeChecksum("a".repeat(31))).isEmpty();
    assertThat(ManifestSyntax.normalizeChecksum("a".repeat(64))).isEmpty();
    assertThat(ManifestSyntax.normalizeChecksum("sha256:" + "a".repeat(32))).isEmpty();
    assertThat(ManifestSyntax.normalizeChecksum("g".repeat(32))).isEmpty();
    assertThat(ManifestSyntax.normalizeChecksum("")).isEmpty();
  }

  @Test
  void parsePriority_bounds() {
    assertThat(ManifestSyntax.parsePriority("0")).isEqualTo(OptionalInt.of(0));
    assertThat(ManifestSyntax.parsePriority("10000")).isEqualTo(OptionalInt.of(10_000));
    assertThat(ManifestSyntax.parsePriority("000000000000000042")).isEqualTo(OptionalInt.of(42));
    assertThat(ManifestSyntax.parsePriority("10001")).isEmpty();
    assertThat(ManifestSyntax.parsePriority("4294967296")).isEmpty();
    assertThat(ManifestSyntax.parsePriority("")).isEmpty();
    assertThat(ManifestSyntax.parsePriority("-1")).isEmpty();
    assertThat(ManifestSyntax.parsePriority("1 0")).isEmpty();
    assertThat(ManifestSyntax.parsePriority("٣")).isEmpty();
  }

  @Test
  void endsWithPriority_onlyDigitsAfterLastColon() {
    assertThat(ManifestSyntax.endsWithPriority("Dial:10")).isTrue();
    assertThat(ManifestSyntax.endsWithPriority("Dial : 10 ")).isTrue();
    assertThat(ManifestSyntax.endsWithPriority("a:1:b")).isFalse();
    assertThat(ManifestSyntax.endsWithPriority("Dial:")).isFalse();
    assertThat(ManifestSyntax.endsWithPriority("Dial10")).isFalse();
  }

  @Test
  void textProblem_acceptsInnerOddities() {
    assertThat(ManifestSyntax.textProblem("a;b\tc 😀")).isEmpty();
  }

  @Test
  void textProblem_rejectsWhatAFileCannotCarry() {
    assertThat(ManifestSyntax.textProblem("")).contains("is empty");
    assertThat(ManifestSyntax.textProblem("a\nb")).contains("contains a line break");
    assertThat(ManifestSyntax.textProblem("\u2028a")).isPresent();
    assertThat(ManifestSyntax.textProblem("\uD83Da")).isPresent();
  }

  @Test
  void escape_onlySemicolons() {
    assertThat(ManifestSyntax.escape("a;b\\c")).isEqualTo("a\\;b\\c");
  }
}
