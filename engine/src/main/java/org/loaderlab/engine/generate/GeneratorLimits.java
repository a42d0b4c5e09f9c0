package org.loaderlab.engine.generate;

import org.apiguardian.api.API;

/**
 * Bounds on what the scanner keeps from a source file, so any input, however large or hostile,
 * is read in bounded memory. A source is read as a stream: only these buffers ever grow.
 *
 * @param blockCharsMax one {@code MODULEINFO} or {@code DOCUMENTATION} block; a larger block is
 *     skipped with a warning. Asterisk's largest DOCUMENTATION blocks (manager.c, res_pjsip)
 *     are a few hundred KiB, so the 8 MiB default leaves room without letting a block eat memory
 * @param lineCharsMax one line; the rest of a longer line is skipped with a warning, so a
 *     file that is one enormous line is never held whole. Real sources stay under 1 KiB a line
 * @param macroCharsMax the text of one {@code AST_MODULE_INFO(...)} call or one struct
 *     initialiser; a real one is under 1 KiB, the 64 KiB default is a fence, not a target
 * @param diagnosticsMax problems reported per source before the rest are counted, not listed,
 *     so a file of garbage yields a short report
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GeneratorLimits(int blockCharsMax, int lineCharsMax, int macroCharsMax, int diagnosticsMax) {

  public static final GeneratorLimits DEFAULTS = new GeneratorLimits(8 * 1024 * 1024, 64 * 1024, 64 * 1024, 50);

  public GeneratorLimits {
    requirePositive("blockCharsMax", blockCharsMax);
    requirePositive("lineCharsMax", lineCharsMax);
    requirePositive("macroCharsMax", macroCharsMax);
    requirePositive("diagnosticsMax", diagnosticsMax);
  }

  private static void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, was " + value);
    }
  }
}
