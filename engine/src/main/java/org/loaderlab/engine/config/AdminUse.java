package org.loaderlab.engine.config;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * One line of {@code modules.conf}'s {@code [uses]}: the administrator declares that
 * {@code user} needs {@code target}, on top of what the user's manifest says; for example
 * {@code chan_sip=cdr_custom}, or {@code pbx_config=Gosub} after {@code type=application}.
 *
 * @param user the module that needs something, never {@code null}
 * @param target what it needs; for {@code module} targets the name is a normalised
 *     {@link ModuleName} ({@code .so} removed), never {@code null}
 * @param location the line that says so, never {@code null}
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AdminUse(ModuleName user, Requirement target, SourceLocation location) {

  public AdminUse {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(location, "location");
  }

  /** {@code chan_sip uses module=cdr_custom (modules.conf:12)}: a reason a report can quote. */
  @Override
  public String toString() {
    return user + " uses " + target + " (" + location + ")";
  }
}
