package org.loaderlab.engine.manifest;

import java.util.Objects;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * One line of {@code [provides]}: {@code application=Dial}, {@code function=CHANNEL},
 * {@code realtime=sqlite3}, or a ranked service provider, {@code timing=timerfd:200} (higher
 * priority wins).
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Provision(String kind, String name, OptionalInt priority) {

  /**
   * The highest priority a manifest may give a service provider (the lowest is 0). Asterisk's
   * own ranks, such as timerfd's 200 and dahdi's 100, sit far below it; a bound keeps the
   * number a small, comparable rank rather than an arbitrary integer.
   */
  public static final int PRIORITY_MAX = 10_000;

  public Provision {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(priority, "priority");
    if (!Kinds.isValid(kind)) {
      throw new IllegalArgumentException("invalid kind '" + kind + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("empty name for kind '" + kind + "'");
    }
  }

  public static Provision of(String kind, String name) {
    return new Provision(kind, name, OptionalInt.empty());
  }

  /** The manifest line, {@code kind=name} or {@code kind=name:priority}. */
  @Override
  public String toString() {
    return kind + "=" + name + (priority.isPresent() ? ":" + priority.getAsInt() : "");
  }
}
