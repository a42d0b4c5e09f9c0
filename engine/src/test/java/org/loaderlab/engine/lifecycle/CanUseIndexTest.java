package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Goal: the [canuse] index finds, both ways, who can use whom among running modules: by module
 * name, by application (case-insensitively) and by service kind; a removed module is forgotten.
 * Method: hand-made manifests.
 */
class CanUseIndexTest {

  private final CanUseIndex index = new CanUseIndex();

  private static Manifest manifest(String name, List<Requirement> canUse, List<Provision> provides) {
    return new Manifest(ModuleName.of(name), Optional.empty(), SupportLevel.CORE, Optional.empty(), false,
        LoadPriority.DEFAULT, List.of(), Optional.empty(), List.of(), canUse, provides);
  }

  @Test
  void listenersAndProviders_matchModulesApplicationsAndServices() {
    Manifest sip = manifest("chan_sip", List.of(new Requirement("module", "RES_CRYPTO"), new Requirement("application", "gosub"),
        new Requirement("service", "timing")), List.of());
    Manifest crypto = manifest("res_crypto", List.of(), List.of());
    Manifest stack = manifest("app_stack", List.of(), List.of(Provision.of("application", "Gosub")));
    Manifest timer = manifest("res_timing_timerfd", List.of(), List.of(new Provision("timing", "timerfd", OptionalInt.of(200))));
    index.add(ModuleName.of("chan_sip"), sip);
    index.add(ModuleName.of("res_crypto"), crypto);
    index.add(ModuleName.of("app_stack"), stack);
    index.add(ModuleName.of("res_timing_timerfd"), timer);
    assertThat(index.providersFor(ModuleName.of("chan_sip"), sip)).extracting(ModuleName::toString)
        .containsExactly("app_stack", "res_crypto", "res_timing_timerfd");
    assertThat(index.listenersOf(ModuleName.of("res_timing_timerfd"), timer)).extracting(ModuleName::toString)
        .containsExactly("chan_sip");
    index.remove(ModuleName.of("chan_sip"), sip);
    assertThat(index.listenersOf(ModuleName.of("app_stack"), stack)).isEmpty();
  }
}
