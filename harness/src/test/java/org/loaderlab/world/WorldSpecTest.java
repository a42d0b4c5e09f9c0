package org.loaderlab.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryWriter;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: a spec holds file texts sorted by name under safe names, and its builder writes a module's
 * manifest with the checksum of exactly the binary text it writes. Method: small specs.
 */
class WorldSpecTest {

  private static final ModuleName A = ModuleName.of("res_a");

  @Test
  void checksumOf_isMd5HexOfUtf8() {
    assertThat(WorldSpec.checksumOf("abc")).isEqualTo("900150983cd24fb0d6963f7d28e17f72");
  }

  @Test
  void builder_module_checksumMatchesTheWrittenBinary() {
    FakeBinary binary = FakeBinary.plain(A);
    WorldSpec spec = WorldSpec.builder("w").module(Manifest.minimal(A), binary).build();
    String text = FakeBinaryWriter.write(binary);
    assertThat(spec.moduleFiles()).containsOnlyKeys("res_a.manifest", "res_a.so");
    assertThat(spec.moduleFiles().get("res_a.so")).isEqualTo(text);
    assertThat(spec.moduleFiles().get("res_a.manifest")).contains("checksum=" + WorldSpec.checksumOf(text) + "\n");
  }

  @Test
  void builder_embedded_dropsAnyChecksum() {
    Manifest withChecksum = WorldSpec.withChecksumOf(Manifest.minimal(A), "x");
    WorldSpec spec = WorldSpec.builder("w").embedded(withChecksum).build();
    assertThat(spec.moduleFiles().get("res_a.manifest")).doesNotContain("checksum");
  }

  @Test
  void files_sortedByName_laterReplaces() {
    WorldSpec spec = WorldSpec.builder("w").etc("z.conf", "1").etc("a.conf", "2").etc("z.conf", "3").build();
    assertThat(spec.etcFiles()).containsExactly(Map.entry("a.conf", "2"), Map.entry("z.conf", "3"));
  }

  @Test
  void construct_badNames_refused() {
    assertThatThrownBy(() -> WorldSpec.builder("a/b").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid world name 'a/b': use letters, digits, '_' and '-' only");
    assertThatThrownBy(() -> new WorldSpec("w", Map.of("..", "x"), Map.of()))
        .hasMessage("invalid file name '..': one file of the folder, no path");
    assertThatThrownBy(() -> WorldSpec.builder("w").module(Manifest.minimal(A), FakeBinary.plain(ModuleName.of("b"))))
        .hasMessage("manifest res_a paired with binary b");
  }
}
