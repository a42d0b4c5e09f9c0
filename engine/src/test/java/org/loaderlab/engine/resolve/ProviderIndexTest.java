package org.loaderlab.engine.resolve;

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
 * Goal: a need resolves to the module that provides it, a service to its best provider, and the
 * answer never depends on the order manifests were read. Method: hand-made manifests modelled on
 * Asterisk's timing providers and dialplan applications.
 */
class ProviderIndexTest {

  private static Manifest providing(String module, Provision... provides) {
    return new Manifest(ModuleName.of(module), Optional.empty(), SupportLevel.CORE, Optional.empty(), false,
        LoadPriority.DEFAULT, List.of(), Optional.empty(), List.of(), List.of(), List.of(provides));
  }

  private static Provision timing(String name, int priority) {
    return new Provision("timing", name, OptionalInt.of(priority));
  }

  private static final Manifest TIMERFD = providing("res_timing_timerfd", timing("timerfd", 200));
  private static final Manifest DAHDI = providing("res_timing_dahdi", timing("dahdi", 100));
  private static final Manifest STACK = providing("app_stack", Provision.of("application", "Gosub"));

  @Test
  void best_service_isHighestPriority_inEitherOrder() {
    Requirement timing = new Requirement("service", "timing");
    assertThat(ProviderIndex.of(List.of(DAHDI, TIMERFD)).best(timing)).contains(ModuleName.of("res_timing_timerfd"));
    assertThat(ProviderIndex.of(List.of(TIMERFD, DAHDI)).best(timing)).contains(ModuleName.of("res_timing_timerfd"));
  }

  @Test
  void providers_service_listsAllBestFirst() {
    List<ProviderIndex.Offer> offers = ProviderIndex.of(List.of(DAHDI, TIMERFD)).providers(new Requirement("service", "timing"));
    assertThat(offers).extracting(o -> o.module().toString()).containsExactly("res_timing_timerfd", "res_timing_dahdi");
  }

  @Test
  void best_application_matchesCaseInsensitively() {
    assertThat(ProviderIndex.of(List.of(STACK)).best(new Requirement("application", "gosub")))
        .contains(ModuleName.of("app_stack"));
  }

  @Test
  void best_function_matchesExactCaseOnly() {
    Manifest channel = providing("func_channel", Provision.of("function", "CHANNEL"));
    ProviderIndex index = ProviderIndex.of(List.of(channel));
    assertThat(index.best(new Requirement("function", "CHANNEL"))).isPresent();
    assertThat(index.best(new Requirement("function", "channel"))).isEmpty();
  }

  @Test
  void best_module_isImpliedByEveryManifest() {
    assertThat(ProviderIndex.of(List.of(STACK)).best(new Requirement("module", "APP_STACK.so".replace(".so", ""))))
        .contains(ModuleName.of("app_stack"));
  }

  @Test
  void best_nobodyProvides_isEmpty() {
    assertThat(ProviderIndex.of(List.of(STACK)).best(new Requirement("realtime", "sqlite3"))).isEmpty();
  }

  @Test
  void best_specificServiceProvider_byKindAndName() {
    ProviderIndex index = ProviderIndex.of(List.of(DAHDI, TIMERFD));
    assertThat(index.best(new Requirement("timing", "dahdi"))).contains(ModuleName.of("res_timing_dahdi"));
  }
}
