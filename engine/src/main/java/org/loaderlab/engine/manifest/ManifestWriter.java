package org.loaderlab.engine.manifest;

import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_CHECKSUM;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_CONFIG;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_DEFAULT_ENABLED;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_DESCRIPTION;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_EXPORT_GLOBALS;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_LOAD_PRIORITY;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_NAME;
import static org.loaderlab.engine.manifest.ManifestSyntax.KEY_SUPPORT_LEVEL;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfLimits;

/**
 * Writes a {@link Manifest} as canonical {@code name.manifest} text, the inverse of
 * {@link ManifestParser}: for every manifest {@code m} that {@link #problem} accepts,
 * {@code parseText(f, write(m))} yields {@code m} again, with no diagnostic.
 *
 * <p>The text: a first comment line {@code ; name.manifest, written by loaderlab}; then
 * {@code [module]}, {@code [uses]}, {@code [canuse]}, {@code [provides]}, empty ones left out,
 * a blank line between them; in {@code [module]} the keys in the order {@code name},
 * {@code checksum}, {@code support_level}, {@code defaultenabled}, {@code export_globals},
 * {@code load_priority}, {@code config}..., {@code description}, each left out when it holds
 * the default (no checksum, unknown level, unset, {@code no}, {@code default}, none, none);
 * lists in model order; {@code key=value}, LF line ends, a final LF.
 *
 * <p>Values are written as they are, with {@code ;} escaped as {@code \;}; a value that starts
 * with {@code >} is written {@code key=>value}, since {@code key=>} would otherwise swallow it.
 * Nothing is normalised: a value that a file cannot carry exactly (a line break, white space at
 * an end, a surrogate half, a service provider without a priority, ...) is refused, so a
 * generator learns of it at once instead of by a failed round trip.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ManifestWriter {

  private ManifestWriter() {}

  /**
   * The canonical text of {@code manifest}.
   *
   * @throws IllegalArgumentException with {@link #problem}'s sentence when the manifest cannot
   *     be written so that it reads back unchanged
   */
  public static String write(Manifest manifest) {
    Objects.requireNonNull(manifest, "manifest");
    Optional<String> problem = problem(manifest);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("cannot write manifest '" + manifest.name() + "': " + problem.get());
    }
    return join(render(manifest));
  }

  /**
   * Why {@code manifest} cannot be written so that {@link ManifestParser} (with
   * {@link ConfLimits#DEFAULTS}) reads it back equal and without diagnostics; empty when it can.
   */
  public static Optional<String> problem(Manifest manifest) {
    Objects.requireNonNull(manifest, "manifest");
    Optional<String> content = Writability.problem(manifest);
    if (content.isPresent()) {
      return content;
    }
    ConfLimits limits = ConfLimits.DEFAULTS;
    long fileBytes = 0;
    for (String line : render(manifest)) {
      int lineBytes = line.getBytes(StandardCharsets.UTF_8).length;
      if (lineBytes > limits.lineCharsMax()) {
        return Optional.of("line '" + ManifestSyntax.quote(line) + "' is " + lineBytes
            + " bytes long, the limit is " + limits.lineCharsMax());
      }
      fileBytes += lineBytes + 1;
    }
    if (fileBytes > limits.fileBytesMax()) {
      return Optional.of("the text is " + fileBytes + " bytes, the limit is " + limits.fileBytesMax());
    }
    return Optional.empty();
  }

  private static List<String> render(Manifest manifest) {
    List<String> lines = new ArrayList<>();
    lines.add("; " + manifest.name().manifestFileName() + ", written by loaderlab");
    lines.add("[" + ManifestSyntax.SECTION_MODULE + "]");
    lines.add(entry(KEY_NAME, manifest.name().toString()));
    manifest.checksum().ifPresent(checksum -> lines.add(entry(KEY_CHECKSUM, checksum)));
    if (manifest.supportLevel() != SupportLevel.UNKNOWN) {
      lines.add(entry(KEY_SUPPORT_LEVEL, manifest.supportLevel().configName()));
    }
    manifest.defaultEnabled()
        .ifPresent(enabled -> lines.add(entry(KEY_DEFAULT_ENABLED, ManifestSyntax.yesNo(enabled))));
    if (manifest.exportGlobals()) {
      lines.add(entry(KEY_EXPORT_GLOBALS, ManifestSyntax.yesNo(true)));
    }
    if (manifest.loadPriority() != LoadPriority.DEFAULT) {
      lines.add(entry(KEY_LOAD_PRIORITY, manifest.loadPriority().configName()));
    }
    for (String config : manifest.configs()) {
      lines.add(entry(KEY_CONFIG, config));
    }
    manifest.description().ifPresent(description -> lines.add(entry(KEY_DESCRIPTION, description)));
    section(lines, ManifestSyntax.SECTION_USES, manifest.uses().stream()
        .map(requirement -> entry(requirement.kind(), requirement.name())).toList());
    section(lines, ManifestSyntax.SECTION_CANUSE, manifest.canUse().stream()
        .map(requirement -> entry(requirement.kind(), requirement.name())).toList());
    section(lines, ManifestSyntax.SECTION_PROVIDES, manifest.provides().stream()
        .map(ManifestWriter::entry).toList());
    return lines;
  }

  private static void section(List<String> lines, String name, List<String> entries) {
    if (entries.isEmpty()) {
      return;
    }
    lines.add("");
    lines.add("[" + name + "]");
    lines.addAll(entries);
  }

  private static String entry(Provision provision) {
    String priority = provision.priority().isPresent() ? ":" + provision.priority().getAsInt() : "";
    return entry(provision.kind(), provision.name() + priority);
  }

  private static String entry(String key, String value) {
    String separator = value.startsWith(">") ? "=>" : "=";
    return key + separator + ManifestSyntax.escape(value);
  }

  private static String join(List<String> lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return text.toString();
  }
}
