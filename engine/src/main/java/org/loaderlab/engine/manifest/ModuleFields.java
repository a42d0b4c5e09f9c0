package org.loaderlab.engine.manifest;

import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_CHECKSUM;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_CONFIG;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_DEFAULT_ENABLED;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_DESCRIPTION;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_EXPORT_GLOBALS;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_LOAD_PRIORITY;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_NAME;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_SUPPORT_LEVEL;
import static org.loaderlab.engine.manifest.ManifestSyntax.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * The keys of {@code [module]}, read one entry at a time. A bad value is reported and the
 * default kept, so the rest of the manifest can still be checked.
 */
final class ModuleFields {

  private final Problems problems;
  /** Single-valued keys already set, with where: lookups only, never iterated. */
  private final Map<String, SourceLocation> firstSeen = new HashMap<>();

  private boolean nameSeen;
  private Optional<ModuleName> name = Optional.empty();
  private Optional<SourceLocation> nameLocation = Optional.empty();
  private Optional<String> checksum = Optional.empty();
  private Optional<SourceLocation> checksumLocation = Optional.empty();
  private SupportLevel supportLevel = SupportLevel.UNKNOWN;
  private Optional<Boolean> defaultEnabled = Optional.empty();
  private boolean exportGlobals;
  private LoadPriority loadPriority = LoadPriority.DEFAULT;
  private final List<String> configs = new ArrayList<>();
  private Optional<String> description = Optional.empty();

  ModuleFields(Problems problems) {
    this.problems = problems;
  }

  void read(ConfEntry entry) {
    String key = entry.key().toLowerCase(Locale.ROOT);
    SourceLocation location = entry.location();
    if (key.equals(KEY_CONFIG)) {
      if (requireValue(entry)) {
        configs.add(entry.value());
      }
      return;
    }
    if (!isSingleValued(key)) {
      problems.error(location, "unknown-key", "unknown key '" + quote(entry.key()) + "' in [module]");
      return;
    }
    SourceLocation first = firstSeen.putIfAbsent(key, location);
    if (first != null) {
      problems.error(location, "duplicate-key",
          "duplicate key '" + key + "' in [module], first set at " + first);
      return;
    }
    if (key.equals(KEY_NAME)) {
      nameSeen = true;
    }
    if (requireValue(entry)) {
      readSingle(key, entry.value(), location);
    }
  }

  private static boolean isSingleValued(String key) {
    switch (key) {
      case KEY_NAME:
      case KEY_CHECKSUM:
      case KEY_SUPPORT_LEVEL:
      case KEY_DEFAULT_ENABLED:
      case KEY_EXPORT_GLOBALS:
      case KEY_LOAD_PRIORITY:
      case KEY_DESCRIPTION:
        return true;
      default:
        return false;
    }
  }

  private boolean requireValue(ConfEntry entry) {
    if (entry.value().isEmpty()) {
      problems.error(entry.location(), "empty-value",
          "empty value for '" + entry.key().toLowerCase(Locale.ROOT) + "' in [module]");
      return false;
    }
    return true;
  }

  private void readSingle(String key, String value, SourceLocation location) {
    switch (key) {
      case KEY_NAME:
        readName(value, location);
        break;
      case KEY_CHECKSUM:
        readChecksum(value, location);
        break;
      case KEY_SUPPORT_LEVEL:
        readSupportLevel(value, location);
        break;
      case KEY_DEFAULT_ENABLED:
        defaultEnabled = readYesNo(key, value, location);
        break;
      case KEY_EXPORT_GLOBALS:
        exportGlobals = readYesNo(key, value, location).orElse(false);
        break;
      case KEY_LOAD_PRIORITY:
        readLoadPriority(value, location);
        break;
      case KEY_DESCRIPTION:
        // Kept as written: the generator decodes MODULEINFO's XML entities before it writes.
        description = Optional.of(value);
        break;
      default:
        throw new IllegalStateException("not a single-valued key: " + key);
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

  private void readChecksum(String value, SourceLocation location) {
    checksumLocation = Optional.of(location);
    checksum = ManifestSyntax.normalizeChecksum(value);
    if (checksum.isEmpty()) {
      problems.error(location, "bad-checksum", "malformed checksum '" + quote(value)
          + "': expected 'sha256:' and 64 hex digits, or 32 hex digits (md5)");
    }
  }

  private void readSupportLevel(String value, SourceLocation location) {
    Optional<SupportLevel> level = SupportLevel.parse(value);
    if (level.isEmpty()) {
      problems.error(location, "unknown-support-level", "unknown support_level '" + quote(value)
          + "': expected core, extended or deprecated");
      return;
    }
    supportLevel = level.get();
  }

  private Optional<Boolean> readYesNo(String key, String value, SourceLocation location) {
    Optional<Boolean> parsed = ManifestSyntax.parseYesNo(value);
    if (parsed.isEmpty()) {
      problems.error(location, "bad-boolean",
          "expected 'yes' or 'no' for '" + key + "', found '" + quote(value) + "'");
    }
    return parsed;
  }

  private void readLoadPriority(String value, SourceLocation location) {
    Optional<LoadPriority> priority = LoadPriority.parse(value);
    if (priority.isEmpty()) {
      problems.error(location, "unknown-load-priority", "unknown load_priority '" + quote(value)
          + "': expected one of " + LoadPriority.spellings());
      return;
    }
    loadPriority = priority.get();
  }

  /** Whether any {@code name=} line was seen, valid or not. */
  boolean nameSeen() {
    return nameSeen;
  }

  /** The name from a valid {@code name=} line. */
  Optional<ModuleName> name() {
    return name;
  }

  Optional<SourceLocation> nameLocation() {
    return nameLocation;
  }

  Optional<SourceLocation> checksumLocation() {
    return checksumLocation;
  }

  Manifest toManifest(ModuleName moduleName, List<Requirement> uses, List<Requirement> canUse,
      List<Provision> provides) {
    return new Manifest(moduleName, checksum, supportLevel, defaultEnabled, exportGlobals,
        loadPriority, configs, description, uses, canUse, provides);
  }
}
