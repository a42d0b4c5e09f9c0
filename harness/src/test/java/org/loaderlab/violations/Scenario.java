package org.loaderlab.violations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.legacy.LegacyFaults;
import org.loaderlab.legacy.LegacyLoader;
import org.loaderlab.oracle.Oracles;
import org.loaderlab.oracle.Violation;
import org.loaderlab.simulate.Action;
import org.loaderlab.simulate.LoaderFactory;
import org.loaderlab.simulate.LoaderKind;
import org.loaderlab.simulate.PreparedWorld;
import org.loaderlab.simulate.Simulation;
import org.loaderlab.simulate.SimulationRun;
import org.loaderlab.simulate.SimulationSettings;
import org.loaderlab.world.World;
import org.loaderlab.world.WorldSpec;

/**
 * One violation scenario: a small world written here (modules as manifest and fake-binary text,
 * {@code etc/} files), an optional change to the world after it was written and checked (a
 * binary replaced: a tampered module), the legacy faults it needs, and a fixed list of admin
 * actions. {@link #legacy()} and {@link #engine()} run the same world and actions on each loader
 * and judge the trace with every oracle.
 *
 * <p>Actions are fixed; the seed only decides what the scheduler and the calls draw (which task
 * steps next, how long a call lasts, what it runs). It is fixed too, {@link #SEED_DEFAULT} unless
 * a scenario says otherwise and why.
 */
final class Scenario {

  static final long SEED_DEFAULT = 1L;
  /** Scenarios take a few hundred steps; a runaway is cut here, and a hang scenario lowers it. */
  static final long STEPS_MAX_DEFAULT = 100_000L;
  static final int DRAWS_MAX = 1_000_000;

  private final String name;
  private final WorldSpec.Builder spec;
  private final List<Action> actions = new ArrayList<>();
  private Consumer<World> afterWritten = world -> {};
  private LegacyFaults faults = LegacyFaults.today();
  private long seed = SEED_DEFAULT;
  private long stepsMax = STEPS_MAX_DEFAULT;

  private Scenario(String name) {
    this.name = name;
    this.spec = WorldSpec.builder(name).etc("modules.conf", "[modules]\nautoload=no\n");
  }

  /** A world called {@code name} with {@code autoload=no} and nothing else yet. */
  static Scenario world(String name) {
    return new Scenario(name);
  }

  /**
   * A module with a binary. {@code manifest} follows the manifest's {@code [module] name= checksum=}
   * lines (more {@code [module]} keys first, then sections); {@code binary} follows the binary's
   * {@code [module] name=} line the same way. The checksum is the binary's own.
   */
  Scenario module(String module, String manifest, String binary) {
    String binaryText = "[module]\nname=" + module + "\n" + binary;
    String manifestText = "[module]\nname=" + module + "\nchecksum=" + WorldSpec.checksumOf(binaryText) + "\n"
        + manifest;
    ModuleName name = ModuleName.of(module);
    spec.binaryText(name, binaryText).manifestText(name, manifestText);
    return this;
  }

  /** {@code etc/modules.conf}, replacing the default {@code autoload=no}. */
  Scenario modulesConf(String text) {
    spec.etc("modules.conf", text);
    return this;
  }

  /** Changes the world after it was written and checked, before the facts are read. */
  Scenario afterWritten(Consumer<World> change) {
    this.afterWritten = Objects.requireNonNull(change, "change");
    return this;
  }

  Scenario faults(LegacyFaults value) {
    this.faults = Objects.requireNonNull(value, "faults");
    return this;
  }

  Scenario seed(long value) {
    this.seed = value;
    return this;
  }

  Scenario stepsMax(long value) {
    this.stepsMax = value;
    return this;
  }

  Scenario actions(Action... value) {
    actions.addAll(List.of(value));
    return this;
  }

  Judged legacy() {
    return run(LoaderKind.LEGACY, legacyFactory(faults));
  }

  Judged engine() {
    return run(LoaderKind.ENGINE, LoaderKind.ENGINE.factory());
  }

  private Judged run(LoaderKind kind, LoaderFactory factory) {
    var written = World.generate(spec.build());
    assertThat(written.value()).as("world %s: %s", name, written.diagnostics()).isPresent();
    afterWritten.accept(written.orElseThrow());
    try (PreparedWorld world = PreparedWorld.of(written).orElseThrow()) {
      SimulationSettings settings = new SimulationSettings(kind, seed, actions.size(),
          SimulationSettings.SchedulerKind.RANDOM, stepsMax, DRAWS_MAX, 0);
      SimulationRun run = Simulation.run(world, settings, factory, actions);
      List<Violation> violations = Oracles.all().check(run.evidence().orElseThrow().trace());
      return new Judged(run, violations);
    }
  }

  /** Today's loader with {@code faults}, wired as the simulation wires {@link LoaderKind#LEGACY}. */
  static LoaderFactory legacyFactory(LegacyFaults faults) {
    return setup -> LegacyLoader.builder()
        .modulesFolder(setup.world().world().modulesFolder())
        .modulesConf(setup.world().modulesConf())
        .extConfig(setup.world().extConfig())
        .dialplan(setup.world().dialplan())
        .linker(setup.linker())
        .runtime(setup.runtime())
        .listener(setup.listener())
        .faults(faults)
        .build();
  }

  static Action load(String module) {
    return new Action.Load(ModuleName.of(module));
  }

  static Action unload(String module) {
    return new Action.Unload(ModuleName.of(module), false);
  }

  static Action forceUnload(String module) {
    return new Action.Unload(ModuleName.of(module), true);
  }

  static Action call(String techModule, String tech) {
    return new Action.StartCall(ModuleName.of(techModule), tech);
  }

  static Action optionalCall(String provider, String api) {
    return new Action.OptionalCall(ModuleName.of(provider), api);
  }

  static Action exitThread(String module, String thread) {
    return new Action.ExitThread(ModuleName.of(module), thread);
  }

  static Action reloadDialplan() {
    return new Action.ReloadDialplan();
  }

  static Action shutdownGracefully() {
    return new Action.Shutdown(true);
  }

  static Action shutdownNow() {
    return new Action.Shutdown(false);
  }
}
