package org.loaderlab.engine.conf;

import org.apiguardian.api.API;

/**
 * Bounds on what the parser accepts, so hostile input is refused quickly instead of eating memory.
 *
 * @param fileBytesMax a file larger than this is refused before it is read: real configuration
 *     files, even large dialplans, are far smaller than the 4 MiB default
 * @param lineCharsMax Asterisk reads config lines into an 8192-byte buffer; longer lines are errors
 * @param includeDepthMax {@code #include} nesting; deeper nesting is an error, not a stack overflow
 * @param diagnosticsMax problems reported per file before the parser gives up on it, so a file
 *     of garbage yields a short report
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConfLimits(long fileBytesMax, int lineCharsMax, int includeDepthMax, int diagnosticsMax) {

  public static final ConfLimits DEFAULTS = new ConfLimits(4L * 1024 * 1024, 8192, 10, 50);

  public ConfLimits {
    requirePositive("fileBytesMax", fileBytesMax);
    requirePositive("lineCharsMax", lineCharsMax);
    requirePositive("includeDepthMax", includeDepthMax);
    requirePositive("diagnosticsMax", diagnosticsMax);
  }

  private static void requirePositive(String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, was " + value);
    }
  }
}
