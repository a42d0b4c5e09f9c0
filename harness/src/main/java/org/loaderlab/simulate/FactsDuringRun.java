package org.loaderlab.simulate;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.loaderlab.binary.FakeBinaryWriter;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.oracle.WorldFacts;
import org.loaderlab.world.WorldSpec;

/**
 * The facts the oracles judge a run by, when the admin wrote to the world: the facts read before
 * the run, plus each module installed during it (new, so its manifest is true for the whole run)
 * and each binary replaced (tampered from its step on: {@link OracleJudge} drops a tampered load
 * seen before). An edited manifest only gains a need, so the facts before the edit miss that need
 * and never blame a loader for honouring it. Without an install the manifests are those before the
 * run, so the facts before are kept, with the replaced binaries as tampered, and their needs graph
 * (built once for the world) is not built again.
 */
final class FactsDuringRun {

  private FactsDuringRun() {}

  static WorldFacts of(WorldFacts before, List<Action> actions, List<WorldChange> changes) {
    if (changes.isEmpty()) {
      return before;
    }
    if (changes.stream().noneMatch(change -> change.kind() == WorldChange.Kind.INSTALLED)) {
      Set<ModuleName> replaced = new TreeSet<>();
      for (WorldChange change : changes) {
        if (change.kind() == WorldChange.Kind.BINARY_REPLACED) {
          replaced.add(change.module());
        }
      }
      return before.withTampered(replaced);
    }
    WorldFacts.Builder facts = WorldFacts.builder().modulesConf(before.modulesConf()).extConfig(before.extConfig());
    for (Manifest manifest : before.manifests().values()) {
      facts.manifest(manifest);
      before.destructorKeys(manifest.name()).forEach(key -> facts.destructorKey(manifest.name(), key));
    }
    before.tampered().forEach(facts::tampered);
    for (Action action : actions) {
      if (action instanceof Action.Install install && happened(changes, WorldChange.Kind.INSTALLED, install.module())) {
        facts.manifest(WorldSpec.withChecksumOf(install.manifest(), FakeBinaryWriter.write(install.binary())));
        install.binary().threadStorage().stream().filter(key -> key.destructor())
            .forEach(key -> facts.destructorKey(install.module(), key.name()));
      }
    }
    for (WorldChange change : changes) {
      if (change.kind() == WorldChange.Kind.BINARY_REPLACED) {
        facts.tampered(change.module());
      }
    }
    return facts.build();
  }

  private static boolean happened(List<WorldChange> changes, WorldChange.Kind kind, ModuleName module) {
    return changes.stream().anyMatch(change -> change.kind() == kind && change.module().equals(module));
  }
}
