package org.loaderlab.world;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.loaderlab.binary.Adversarial;
import org.loaderlab.binary.BinaryThread;
import org.loaderlab.binary.Disposal;
import org.loaderlab.binary.EngineCall;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.property.Tape;

/**
 * Generates a world from a tape: {@code chan_gN} channel drivers (a tech and an application)
 * every fifth module, {@code res_gN} resources exporting an optional API otherwise; threads, some
 * with threadstorage destructors; {@code [uses]} only of earlier modules, so there is no cycle;
 * {@code [canuse]} of any other; {@code autoload=yes}. A share of modules is adversarial (their
 * code calls the loader from its entry points and answers cancels late or never, but takes only
 * uses its manifest declares), a share lies (its code registers or uses what its manifest does not
 * declare). Every module keeps the fixture README's rules otherwise, and the world reads cleanly.
 * A shrunk tape (all zeros) makes the plainest world of that size.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WorldGen {

  static final int CHANNEL_EVERY = 5;
  static final int USES_MAX = 2;
  /** Longest {@code cancel=delay:N} drawn: long enough to straddle an unload, short for a run. */
  static final int CANCEL_DELAY_STEPS_MAX = 20;
  static final List<LoadPriority> PRIORITIES = List.of(LoadPriority.DEFAULT, LoadPriority.CHANNEL_DEPEND,
      LoadPriority.APP_DEPEND, LoadPriority.CORE, LoadPriority.CDR_DRIVER);

  private WorldGen() {}

  /** The world {@code settings} asks for, named {@code name}, every choice drawn from {@code tape}. */
  public static WorldSpec generate(String name, WorldGenSettings settings, Tape tape) {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(tape, "tape");
    WorldSpec.Builder world = WorldSpec.builder(name);
    List<ModuleName> names = new ArrayList<>();
    for (int index = 0; index < settings.moduleCount(); index++) {
      names.add(name(index));
    }
    for (int index = 0; index < settings.moduleCount(); index++) {
      module(world, names, index, settings, tape);
    }
    return world.etc("modules.conf", "[modules]\nautoload=yes\n").build();
  }

  static ModuleName name(int index) {
    return ModuleName.of((index % CHANNEL_EVERY == 0 ? "chan_g" : "res_g") + index);
  }

  private static void module(WorldSpec.Builder world, List<ModuleName> names, int index, WorldGenSettings settings,
      Tape tape) {
    ModuleName self = names.get(index);
    TreeSet<ModuleName> uses = new TreeSet<>();
    int useCount = index == 0 ? 0 : tape.choose(USES_MAX + 1);
    for (int each = 0; each < useCount; each++) {
      uses.add(names.get(tape.choose(index)));
    }
    TreeSet<ModuleName> canUse = new TreeSet<>();
    if (names.size() > 1 && tape.choose(4) == 1) {
      ModuleName other = names.get(tape.choose(names.size()));
      if (!other.equals(self) && !uses.contains(other)) {
        canUse.add(other);
      }
    }
    List<Provision> provides = new ArrayList<>();
    FakeBinary.Builder binary = FakeBinary.builder(self);
    if (index % CHANNEL_EVERY == 0) {
      binary.registers("channel_tech", "T" + index).registers("application", "App" + index);
      provides.add(Provision.of("application", "App" + index));
    } else {
      binary.exports("api_" + index);
    }
    boolean threads = tape.choose(3) == 0;
    if (threads) {
      if (tape.choose(3) == 0) {
        binary.threadStorage("buf", true).thread(BinaryThread.using("worker", "buf"));
      } else {
        binary.thread(BinaryThread.of("worker"));
      }
    }
    boolean adversarial = tape.choose(100) < settings.adversarialPercent();
    boolean liar = tape.choose(100) < settings.liarPercent();
    if (adversarial || liar) {
      binary.adversarial(adversarial(names, index, uses, canUse, adversarial, liar, binary, tape));
    } else if (!threads && tape.choose(10) == 0) {
      binary.unloadModule(false); // without threads or uses, nothing outlives a module that has none
    }
    if (tape.choose(20) == 0) {
      binary.blockUnload(true);
    }
    LoadPriority priority = PRIORITIES.get(tape.choose(PRIORITIES.size()));
    Manifest manifest = new Manifest(self, Optional.empty(), SupportLevel.CORE, Optional.empty(), false, priority,
        List.of(), Optional.of("Generated module " + index), requirements(uses), requirements(canUse), provides);
    world.module(manifest, binary.build());
  }

  /**
   * The {@code [adversarial]} section: an adversarial module takes uses only of modules it declares
   * (adding a {@code [canuse]} when it declares none) and keeps {@code unload_module}, which lets
   * them go, however it answers a cancel; a liar takes a use of an earlier module it does not
   * declare, or registers an application it does not provide.
   */
  private static Adversarial adversarial(List<ModuleName> names, int index, TreeSet<ModuleName> uses,
      TreeSet<ModuleName> canUse, boolean adversarial, boolean liar, FakeBinary.Builder binary, Tape tape) {
    List<ModuleName> userOf = new ArrayList<>();
    Disposal cancel = Disposal.RELEASE;
    List<EngineCall> onLoad = new ArrayList<>();
    List<EngineCall> onUnload = new ArrayList<>();
    List<EngineCall> onCancel = new ArrayList<>();
    if (adversarial) {
      if (uses.isEmpty() && canUse.isEmpty() && names.size() > 1) {
        ModuleName other = names.get((index + 1 + tape.choose(names.size() - 1)) % names.size());
        canUse.add(other);
      }
      List<ModuleName> declared = new ArrayList<>(uses);
      declared.addAll(canUse);
      if (!declared.isEmpty()) {
        userOf.add(declared.get(tape.choose(declared.size())));
      }
      cancel = switch (tape.choose(3)) {
        case 0 -> Disposal.RELEASE;
        case 1 -> Disposal.IGNORE;
        default -> Disposal.delay(1 + tape.choose(CANCEL_DELAY_STEPS_MAX));
      };
      call(names, tape).ifPresent(onLoad::add);
      call(names, tape).ifPresent(onUnload::add);
      call(names, tape).ifPresent(onCancel::add);
    }
    if (liar) {
      lie(names, index, uses, canUse, userOf, binary, tape);
    }
    return new Adversarial(userOf, cancel, onLoad, onUnload, onCancel);
  }

  private static void lie(List<ModuleName> names, int index, TreeSet<ModuleName> uses, TreeSet<ModuleName> canUse,
      List<ModuleName> userOf, FakeBinary.Builder binary, Tape tape) {
    if (index > 0 && tape.choose(2) == 0) {
      ModuleName target = names.get(tape.choose(index));
      if (!uses.contains(target) && !canUse.contains(target) && !userOf.contains(target)) {
        userOf.add(target);
        return;
      }
    }
    binary.registers("application", "LieApp" + index);
  }

  /** A call into the loader, or none (half the time): any verb, any module, itself included. */
  private static Optional<EngineCall> call(List<ModuleName> names, Tape tape) {
    if (tape.choose(2) == 0) {
      return Optional.empty();
    }
    EngineCall.Verb verb = EngineCall.Verb.values()[tape.choose(EngineCall.Verb.values().length)];
    return Optional.of(new EngineCall(verb, names.get(tape.choose(names.size()))));
  }

  private static List<Requirement> requirements(TreeSet<ModuleName> modules) {
    return modules.stream().map(Requirement::module).toList();
  }
}
