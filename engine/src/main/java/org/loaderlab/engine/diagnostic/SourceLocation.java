package org.loaderlab.engine.diagnostic;

import java.util.Comparator;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Where a piece of input came from: a file as the user named it, and a 1-based line.
 *
 * <p>Line 0 means the file as a whole (it is too large, cannot be read, is missing).
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SourceLocation(String file, int line) implements Comparable<SourceLocation> {

  private static final Comparator<SourceLocation> ORDER =
      Comparator.comparing(SourceLocation::file).thenComparingInt(SourceLocation::line);

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  /** The location of a file as a whole, for problems that have no line. */
  public static SourceLocation wholeFile(String file) {
    return new SourceLocation(file, 0);
  }

  @Override
  public int compareTo(SourceLocation other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line}, or just {@code file} for the whole file: the form editors jump to. */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line;
  }
}
