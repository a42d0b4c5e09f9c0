package org.loaderlab.simulate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.binary.BinaryThread;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.property.Tape;

/**
 * The world as one run's actions change it, while {@link ActionGen} draws them: the modules (hot
 * installs join), the binaries, who may need whom, the threads. It draws the three hot-install
 * actions so that they keep the world's rules: a new module has a new name and provides an
 * application no one else does, and needs only modules already there; a manifest edit adds a
 * need only where no loop can close; a binary replacement hits a module that has one.
 */
final class HotInstalls {

  /** Needs of a new module: enough for a cascade, few enough to load most of the time. */
  static final int INSTALL_USES_MAX = 2;
  /** Tries to find a need an edit may add; a world where none fits gets another action. */
  static final int EDIT_TRIES_MAX = 8;

  final List<ModuleName> modules;
  final List<ModuleName> binaries;
  final List<WorldView.Code> threads;
  private final TreeMap<ModuleName, SortedSet<ModuleName>> needs = new TreeMap<>();
  private int installCount;

  HotInstalls(WorldView world) {
    modules = new ArrayList<>(world.modules());
    binaries = new ArrayList<>(world.binaries());
    threads = new ArrayList<>(world.threads());
    world.needs().forEach((module, providers) -> needs.put(module, new TreeSet<>(providers)));
  }

  /** A new module {@code hot_N}: uses a few modules of the world, provides {@code HotAppN}, maybe starts a thread. */
  Action.Install install(Tape tape) {
    ModuleName name;
    do {
      name = ModuleName.of("hot_" + (++installCount));
    } while (modules.contains(name)); // bounded: each turn takes a new number, and the world's names are finite
    List<Requirement> uses = new ArrayList<>();
    SortedSet<ModuleName> targets = new TreeSet<>();
    int useCount = modules.isEmpty() ? 0 : tape.choose(INSTALL_USES_MAX + 1);
    for (int index = 0; index < useCount; index++) {
      ModuleName target = modules.get(tape.choose(modules.size()));
      if (targets.add(target)) {
        uses.add(Requirement.module(target));
      }
    }
    String application = "HotApp" + installCount;
    Manifest manifest = new Manifest(name, Optional.empty(), SupportLevel.EXTENDED, Optional.empty(), false,
        LoadPriority.DEFAULT, List.of(), Optional.of("Installed while the loader ran"), uses, List.of(),
        List.of(Provision.of("application", application)));
    FakeBinary.Builder binary = FakeBinary.builder(name).registers("application", application);
    if (tape.choose(2) == 1) {
      binary.thread(new BinaryThread("hot_worker", Optional.empty()));
      threads.add(new WorldView.Code(name, "hot_worker"));
    }
    modules.add(name);
    binaries.add(name);
    needs.put(name, targets);
    return new Action.Install(manifest, binary.build());
  }

  /** One more {@code [uses] module=} for a module with a binary, where no loop can close; empty if none was found. */
  Optional<Action.EditManifest> edit(Tape tape) {
    if (binaries.isEmpty() || modules.size() < 2) {
      return Optional.empty();
    }
    for (int attempt = 0; attempt < EDIT_TRIES_MAX; attempt++) {
      ModuleName module = binaries.get(tape.choose(binaries.size()));
      ModuleName target = modules.get(tape.choose(modules.size()));
      if (!Needs.reaches(needs, target, module)) {
        needs.computeIfAbsent(module, key -> new TreeSet<>()).add(target);
        return Optional.of(new Action.EditManifest(module, Requirement.module(target)));
      }
    }
    return Optional.empty();
  }

  /** A module with a binary, rebuilt; empty in a world without binaries. */
  Optional<Action.ReplaceBinary> replace(Tape tape) {
    if (binaries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Action.ReplaceBinary(binaries.get(tape.choose(binaries.size()))));
  }
}
