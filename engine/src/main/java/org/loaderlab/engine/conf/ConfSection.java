package org.loaderlab.engine.conf;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * A {@code [name]} section and its entries in file order, repeated keys kept.
 *
 * <p>A section that inherits templates ({@code [name](tmpl)}) already holds the templates'
 * entries first, each with its own original location, as Asterisk does.
 *
 * @param template whether the header said {@code (!)}: a template is not meant to be used itself
 * @param templates the templates named in the header, in order
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConfSection(
    String name,
    SourceLocation location,
    boolean template,
    List<String> templates,
    List<ConfEntry> entries) {

  public ConfSection {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(location, "location");
    templates = List.copyOf(templates);
    entries = List.copyOf(entries);
  }

  /** Every entry with {@code key} (compared case-insensitively, as Asterisk does), in order. */
  public List<ConfEntry> entries(String key) {
    return entries.stream().filter(entry -> entry.key().equalsIgnoreCase(key)).toList();
  }
}
