package org.loaderlab.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Goal: both spellings a manifest may use parse, print back as written, and nothing else parses. */
class ChecksumTest {

  @Test
  void parse_plainHex_isMd5_lowerCased() {
    assertThat(Checksum.parse("844C2153257936CC25D8B32760780C7B")).hasValueSatisfying(c -> {
      assertThat(c.algorithm()).isEqualTo(Checksum.Algorithm.MD5);
      assertThat(c.toString()).isEqualTo("844c2153257936cc25d8b32760780c7b");
    });
  }

  @Test
  void parse_sha256Prefix_isSha256() {
    String hex = "a".repeat(64);
    assertThat(Checksum.parse("SHA256:" + hex)).hasValueSatisfying(c -> {
      assertThat(c.algorithm()).isEqualTo(Checksum.Algorithm.SHA256);
      assertThat(c.toString()).isEqualTo("sha256:" + hex);
    });
  }

  @Test
  void parse_wrongLengthOrNotHex_isEmpty() {
    assertThat(Checksum.parse("844c2153")).isEmpty();
    assertThat(Checksum.parse("g".repeat(32))).isEmpty();
    assertThat(Checksum.parse("sha256:" + "a".repeat(63))).isEmpty();
    assertThat(Checksum.parse("md5:" + "a".repeat(32))).isEmpty();
  }

  @Test
  void of_knownVector_matchesMd5AndSha256() {
    byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
    assertThat(Checksum.of(Checksum.Algorithm.MD5, abc).hex()).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
    assertThat(Checksum.of(Checksum.Algorithm.SHA256, abc).hex())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }
}
