package org.loaderlab.engine.conf;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A parsed configuration file with its includes expanded in place: the sections in file order.
 * A section name may occur more than once, as in Asterisk.
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ConfDocument(String file, List<ConfSection> sections) {

  public ConfDocument {
    Objects.requireNonNull(file, "file");
    sections = List.copyOf(sections);
  }

  /** Every section called {@code name} (case-insensitively), in order. */
  public List<ConfSection> sections(String name) {
    return sections.stream().filter(section -> section.name().equalsIgnoreCase(name)).toList();
  }
}
