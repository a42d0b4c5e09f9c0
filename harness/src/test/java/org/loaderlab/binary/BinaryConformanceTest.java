package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Goal: conformance compares exactly what a manifest can declare (names case-insensitively,
 * services by name without priority) and says each difference in a sentence. Method: one manifest
 * against binaries that match, add and omit.
 */
class BinaryConformanceTest {

  private static final ModuleName SIP = ModuleName.of("chan_sip");
  private static final Manifest MANIFEST = new Manifest(SIP, Optional.empty(), SupportLevel.CORE, Optional.empty(),
      false, LoadPriority.DEFAULT, List.of(), Optional.empty(), List.of(), List.of(),
      List.of(Provision.of("application", "SIPAddHeader"), Provision.of("function", "SIPPEER"),
          new Provision("timing", "sip", OptionalInt.of(5))));

  @Test
  void differences_conformant_noneEvenWithCliAndTechs() {
    FakeBinary binary = FakeBinary.builder(SIP).registers("application", "sipaddheader").registers("function", "SIPPEER")
        .registers("timing", "sip").registers("channel_tech", "SIP").registers("cli", "sip show peers").build();
    assertThat(BinaryConformance.differences(MANIFEST, binary)).isEmpty();
  }

  @Test
  void differences_undeclaredAndMissing_inOrder() {
    FakeBinary binary = FakeBinary.builder(SIP).registers("manager", "SIPPeers").registers("function", "SIPPEER")
        .registers("application", "SIPDtmfMode").build();
    assertThat(BinaryConformance.differences(MANIFEST, binary)).containsExactly(
        "registers manager=SIPPeers, which the manifest does not provide",
        "registers application=SIPDtmfMode, which the manifest does not provide",
        "the manifest provides application=SIPAddHeader, which the binary never registers",
        "the manifest provides timing=sip, which the binary never registers");
  }

  @Test
  void differences_otherModule() {
    assertThat(BinaryConformance.differences(Manifest.minimal(SIP), FakeBinary.plain(ModuleName.of("chan_pjsip"))))
        .containsExactly("the binary is chan_pjsip but the manifest is chan_sip");
  }
}
