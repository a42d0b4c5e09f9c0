package org.loaderlab.binary;

import static org.loaderlab.binary.BinarySyntax.KEY_BLOCK_UNLOAD;
import static org.loaderlab.binary.BinarySyntax.KEY_LOAD;
import static org.loaderlab.binary.BinarySyntax.KEY_NAME;
import static org.loaderlab.binary.BinarySyntax.KEY_UNLOAD_MODULE;
import static org.loaderlab.binary.BinarySyntax.SECTION_MODULE;
import static org.loaderlab.binary.BinarySyntax.quote;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.conf.ConfSection;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LoadResult;

/**
 * Turns one parsed document into a {@link FakeBinary}: {@code [module]} here, the list sections
 * in {@link BinaryLists}.
 *
 * <ol>
 *   <li>Find the first {@code [module]} header; without one there is no binary.
 *   <li>Read every non-template section in file order; an unknown section is reported whole.
 *   <li>Check what needs the whole file (a thread's key may be declared below it).
 *   <li>Without a valid name there is nothing to build; otherwise build, errors or not.
 * </ol>
 */
final class BinaryReader {

  private static final String BINARY_SUFFIX = ".so";

  private final String file;
  private final Optional<String> fileName;
  private final Problems problems;
  private final BinaryLists lists;
  /** Keys of [module] already set, with where: lookups only, never iterated. */
  private final Map<String, SourceLocation> firstSeen = new HashMap<>();

  private boolean nameSeen;
  private Optional<ModuleName> name = Optional.empty();
  private Optional<SourceLocation> nameLocation = Optional.empty();
  private LoadResult loadResult = LoadResult.SUCCESS;
  private boolean unloadModule = true;
  private boolean blockUnload;

  BinaryReader(String file, Optional<String> fileName, Problems problems) {
    this.file = file;
    this.fileName = fileName;
    this.problems = problems;
    this.lists = new BinaryLists(problems);
  }

  Parsed<FakeBinary> read(ConfDocument document) {
    List<ConfSection> sections = document.sections().stream().filter(section -> !section.template()).toList();
    Optional<ConfSection> header = sections.stream()
        .filter(section -> section.name().equalsIgnoreCase(SECTION_MODULE)).findFirst();
    if (header.isEmpty()) {
      problems.error(SourceLocation.wholeFile(file), "missing-module-section", "no [module] section");
      return Parsed.failed(problems.sorted());
    }
    for (ConfSection section : sections) {
      readSection(section);
    }
    lists.checkThreadKeys();
    if (name.isEmpty()) {
      if (!nameSeen) {
        problems.error(header.get().location(), "missing-name", "[module] has no name=");
      }
      return Parsed.failed(problems.sorted());
    }
    checkFileName(name.get(), nameLocation.orElseThrow());
    return Parsed.of(lists.build(name.get(), loadResult, unloadModule, blockUnload), problems.sorted());
  }

  private void readSection(ConfSection section) {
    String sectionName = section.name().toLowerCase(Locale.ROOT);
    if (!BinarySyntax.SECTIONS.contains(sectionName)) {
      problems.error(section.location(), "unknown-section", "unknown section [" + quote(section.name())
          + "]: expected [module], [registers], [threadstorage], [threads], [optional_api] or [adversarial]");
      return;
    }
    for (ConfEntry entry : section.entries()) {
      if (problems.full()) {
        return;
      }
      if (sectionName.equals(SECTION_MODULE)) {
        readModule(entry);
      } else {
        lists.read(sectionName, entry);
      }
    }
  }

  private void readModule(ConfEntry entry) {
    String key = entry.key().toLowerCase(Locale.ROOT);
    SourceLocation location = entry.location();
    if (!key.equals(KEY_NAME) && !key.equals(KEY_LOAD) && !key.equals(KEY_UNLOAD_MODULE)
        && !key.equals(KEY_BLOCK_UNLOAD)) {
      problems.error(location, "unknown-key", "unknown key '" + quote(entry.key())
          + "' in [module]: expected name, load, unload_module or block_unload");
      return;
    }
    SourceLocation first = firstSeen.putIfAbsent(key, location);
    if (first != null) {
      problems.error(location, "duplicate-key", "duplicate key '" + key + "' in [module], first set at " + first);
      return;
    }
    if (key.equals(KEY_NAME)) {
      nameSeen = true;
    }
    String value = entry.value();
    if (value.isEmpty()) {
      problems.error(location, "empty-value", "empty value for '" + key + "' in [module]");
      return;
    }
    switch (key) {
      case KEY_NAME:
        readName(value, location);
        break;
      case KEY_LOAD:
        readLoadResult(value, location);
        break;
      case KEY_UNLOAD_MODULE:
        unloadModule = readYesNo(key, value, location).orElse(unloadModule);
        break;
      default:
        blockUnload = readYesNo(key, value, location).orElse(blockUnload);
        break;
    }
  }

  private void readName(String value, SourceLocation location) {
    Optional<String> problem = ModuleName.problem(value);
    if (problem.isPresent()) {
      problems.error(location, "invalid-module-name", problem.get());
      return;
    }
    name = Optional.of(ModuleName.of(value));
    nameLocation = Optional.of(location);
  }

  private void readLoadResult(String value, SourceLocation location) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "success":
        loadResult = LoadResult.SUCCESS;
        break;
      case "decline":
        loadResult = LoadResult.DECLINE;
        break;
      case "failure":
        loadResult = LoadResult.FAILURE;
        break;
      default:
        problems.error(location, "bad-load-result",
            "expected 'success', 'decline' or 'failure' for 'load', found '" + quote(value) + "'");
        break;
    }
  }

  private Optional<Boolean> readYesNo(String key, String value, SourceLocation location) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "yes":
        return Optional.of(true);
      case "no":
        return Optional.of(false);
      default:
        problems.error(location, "bad-boolean",
            "expected 'yes' or 'no' for '" + key + "', found '" + quote(value) + "'");
        return Optional.empty();
    }
  }

  /** {@code name=} must name the file, as a manifest's must: a renamed binary is a different module. */
  private void checkFileName(ModuleName moduleName, SourceLocation location) {
    if (fileName.isEmpty()) {
      return;
    }
    String actual = fileName.get();
    Optional<ModuleName> implied = actual.endsWith(BINARY_SUFFIX)
        ? ModuleName.parse(actual)
        : Optional.empty();
    if (implied.isEmpty() || !implied.get().equals(moduleName)) {
      problems.error(location, "name-mismatch", "binary says name=" + moduleName + " but its file is " + actual);
    }
  }
}
