package org.loaderlab.engine.diagnostic;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a parser returns: the value it could build (possibly partial, or absent when the input
 * could not be read at all) and every problem it found, in input order.
 *
 * <p>Parsers never throw at a user; a caller that needs all-or-nothing checks {@link #hasErrors()}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Parsed<T>(Optional<T> value, List<Diagnostic> diagnostics) {

  public Parsed {
    Objects.requireNonNull(value, "value");
    diagnostics = List.copyOf(diagnostics);
  }

  public static <T> Parsed<T> of(T value, List<Diagnostic> diagnostics) {
    return new Parsed<>(Optional.of(value), diagnostics);
  }

  public static <T> Parsed<T> failed(List<Diagnostic> diagnostics) {
    if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
      throw new IllegalArgumentException("a failed parse must carry at least one error");
    }
    return new Parsed<>(Optional.empty(), diagnostics);
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  /** The value, for callers that have already checked {@link #hasErrors()} or accept partial values. */
  public T orElseThrow() {
    return value.orElseThrow(() -> new IllegalStateException("no value: " + diagnostics));
  }
}
