package org.loaderlab.engine.manifest;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The name of a module, such as {@code chan_sip}: never a file name.
 *
 * <p>Every user input (config, CLI, scenario) may say {@code chan_sip.so}; the suffix is stripped
 * here, once. A name is {@code [A-Za-z0-9_]+}, so it can never walk out of the modules folder
 * ({@code ../x}, {@code a/b}). Like Asterisk, names match case-insensitively: {@link #equals}
 * and {@link #compareTo} use the lower-case canonical form, {@link #toString} keeps the form the
 * user wrote.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ModuleName implements Comparable<ModuleName> {

  /** NAME_MAX (255) less the 9 characters of ".manifest": the longest name that still has a file. */
  public static final int CHARS_MAX = 246;

  private static final String BINARY_SUFFIX = ".so";

  private final String display;
  private final String canonical;
  /**
   * The canonical form's hash, kept here: engine maps are keyed by module name, and reaching into
   * the string for its hash is a cache miss per lookup in a catalog of 100,000 modules.
   */
  private final int hash;

  private ModuleName(String display) {
    this.display = display;
    this.canonical = display.toLowerCase(Locale.ROOT);
    this.hash = canonical.hashCode();
  }

  /**
   * The name for {@code raw}, with a trailing {@code .so} removed.
   *
   * @throws IllegalArgumentException naming the input and what is wrong with it
   */
  public static ModuleName of(String raw) {
    Objects.requireNonNull(raw, "raw");
    Optional<String> problem = problem(raw);
    if (problem.isPresent()) {
      throw new IllegalArgumentException(problem.get());
    }
    return new ModuleName(stripSuffix(raw.strip()));
  }

  /** The name for {@code raw}, or empty when {@link #problem} would report one. */
  public static Optional<ModuleName> parse(String raw) {
    return problem(raw).isPresent() ? Optional.empty() : Optional.of(of(raw));
  }

  /** Why {@code raw} is not a module name, as a sentence for the user; empty when it is one. */
  public static Optional<String> problem(String raw) {
    if (raw == null) {
      return Optional.of("a module name is required");
    }
    String name = stripSuffix(raw.strip());
    if (name.isEmpty()) {
      return Optional.of("empty module name '" + raw + "'");
    }
    if (name.length() > CHARS_MAX) {
      return Optional.of("module name is " + name.length() + " characters long, the limit is " + CHARS_MAX);
    }
    if (!isWord(name)) {
      return Optional.of("invalid module name '" + raw + "': use letters, digits and '_' only");
    }
    return Optional.empty();
  }

  /** {@code [A-Za-z0-9_]+}, by hand: names are checked for every line of every manifest. */
  private static boolean isWord(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean digit = c >= '0' && c <= '9';
      if (!letter && !digit && c != '_') {
        return false;
      }
    }
    return !name.isEmpty();
  }

  private static String stripSuffix(String raw) {
    return raw.endsWith(BINARY_SUFFIX) ? raw.substring(0, raw.length() - BINARY_SUFFIX.length()) : raw;
  }

  /** The lower-case form names are compared by. */
  public String canonical() {
    return canonical;
  }

  /** {@code name.manifest}. */
  public String manifestFileName() {
    return display + ".manifest";
  }

  /** {@code name.so}. */
  public String binaryFileName() {
    return display + BINARY_SUFFIX;
  }

  @Override
  public int compareTo(ModuleName other) {
    return canonical.compareTo(other.canonical);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModuleName name && hash == name.hash && canonical.equals(name.canonical);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return display;
  }
}
