package org.loaderlab.simulate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.loaderlab.binary.BinaryThread;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.binary.FakeBinaryParser;
import org.loaderlab.binary.Registered;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * What a world offers to act on, read once at setup from its files: the modules (by manifest),
 * and from their fake binaries the channel techs, applications, optional APIs and threads. Every
 * list is sorted, so a tape draws the same actions from the same world on any machine.
 *
 * @param modules every module with a manifest, sorted
 * @param techs channel technologies and the module registering each
 * @param applications applications and the module registering each
 * @param apis optional APIs and their provider
 * @param threads threads module code starts
 * @param binaries the modules that have a {@code .so} (not embedded), sorted: what a manifest
 *     edit or a binary replacement may target
 * @param needs who may need whom at run time, over-approximated (see {@link Needs}): a manifest
 *     edit adds a need only where no loop can close
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record WorldView(
    List<ModuleName> modules, List<Code> techs, List<Code> applications, List<Code> apis, List<Code> threads,
    List<ModuleName> binaries, SortedMap<ModuleName, SortedSet<ModuleName>> needs) {

  /** A named piece of {@code module}'s code: a tech, an application, an optional API or a thread. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Code(ModuleName module, String name) {
    public Code {
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(name, "name");
    }
  }

  private static final String MANIFEST_SUFFIX = ".manifest";

  public WorldView {
    modules = List.copyOf(modules);
    techs = List.copyOf(techs);
    applications = List.copyOf(applications);
    apis = List.copyOf(apis);
    threads = List.copyOf(threads);
    binaries = List.copyOf(binaries);
    needs = Collections.unmodifiableSortedMap(new TreeMap<>(needs));
  }

  /** A view with no binaries and no needs known: no manifest edit or binary replacement is drawn on it. */
  public WorldView(List<ModuleName> modules, List<Code> techs, List<Code> applications, List<Code> apis,
      List<Code> threads) {
    this(modules, techs, applications, apis, threads, List.of(), new TreeMap<>());
  }

  /** This view, with {@code value} as its needs. */
  public WorldView withNeeds(SortedMap<ModuleName, SortedSet<ModuleName>> value) {
    return new WorldView(modules, techs, applications, apis, threads, binaries, value);
  }

  /**
   * Reads {@code modulesFolder}: binaries that do not parse are left out (the world's own check
   * reports them before a simulation starts).
   */
  public static WorldView read(Path modulesFolder, ConfLimits limits) {
    FakeBinaryParser parser = new FakeBinaryParser(limits);
    List<ModuleName> modules = new ArrayList<>();
    List<Code> techs = new ArrayList<>();
    List<Code> applications = new ArrayList<>();
    List<Code> apis = new ArrayList<>();
    List<Code> threads = new ArrayList<>();
    List<ModuleName> binaries = new ArrayList<>();
    for (String fileName : sortedFileNames(modulesFolder)) {
      if (!fileName.endsWith(MANIFEST_SUFFIX)) {
        continue;
      }
      Optional<ModuleName> module = ModuleName.parse(fileName.substring(0, fileName.length() - MANIFEST_SUFFIX.length()));
      if (module.isEmpty()) {
        continue;
      }
      modules.add(module.get());
      Path binary = modulesFolder.resolve(module.get().binaryFileName());
      if (!Files.isRegularFile(binary)) {
        continue;
      }
      binaries.add(module.get());
      Optional<FakeBinary> image = parser.parse(binary).value();
      if (image.isEmpty()) {
        continue;
      }
      for (Registered registered : image.get().registers()) {
        Optional<RegistrationKind> kind = registered.registrationKind();
        if (kind.equals(Optional.of(RegistrationKind.CHANNEL_TECH))) {
          techs.add(new Code(module.get(), registered.name()));
        } else if (kind.equals(Optional.of(RegistrationKind.APPLICATION))) {
          applications.add(new Code(module.get(), registered.name()));
        }
      }
      image.get().exports().forEach(api -> apis.add(new Code(module.get(), api)));
      for (BinaryThread thread : image.get().threads()) {
        threads.add(new Code(module.get(), thread.name()));
      }
    }
    return new WorldView(modules, techs, applications, apis, threads, binaries, new TreeMap<>());
  }

  private static List<String> sortedFileNames(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> String.valueOf(file.getFileName())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
