package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: the view offers what the world's binaries really have, sorted: modules by manifest,
 * channel techs, applications, optional APIs and threads with their modules. Method:
 * fixtures/worlds/seed.
 */
class WorldViewTest {

  @Test
  void seed_techsApisThreadsOfTheBinaries() {
    try (PreparedWorld world = PreparedWorld.fromFolder(DeterminismTest.FIXTURES.resolve("worlds/seed")).orElseThrow()) {
      WorldView view = world.view();
      ModuleName chanSip = ModuleName.of("chan_sip");
      assertThat(view.modules()).isSorted().contains(chanSip, ModuleName.of("app_dial"));
      assertThat(view.techs()).contains(new WorldView.Code(chanSip, "SIP"));
      assertThat(view.applications()).contains(new WorldView.Code(chanSip, "SIPDtmfMode"));
      assertThat(view.threads()).contains(new WorldView.Code(chanSip, "sip_monitor"));
      assertThat(view.apis()).extracting(WorldView.Code::module).contains(ModuleName.of("res_crypto"));
    }
  }
}
