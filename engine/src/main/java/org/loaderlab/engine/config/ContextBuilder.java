package org.loaderlab.engine.config;

import org.loaderlab.engine.diagnostic.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * A context as its sections are read: extensions, includes, switches, ignore patterns, and the
 * priority labels defined so far (a priority may name a label defined above it, as
 * pbx_config's {@code ast_findlabel_extension2} allows).
 */
final class ContextBuilder {

  final String name;
  private final SourceLocation location;
  private final Map<String, Located<String>> extensions = new LinkedHashMap<>();
  private final Map<String, Set<String>> labelsByExtension = new TreeMap<>();
  final List<Located<String>> includes = new ArrayList<>();
  final List<Located<String>> switches = new ArrayList<>();
  final List<Located<String>> ignorePatterns = new ArrayList<>();

  ContextBuilder(String name, SourceLocation location) {
    this.name = name;
    this.location = location;
  }

  void addExtension(String extension, SourceLocation at) {
    extensions.putIfAbsent(extension, new Located<>(extension, at));
  }

  void addLabel(String extension, String label) {
    labelsByExtension.computeIfAbsent(extension, key -> new TreeSet<>()).add(label);
  }

  boolean hasLabel(String extension, String label) {
    return labelsByExtension.getOrDefault(extension, Set.of()).contains(label);
  }

  DialplanContext build() {
    return new DialplanContext(name, location, List.copyOf(extensions.values()), includes, switches,
        ignorePatterns);
  }
}
