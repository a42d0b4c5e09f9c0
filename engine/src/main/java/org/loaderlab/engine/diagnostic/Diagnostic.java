package org.loaderlab.engine.diagnostic;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * One problem in user input: where it is, how bad it is, a stable code for machines and a
 * sentence for people.
 *
 * <p>The code is a short kebab-case word ({@code unknown-key}, {@code dangling-use}) that tests
 * and tools may match on; the message may be reworded.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Diagnostic(Severity severity, SourceLocation location, String code, String message)
    implements Comparable<Diagnostic> {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Reports sort by file, then line, then code, so a report never depends on discovery order. */
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("diagnostic code must be kebab-case, was '" + code + "'");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("diagnostic message must not be blank");
    }
  }

  public static Diagnostic error(SourceLocation location, String code, String message) {
    return new Diagnostic(Severity.ERROR, location, code, message);
  }

  public static Diagnostic warning(SourceLocation location, String code, String message) {
    return new Diagnostic(Severity.WARNING, location, code, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  /** {@code file:line: error: message [code]}, the compiler form. */
  @Override
  public String toString() {
    return location + ": " + severity.label() + ": " + message + " [" + code + "]";
  }
}
