package org.loaderlab.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.catalog.CatalogEntry;
import org.loaderlab.engine.catalog.ModuleCatalog;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.LoaderConfig;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Goal: the planner is a pure function of facts and a snapshot, and its plans follow the rules:
 * dependencies first (then load priority, then name), dependents hold dependencies, the cycle
 * rule, the depth limit, the best loadable service provider, the cascades of unload, forced
 * unload and shutdown, and the undoing of a failed load. Method: catalogs parsed from text in
 * memory and hand-made snapshots; plans compared as one line per step.
 */
class PlannerTest {

  private final List<CatalogEntry> entries = new ArrayList<>();
  private ModulesConf conf = ModulesConf.empty();
  private LoaderConfig limits = LoaderConfig.DEFAULTS;

  private void module(String name, String... lines) {
    String text = "[module]\nname=" + name + "\nsupport_level=core\n" + String.join("\n", lines) + "\n";
    entries.add(new CatalogEntry(ModuleName.of(name), new ManifestParser().parseText(name + ".manifest", text).orElseThrow(),
        Optional.empty(), true));
  }

  private Facts facts() {
    return Facts.of(new ModuleCatalog("/modules", entries), conf, ExtConfig.empty(), limits);
  }

  private static List<String> lines(Plan plan) {
    List<String> lines = new ArrayList<>();
    for (PlanStep step : plan.steps()) {
      String holder = step instanceof PlanStep.Hold hold ? " " + hold.holder()
          : step instanceof PlanStep.Release release ? " " + release.holder()
          : step instanceof PlanStep.CancelUser cancel ? " " + cancel.user() : "";
      lines.add(step.getClass().getSimpleName() + " " + step.module() + holder);
    }
    return lines;
  }

  private static ModuleSnapshot running(String name, List<Holder> holders, List<String> dependencies) {
    TreeSet<ModuleName> deps = new TreeSet<>();
    dependencies.forEach(d -> deps.add(ModuleName.of(d)));
    TreeSet<Holder> libHolders = new TreeSet<>(List.of(new Holder(HolderKind.OWN_INSTANCE, name)));
    return new ModuleSnapshot(ModuleName.of(name), true, true, false, false, new TreeSet<>(holders), libHolders, deps,
        new TreeSet<>(), Optional.of(org.loaderlab.engine.manifest.Manifest.minimal(ModuleName.of(name))));
  }

  private static StateSnapshot state(ModuleSnapshot... modules) {
    SortedMap<ModuleName, ModuleSnapshot> map = new TreeMap<>();
    for (ModuleSnapshot module : modules) {
      map.put(module.name(), module);
    }
    return new StateSnapshot(map, org.loaderlab.engine.config.Dialplan.empty(), false);
  }

  private static Holder admin() {
    return new Holder(HolderKind.ADMIN, "cli");
  }

  private static Holder dependent(String name) {
    return new Holder(HolderKind.DEPENDENT, name);
  }

  @Test
  void load_opensHoldsAndStarts_dependenciesFirst() {
    module("res_a", "[uses]", "module=res_b", "module=res_c");
    module("res_b", "[uses]", "module=res_c");
    module("res_c");
    Plan plan = Planner.plan(new Operation.Load(ModuleName.of("res_a")), facts(), StateSnapshot.empty());
    assertThat(lines(plan)).containsExactly("OpenLib res_c", "StartInstance res_c", "OpenLib res_b",
        "Hold res_c dependent:res_b", "StartInstance res_b", "OpenLib res_a", "Hold res_b dependent:res_a",
        "Hold res_c dependent:res_a", "StartInstance res_a", "Hold res_a admin:cli");
    assertThat(plan.steps().get(0).because()).isEqualTo("res_a needs it because the admin ran `module load res_a`");
  }

  @Test
  void plan_isPure_theSameInputsGiveTheSamePlan() {
    module("res_a", "[uses]", "module=res_b");
    module("res_b");
    Facts facts = facts();
    StateSnapshot state = StateSnapshot.empty();
    Operation load = new Operation.Load(ModuleName.of("res_a"));
    assertThat(Planner.plan(load, facts, state)).isEqualTo(Planner.plan(load, facts, state));
  }

  @Test
  void startup_ordersReadyModulesByPriorityThenName() {
    module("res_z", "load_priority=realtime_driver");
    module("app_a");
    module("app_b", "load_priority=channel_driver", "[uses]", "module=app_c");
    module("app_c", "load_priority=devstate_consumer");
    conf = new ModulesConfParser().parseText("modules.conf", "[modules]\nautoload=yes\n").orElseThrow();
    Plan plan = Planner.plan(new Operation.Startup(), facts(), StateSnapshot.empty());
    assertThat(plan.steps()).filteredOn(PlanStep.StartInstance.class::isInstance).extracting(s -> s.module().toString())
        .containsExactly("res_z", "app_a", "app_c", "app_b");
  }

  @Test
  void cycleRule_selfLoopIsACycle_andItsDependentsAreRefused() {
    module("res_self", "[uses]", "application=Mine", "[provides]", "application=Mine");
    module("res_user", "[uses]", "module=res_self");
    Plan plan = Planner.plan(new Operation.Load(ModuleName.of("res_user")), facts(), StateSnapshot.empty());
    assertThat(plan.isRefused()).isTrue();
    assertThat(plan.refusals()).extracting(Refusal::reason).containsExactly(
        "res_self cannot load: it is on the dependency cycle res_self -> res_self",
        "res_user cannot load: it needs res_self, which is on the dependency cycle res_self -> res_self");
  }

  @Test
  void depthLimit_refusesAChainLongerThanDependencyDepthMax() {
    module("m0");
    module("m1", "[uses]", "module=m0");
    module("m2", "[uses]", "module=m1");
    module("m3", "[uses]", "module=m2");
    limits = LoaderConfig.builder().dependencyDepthMax(3).build();
    Plan plan = Planner.plan(new Operation.Load(ModuleName.of("m3")), facts(), StateSnapshot.empty());
    assertThat(plan.refusals()).extracting(Refusal::reason)
        .containsExactly("m3 cannot load: its dependency chain is longer than 3 modules (dependencyDepthMax)");
    assertThat(Planner.plan(new Operation.Load(ModuleName.of("m2")), facts(), StateSnapshot.empty()).isRefused()).isFalse();
  }

  @Test
  void service_skipsTheBestProviderWhenItCannotLoad() {
    module("chan_iax", "[uses]", "service=timing");
    module("res_timing_best", "[uses]", "module=res_missing", "[provides]", "timing=best:300");
    module("res_timing_ok", "[provides]", "timing=ok:100");
    Plan plan = Planner.plan(new Operation.Load(ModuleName.of("chan_iax")), facts(), StateSnapshot.empty());
    assertThat(lines(plan)).contains("StartInstance res_timing_ok").doesNotContain("OpenLib res_timing_best");
  }

  @Test
  void unload_releasesTheAdmin_andCascadesDownward() {
    module("res_a");
    module("res_b");
    StateSnapshot state = state(running("res_a", List.of(admin()), List.of("res_b")),
        running("res_b", List.of(dependent("res_a")), List.of()));
    Plan plan = Planner.plan(new Operation.Unload(ModuleName.of("res_a"), false), facts(), state);
    assertThat(lines(plan)).containsExactly("Release res_a admin:cli", "StopInstance res_a", "CloseLib res_a",
        "StopInstance res_b", "CloseLib res_b");
    assertThat(plan.steps().get(3).because()).isEqualTo("its last user res_a released it because res_a stopped because "
        + "its last user admin:cli released it because the admin ran `module unload res_a`");
  }

  @Test
  void unload_libHeldByAUserItsCodeTook_staysOpen_andTheLibIsWaitedFor() {
    module("res_t");
    module("res_u");
    Holder user = new Holder(HolderKind.USER, "res_u");
    Holder callback = new Holder(HolderKind.USER_CALLBACK, "res_t/user:res_u");
    ModuleSnapshot resU = running("res_u", List.of(admin()), List.of());
    TreeSet<Holder> libHolders = new TreeSet<>(resU.libHolders());
    libHolders.add(callback);
    resU = new ModuleSnapshot(resU.name(), true, true, false, false, resU.instanceHolders(), libHolders,
        resU.instanceDependencies(), resU.libDependencies(), resU.runningManifest());
    StateSnapshot state = state(resU, running("res_t", List.of(admin(), user), List.of()));
    Plan plan = Planner.plan(new Operation.Unload(ModuleName.of("res_u"), false), facts(), state);
    assertThat(lines(plan)).containsExactly("Release res_u admin:cli", "StopInstance res_u");
    assertThat(plan.waiting()).containsExactly("res_u's lib waits for user_callback:res_t/user:res_u");
  }

  @Test
  void unloadForce_cancelsChannels_andWaitsForThem() {
    module("chan_sip");
    module("app_queue");
    Holder channel = new Holder(HolderKind.CHANNEL, "SIP/1");
    StateSnapshot state = state(running("app_queue", List.of(admin()), List.of("chan_sip")),
        running("chan_sip", List.of(admin(), dependent("app_queue"), channel), List.of()));
    Plan plan = Planner.plan(new Operation.Unload(ModuleName.of("chan_sip"), true), facts(), state);
    assertThat(lines(plan)).containsExactly("Release chan_sip admin:cli", "CancelUser chan_sip dependent:app_queue",
        "CancelUser chan_sip channel:SIP/1", "Release app_queue admin:cli", "StopInstance app_queue", "CloseLib app_queue");
    assertThat(plan.waiting()).containsExactly("chan_sip waits for channel:SIP/1");
  }

  @Test
  void shutdown_stopsDependentsBeforeDependencies() {
    module("res_a");
    module("res_b");
    StateSnapshot state = state(running("res_a", List.of(admin()), List.of("res_b")),
        running("res_b", List.of(admin(), dependent("res_a")), List.of()));
    Plan plan = Planner.plan(new Operation.Shutdown(false), facts(), state);
    assertThat(plan.steps()).filteredOn(PlanStep.StopInstance.class::isInstance).extracting(s -> s.module().toString())
        .containsExactly("res_a", "res_b");
  }

  @Test
  void replan_ofAFailedLoad_releasesWhatItTook_inReverse_andSettles() {
    module("res_a");
    module("res_b");
    TreeSet<Holder> libHolders = new TreeSet<>();
    ModuleSnapshot failed = new ModuleSnapshot(ModuleName.of("res_a"), false, true, false, false, new TreeSet<>(), libHolders,
        new TreeSet<>(Set.of(ModuleName.of("res_b"))), new TreeSet<>(), Optional.empty());
    StateSnapshot now = state(failed, running("res_b", List.of(dependent("res_a")), List.of()));
    PlanStep.Hold taken = new PlanStep.Hold(ModuleName.of("res_b"), dependent("res_a"), "res_a needs module=res_b");
    Plan rest = Planner.replan(new Operation.Load(ModuleName.of("res_a")), facts(), now, List.of(), List.of(taken),
        Set.of(ModuleName.of("res_a"), ModuleName.of("res_b")), ModuleName.of("res_a"), "load_module declined");
    assertThat(lines(rest)).containsExactly("Release res_b dependent:res_a", "CloseLib res_a", "StopInstance res_b",
        "CloseLib res_b");
    assertThat(rest.refusals()).extracting(Refusal::reason).containsExactly("res_a cannot load: load_module declined");
  }

  @Test
  void replan_ofAFailedLoad_stopsDependentsBeforeWhatTheyNeed_whateverTheirNames() {
    // chan_sip failed its checksum after the load had started app_stack and pbx_config (which
    // needs app_stack): pbx_config stops first although app_stack sorts before it.
    module("chan_sip", "[uses]", "module=pbx_config");
    module("pbx_config", "[uses]", "module=app_stack");
    module("app_stack");
    ModuleSnapshot failed = new ModuleSnapshot(ModuleName.of("chan_sip"), false, false, false, false, new TreeSet<>(),
        new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), Optional.empty());
    StateSnapshot now = state(failed,
        running("pbx_config", List.of(dependent("chan_sip")), List.of("app_stack")),
        running("app_stack", List.of(dependent("pbx_config")), List.of()));
    List<PlanStep.Hold> taken = List.of(
        new PlanStep.Hold(ModuleName.of("app_stack"), dependent("pbx_config"), "pbx_config needs module=app_stack"),
        new PlanStep.Hold(ModuleName.of("pbx_config"), dependent("chan_sip"), "chan_sip needs module=pbx_config"));
    Plan rest = Planner.replan(new Operation.Load(ModuleName.of("chan_sip")), facts(), now, List.of(), taken,
        Set.of(ModuleName.of("app_stack"), ModuleName.of("pbx_config")), ModuleName.of("chan_sip"), "checksum mismatch");
    assertThat(lines(rest)).filteredOn(line -> line.startsWith("StopInstance"))
        .containsExactly("StopInstance pbx_config", "StopInstance app_stack");
  }

  @Test
  void dependentsFirst_ordersAChainLongerThanAStack_iteratively() {
    int length = 20_000;
    Map<ModuleName, SortedSet<ModuleName>> dependents = new TreeMap<>();
    Set<ModuleName> modules = new TreeSet<>();
    for (int i = 0; i < length; i++) {
      modules.add(ModuleName.of("m" + i));
      if (i > 0) {
        dependents.put(ModuleName.of("m" + i), new TreeSet<>(Set.of(ModuleName.of("m" + (i - 1)))));
      }
    }
    List<ModuleName> order = Planner.dependentsFirst(modules, dependents);
    assertThat(order).hasSize(length);
    assertThat(order.get(0)).isEqualTo(ModuleName.of("m0"));
    assertThat(order.get(length - 1)).isEqualTo(ModuleName.of("m" + (length - 1)));
  }
}
