package org.loaderlab.engine.manifest;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One line of {@code [uses]} or {@code [canuse]}: {@code module=app_stack},
 * {@code application=Gosub}, {@code function=CHANNEL}, {@code realtime=sqlite3}, or
 * {@code service=timing} (the best provider of a service).
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Requirement(String kind, String name) implements Comparable<Requirement> {

  public Requirement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (!Kinds.isValid(kind)) {
      throw new IllegalArgumentException("invalid kind '" + kind + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("empty name for kind '" + kind + "'");
    }
  }

  public static Requirement module(ModuleName module) {
    return new Requirement(Kinds.MODULE, module.toString());
  }

  @Override
  public int compareTo(Requirement other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : name.compareToIgnoreCase(other.name);
  }

  /** The manifest line, {@code kind=name}. */
  @Override
  public String toString() {
    return kind + "=" + name;
  }
}
