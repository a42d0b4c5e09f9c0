package org.loaderlab.engine.config;

import org.loaderlab.engine.diagnostic.Located;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * One dialplan context, all its {@code [name]} sections merged (Asterisk merges them too).
 *
 * @param name as first written
 * @param location the first {@code [name]} header
 * @param extensions each extension once, as written, at its first line
 * @param includes included context names ({@code include => ctx,timespec} gives {@code ctx})
 * @param switches {@code switch}, {@code lswitch} and {@code eswitch} values as written ({@code Realtime/ctx@family})
 * @param ignorePatterns {@code ignorepat} values as written
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DialplanContext(
    String name,
    SourceLocation location,
    List<Located<String>> extensions,
    List<Located<String>> includes,
    List<Located<String>> switches,
    List<Located<String>> ignorePatterns) {

  public DialplanContext {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    extensions = List.copyOf(extensions);
    includes = List.copyOf(includes);
    switches = List.copyOf(switches);
    ignorePatterns = List.copyOf(ignorePatterns);
  }
}
