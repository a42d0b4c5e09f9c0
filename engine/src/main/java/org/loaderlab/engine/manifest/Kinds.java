package org.loaderlab.engine.manifest;

import org.apiguardian.api.API;

/**
 * The kinds of thing a manifest line names ({@code kind=name}): modules, and the named things
 * a module registers (applications, functions, realtime drivers, AGI commands, manager
 * actions). Any other lower-case word is a service kind, such as {@code timing}: providers of a
 * service carry a priority.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Kinds {
  public static final String MODULE = "module";
  public static final String APPLICATION = "application";
  public static final String FUNCTION = "function";
  public static final String REALTIME = "realtime";
  /** An AGI command ({@code <agi name=...>} in DOCUMENTATION). */
  public static final String AGI = "agi";
  /** A manager (AMI) action ({@code <manager name=...>} in DOCUMENTATION). */
  public static final String MANAGER = "manager";
  /** In {@code [uses]} only: {@code service=timing} needs the best provider of {@code timing}. */
  public static final String SERVICE = "service";

  private Kinds() {}

  /** Whether {@code kind} is spelled like a kind: a lower-case word. */
  public static boolean isValid(String kind) {
    // [a-z][a-z0-9_]*, by hand: every line of every manifest is checked.
    if (kind == null || kind.isEmpty() || !isLower(kind.charAt(0))) {
      return false;
    }
    for (int i = 1; i < kind.length(); i++) {
      char c = kind.charAt(i);
      if (!isLower(c) && !(c >= '0' && c <= '9') && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  /** Whether {@code kind} is one whose providers are services ranked by priority. */
  public static boolean isService(String kind) {
    return isValid(kind) && !kind.equals(MODULE) && !kind.equals(APPLICATION)
        && !kind.equals(FUNCTION) && !kind.equals(REALTIME) && !kind.equals(AGI)
        && !kind.equals(MANAGER) && !kind.equals(SERVICE);
  }
}
