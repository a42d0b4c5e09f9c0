package org.loaderlab.engine.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Which extra sources belong to which module, as a module folder's {@code Makefile} says with
 * Asterisk's {@code $(call MOD_ADD_C,chan_sip,$(wildcard sip/*.c))} or an explicit file list
 * ({@code $(call MOD_ADD_C,res_ari,ari/cli.c ari/config.c)}).
 */
final class MakefileModules {

  /** Makefiles of module folders are a few KiB; a larger one is not read. */
  static final long MAKEFILE_BYTES_MAX = 1024 * 1024;

  private static final Pattern MOD_ADD_C = Pattern.compile("\\$\\(call\\s+MOD_ADD_C\\s*,\\s*([A-Za-z0-9_]+)\\s*,(.*)\\)\\s*$");
  private static final Pattern WILDCARD = Pattern.compile("\\$\\(wildcard\\s+([^)]*)\\)");

  private MakefileModules() {}

  /** Each module's extra source patterns, relative to the folder (e.g. {@code sip/*.c}). */
  static Map<ModuleName, List<String>> read(Path folder) throws IOException {
    Path makefile = folder.resolve("Makefile");
    Map<ModuleName, List<String>> patterns = new TreeMap<>();
    if (!Files.isRegularFile(makefile) || Files.size(makefile) > MAKEFILE_BYTES_MAX) {
      return patterns;
    }
    for (String line : Files.readAllLines(makefile, StandardCharsets.UTF_8)) {
      Matcher call = MOD_ADD_C.matcher(line.strip());
      if (!call.matches()) {
        continue;
      }
      ModuleName module = ModuleName.parse(call.group(1)).orElse(null);
      if (module == null) {
        continue;
      }
      List<String> files = patterns.computeIfAbsent(module, m -> new ArrayList<>());
      String sources = call.group(2);
      Matcher wildcard = WILDCARD.matcher(sources);
      while (wildcard.find()) {
        files.addAll(List.of(wildcard.group(1).strip().split("\\s+")));
      }
      String plain = WILDCARD.matcher(sources).replaceAll(" ").strip();
      if (!plain.isEmpty()) {
        files.addAll(List.of(plain.split("\\s+")));
      }
    }
    return patterns;
  }
}
