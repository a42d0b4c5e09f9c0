package org.loaderlab.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded Asterisk-like source tree: {@code count} module sources spread over the module
 * folders, each with a licence header, a MODULEINFO block using earlier modules, a DOCUMENTATION
 * block of one to three applications, a couple of hundred lines of code, and an AST_MODULE_INFO.
 * About 20 KiB a source, near the median of Asterisk's own modules.
 */
public final class SyntheticSources {

  private static final String[] FOLDERS = {"apps", "res", "funcs", "channels", "pbx", "codecs"};
  /** Asterisk's name prefix for the modules of each folder, in the same order. */
  private static final String[] PREFIXES = {"app", "res", "func", "chan", "pbx", "codec"};
  private static final int CODE_LINES = 220;

  private SyntheticSources() {}

  /** Writes the tree under {@code root}; the same seed always writes the same bytes. */
  public static void write(Path root, int count, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    for (int index = 0; index < count; index++) {
      Path folder = root.resolve(FOLDERS[index % FOLDERS.length]);
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(name(index) + ".c"), source(index, random), StandardCharsets.UTF_8);
    }
  }

  static String name(int index) {
    return String.format(Locale.ROOT, "%s_synth%05d", PREFIXES[index % PREFIXES.length], index);
  }

  private static String source(int index, SplittableRandom random) {
    StringBuilder c = new StringBuilder(24 * 1024);
    c.append("/*\n * Asterisk -- An open source telephony toolkit.\n *\n * Copyright (C) 2026, Synthetic\n *\n")
        .append(" * This program is free software, distributed under the terms of\n")
        .append(" * the GNU General Public License Version 2. See the LICENSE file\n * at the top of the source tree.\n */\n\n");
    c.append("/*** MODULEINFO\n\t<depend>pjproject</depend>\n\t<use type=\"external\">openssl</use>\n");
    StringBuilder requires = new StringBuilder();
    int uses = index == 0 ? 0 : random.nextInt(4);
    for (int u = 0; u < uses; u++) {
      String used = name(random.nextInt(index));
      c.append("\t<use type=\"module\">").append(used).append("</use>\n");
      requires.append(requires.length() == 0 ? "" : ",").append(used);
    }
    c.append("\t<support_level>core</support_level>\n ***/\n\n#include \"asterisk.h\"\n#include \"asterisk/module.h\"\n\n");
    c.append("/*** DOCUMENTATION\n");
    int applications = 1 + random.nextInt(3);
    for (int a = 0; a < applications; a++) {
      c.append("\t<application name=\"Synth").append(index).append('x').append(a).append("\" language=\"en_US\">\n")
          .append("\t\t<synopsis>Does synthetic thing ").append(a).append(" &amp; more.</synopsis>\n")
          .append("\t\t<syntax>\n\t\t\t<parameter name=\"options\">\n\t\t\t\t<optionlist>\n")
          .append("\t\t\t\t\t<option name=\"a\"><para>Answer first.</para></option>\n")
          .append("\t\t\t\t</optionlist>\n\t\t\t</parameter>\n\t\t</syntax>\n")
          .append("\t\t<description><para>Runs for the &lt;duration&gt; given.</para></description>\n")
          .append("\t</application>\n");
    }
    c.append(" ***/\n\n");
    for (int line = 0; line < CODE_LINES; line++) {
      c.append("static int synth_step_").append(line).append("(struct ast_channel *chan, const char *data)\n{\n")
          .append("\tif (ast_strlen_zero(data)) { /* a comment with ( parens ) and \"quotes\" */\n\t\treturn -1;\n\t}\n")
          .append("\treturn ").append(random.nextInt(100)).append(";\n}\n\n");
      line += 7;
    }
    c.append("AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_LOAD_ORDER, \"Synthetic module ").append(index).append("\",\n")
        .append("\t.support_level = AST_MODULE_SUPPORT_CORE,\n\t.load = load_module,\n\t.unload = unload_module,\n")
        .append("\t.load_pri = AST_MODPRI_DEFAULT,\n\t.requires = \"").append(requires).append("\",\n);\n");
    return c.toString();
  }
}
