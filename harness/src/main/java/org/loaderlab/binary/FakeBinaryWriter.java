package org.loaderlab.binary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.spi.LoadResult;

/**
 * Writes a {@link FakeBinary} as canonical {@code name.so} text, the inverse of
 * {@link FakeBinaryParser}: {@code parseText(f, write(b))} yields {@code b} again, with no
 * diagnostic.
 *
 * <p>The text: a first comment line {@code ; name.so, written by loaderlab: a fake module binary};
 * {@code [module]} with all four keys ({@code name}, {@code load}, {@code unload_module},
 * {@code block_unload}); then {@code [registers]}, {@code [threadstorage]}, {@code [threads]},
 * {@code [optional_api]} ({@code exports} before {@code calls}) and {@code [adversarial]}
 * ({@code user_of}, {@code cancel} unless it is {@code release}, {@code on_load},
 * {@code on_unload}, {@code on_cancel}), each only when it has something, a blank line before
 * each section; lists in model order; {@code key=value}, LF line ends, a final LF. The records
 * refuse every value the syntax could not carry, so every binary can be written.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FakeBinaryWriter {

  private FakeBinaryWriter() {}

  /**
   * The canonical text of {@code binary}.
   *
   * @throws IllegalArgumentException when the text would exceed {@link ConfLimits#DEFAULTS}'
   *     file size, so that no parser would read it back
   */
  public static String write(FakeBinary binary) {
    Objects.requireNonNull(binary, "binary");
    List<String> lines = new ArrayList<>();
    lines.add("; " + binary.fileName() + ", written by loaderlab: a fake module binary");
    lines.add("[module]");
    lines.add(BinarySyntax.KEY_NAME + "=" + binary.name());
    lines.add(BinarySyntax.KEY_LOAD + "=" + loadWord(binary.loadResult()));
    lines.add(BinarySyntax.KEY_UNLOAD_MODULE + "=" + yesNo(binary.unloadModule()));
    lines.add(BinarySyntax.KEY_BLOCK_UNLOAD + "=" + yesNo(binary.blockUnload()));
    List<String> registers = binary.registers().stream().map(Registered::toString).toList();
    section(lines, BinarySyntax.SECTION_REGISTERS, registers);
    section(lines, BinarySyntax.SECTION_THREADSTORAGE, prefixed(BinarySyntax.KEY_KEY, binary.threadStorage()));
    section(lines, BinarySyntax.SECTION_THREADS, prefixed(BinarySyntax.KEY_THREAD, binary.threads()));
    List<String> optionalApi = new ArrayList<>(prefixed(BinarySyntax.KEY_EXPORTS, binary.exports()));
    optionalApi.addAll(prefixed(BinarySyntax.KEY_CALLS, binary.calls()));
    section(lines, BinarySyntax.SECTION_OPTIONAL_API, optionalApi);
    section(lines, BinarySyntax.SECTION_ADVERSARIAL, adversarial(binary.adversarial()));
    String text = String.join("\n", lines) + "\n";
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > ConfLimits.DEFAULTS.fileBytesMax()) {
      throw new IllegalArgumentException("cannot write " + binary.fileName() + ": the text is " + bytes
          + " bytes, the limit is " + ConfLimits.DEFAULTS.fileBytesMax());
    }
    return text;
  }

  private static List<String> adversarial(Adversarial adversarial) {
    List<String> lines = new ArrayList<>(prefixed(BinarySyntax.KEY_USER_OF, adversarial.userOf()));
    if (!adversarial.cancel().equals(Disposal.RELEASE)) {
      lines.add(BinarySyntax.KEY_CANCEL + "=" + adversarial.cancel());
    }
    lines.addAll(prefixed(BinarySyntax.KEY_ON_LOAD, adversarial.onLoad()));
    lines.addAll(prefixed(BinarySyntax.KEY_ON_UNLOAD, adversarial.onUnload()));
    lines.addAll(prefixed(BinarySyntax.KEY_ON_CANCEL, adversarial.onCancel()));
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

  private static List<String> prefixed(String key, List<?> values) {
    return values.stream().map(value -> key + "=" + value).toList();
  }

  private static String loadWord(LoadResult result) {
    return result.name().toLowerCase(Locale.ROOT);
  }

  private static String yesNo(boolean value) {
    return value ? "yes" : "no";
  }
}
