package org.loaderlab.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ManifestSource;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.world.World;

/**
 * The admin's hot-install actions, done to the world's files while the loader runs, each
 * recorded as a {@link WorldChange} at its step and as a trace line. A file that cannot be read
 * back (a harness bug) is noted and left alone, never thrown at the run.
 */
final class WorldWrites {

  /** What a rebuilt binary gains: other bytes, the same code. */
  static final String REBUILT_LINE = "; rebuilt while the loader ran: the manifest's checksum no longer matches\n";

  private final World world;
  private final TraceRecorder trace;
  private final List<WorldChange> changes = new ArrayList<>();

  WorldWrites(World world, TraceRecorder trace) {
    this.world = world;
    this.trace = trace;
  }

  void install(Action.Install install, long stepIndex) {
    world.install(install.manifest(), install.binary());
    changes.add(new WorldChange(WorldChange.Kind.INSTALLED, install.module(), stepIndex));
    trace.note("world: installed " + install.module() + ".so and " + install.module() + ".manifest");
  }

  void edit(Action.EditManifest edit, long stepIndex) {
    Path file = world.manifestOf(edit.module());
    Parsed<ManifestSource> read = new ManifestParser(ConfLimits.DEFAULTS).parse(file);
    if (read.hasErrors()) {
      trace.note("world: " + edit.module() + ".manifest unreadable, not edited: " + read.errors().get(0));
      return;
    }
    Manifest manifest = read.orElseThrow().manifest();
    if (!manifest.uses().contains(edit.addedUse())) {
      List<Requirement> uses = new ArrayList<>(manifest.uses());
      uses.add(edit.addedUse());
      manifest = new Manifest(manifest.name(), manifest.checksum(), manifest.supportLevel(), manifest.defaultEnabled(),
          manifest.exportGlobals(), manifest.loadPriority(), manifest.configs(), manifest.description(), uses,
          manifest.canUse(), manifest.provides());
    }
    world.writeManifest(manifest);
    changes.add(new WorldChange(WorldChange.Kind.MANIFEST_EDITED, edit.module(), stepIndex));
    trace.note("world: " + edit.module() + ".manifest now uses " + edit.addedUse());
  }

  void replace(Action.ReplaceBinary replace, long stepIndex) {
    Optional<String> text = read(world.binaryOf(replace.module()));
    if (text.isEmpty()) {
      trace.note("world: " + replace.module() + ".so missing, not replaced");
      return;
    }
    world.writeModuleFile(replace.module().binaryFileName(), text.get() + REBUILT_LINE);
    changes.add(new WorldChange(WorldChange.Kind.BINARY_REPLACED, replace.module(), stepIndex));
    trace.note("world: " + replace.module() + ".so replaced, its checksum no longer matches");
  }

  private static Optional<String> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** The writes so far, in order. */
  List<WorldChange> changes() {
    return List.copyOf(changes);
  }
}
