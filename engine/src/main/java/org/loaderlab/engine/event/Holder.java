package org.loaderlab.engine.event;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A named holder of a reference: its kind and an id unique among holders of that kind
 * ({@code channel:SIP/alice-0001}, {@code dependent:chan_sip}, {@code admin:modules.conf:5}).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Holder(HolderKind kind, String id) implements Comparable<Holder> {

  public Holder {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  @Override
  public int compareTo(Holder other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
