package org.loaderlab.simulate;

import java.io.Closeable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.config.DialplanParser;
import org.loaderlab.engine.config.ExtConfig;
import org.loaderlab.engine.config.ExtConfigParser;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.lifecycle.KnownCatalog;
import org.loaderlab.linker.BinaryImages;
import org.loaderlab.oracle.WorldFacts;
import org.loaderlab.world.World;
import org.loaderlab.world.WorldTemplate;

/**
 * A world read once for many runs: its files on Jimfs, its configuration parsed, its
 * {@link WorldView}, its modules folder's catalog as the engine reads it, and the fake binaries its
 * runs' linkers parsed (keyed by their bytes). Runs only read it, so one prepared world serves any
 * number of seeds; a run that writes to it (hot install) gets its own copy ({@link #forWrites()}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PreparedWorld implements Closeable {

  private final World world;
  private final ModulesConf modulesConf;
  private final ExtConfig extConfig;
  private final Dialplan dialplan;
  private final WorldView view;
  private final WorldFacts facts;
  private final BinaryImages binaryImages;
  private final Optional<KnownCatalog> knownCatalog;
  /** The files as prepared, read once for every copy {@link #forWrites()} makes; null for such a copy. */
  private final WorldTemplate template;

  private PreparedWorld(World world, ModulesConf modulesConf, ExtConfig extConfig, Dialplan dialplan, WorldView view, WorldFacts facts,
      BinaryImages binaryImages, Optional<KnownCatalog> knownCatalog, WorldTemplate template) {
    this.world = world;
    this.modulesConf = modulesConf;
    this.extConfig = extConfig;
    this.dialplan = dialplan;
    this.view = view;
    this.facts = facts;
    this.binaryImages = binaryImages;
    this.knownCatalog = knownCatalog;
    this.template = template;
  }

  /** The world of fixture folder {@code folder}; its errors, with file and line, if it has any. */
  public static Parsed<PreparedWorld> fromFolder(Path folder) {
    return of(World.fromFolder(Objects.requireNonNull(folder, "folder"), ConfLimits.DEFAULTS));
  }

  /**
   * Prepares a world already read; on errors, closes it.
   *
   * @param read a world as {@link World#fromFolder} or {@link World#generate} returns it
   */
  public static Parsed<PreparedWorld> of(Parsed<World> read) {
    List<Diagnostic> problems = new ArrayList<>(read.diagnostics());
    if (read.value().isEmpty()) {
      return Parsed.failed(problems);
    }
    World world = read.orElseThrow();
    ModulesConf modulesConf = parse(new ModulesConfParser()::parse, world.modulesConf(), ModulesConf::empty, problems);
    ExtConfig extConfig = parse(new ExtConfigParser()::parse, world.extconfigConf(), ExtConfig::empty, problems);
    Dialplan dialplan = parse(new DialplanParser()::parse, world.extensionsConf(), Dialplan::empty, problems);
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      world.close();
      return Parsed.failed(problems);
    }
    Parsed<WorldFacts> facts = WorldFacts.read(world);
    if (facts.value().isEmpty()) {
      world.close();
      problems.addAll(facts.diagnostics());
      return Parsed.failed(problems);
    }
    WorldView view = WorldView.read(world.modulesFolder(), ConfLimits.DEFAULTS).withNeeds(Needs.of(facts.orElseThrow()));
    return Parsed.of(new PreparedWorld(world, modulesConf, extConfig, dialplan, view, facts.orElseThrow(),
        new BinaryImages(ConfLimits.DEFAULTS), Optional.of(KnownCatalog.read(world.modulesFolder())), WorldTemplate.of(world)),
        problems);
  }

  /**
   * A copy for one run that writes to its files (hot installs): the same configuration, view and
   * facts, on a file system of its own, so this world stays as it was for the next run. Its files
   * are those prepared (runs only read this world). The caller closes it. It has no known catalog:
   * this world's is of another file system.
   */
  PreparedWorld forWrites() {
    World copy = template == null ? world.copy() : template.copy();
    return new PreparedWorld(copy, modulesConf, extConfig, dialplan, view, facts, binaryImages, Optional.empty(), null);
  }

  /** A missing config file counts as empty, as Asterisk treats it; the world's check already reported bad ones. */
  private static <T> T parse(Function<Path, Parsed<T>> parser, Path file, Supplier<T> absent, List<Diagnostic> problems) {
    if (!Files.exists(file)) {
      return absent.get();
    }
    Parsed<T> parsed = parser.apply(file);
    for (Diagnostic diagnostic : parsed.diagnostics()) {
      if (!problems.contains(diagnostic)) {
        problems.add(diagnostic);
      }
    }
    return parsed.value().orElseGet(absent);
  }

  public World world() {
    return world;
  }

  public ModulesConf modulesConf() {
    return modulesConf;
  }

  public ExtConfig extConfig() {
    return extConfig;
  }

  public Dialplan dialplan() {
    return dialplan;
  }

  public WorldView view() {
    return view;
  }

  /** The fake binaries parsed so far by the linkers of runs on this world and its copies. */
  public BinaryImages binaryImages() {
    return binaryImages;
  }

  /**
   * The modules folder's catalog as read at preparation, for the engine to start from
   * ({@link org.loaderlab.engine.lifecycle.LoaderBuilder#knownCatalog}); the engine checks it still
   * matches the folder before using it. Empty for a copy made for writes.
   */
  public Optional<KnownCatalog> knownCatalog() {
    return knownCatalog;
  }

  /** What the oracles judge against: the manifests, modules.conf, providers, as read at preparation. */
  public WorldFacts facts() {
    return facts;
  }

  @Override
  public void close() {
    world.close();
  }
}
