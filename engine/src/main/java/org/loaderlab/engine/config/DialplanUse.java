package org.loaderlab.engine.config;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Requirement;

/**
 * One use of an application or function by the dialplan: while the dialplan is loaded, the
 * module providing it has the dialplan as a user.
 *
 * @param kind {@link Kinds#APPLICATION} or {@link Kinds#FUNCTION}
 * @param name as written ({@code Gosub}, {@code CHANNEL}); Asterisk matches it case-insensitively
 * @param context the context, or {@code globals} for a global variable's value
 * @param extension the extension as written ({@code s}, {@code _X.}, {@code 100/5551234}); empty
 *     for uses outside any extension ({@code [globals]}, {@code include}, {@code switch},
 *     {@code ignorepat})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DialplanUse(String kind, String name, String context, String extension, SourceLocation location) {

  public DialplanUse {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(extension, "extension");
    Objects.requireNonNull(location, "location");
    if (!kind.equals(Kinds.APPLICATION) && !kind.equals(Kinds.FUNCTION)) {
      throw new IllegalArgumentException("kind must be application or function, was '" + kind + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("empty " + kind + " name at " + location);
    }
  }

  /** {@code application=Gosub}: what the dialplan needs a provider of. */
  public Requirement requirement() {
    return new Requirement(kind, name);
  }

  /** {@code application=Gosub in test,s (extensions.conf:2)}. */
  @Override
  public String toString() {
    String where = extension.isEmpty() ? context : context + "," + extension;
    return kind + "=" + name + " in " + where + " (" + location + ")";
  }
}
