package org.loaderlab.engine.manifest;

import static org.loaderlab.engine.manifest.ManifestSyntax.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.diagnostic.SourceLocation;

/**
 * The lines of {@code [provides]}: {@code kind=name} for applications, functions and realtime
 * drivers, {@code kind=name:priority} for a service provider. A bad line is reported and left
 * out.
 *
 * <p>A service provider must state its priority: its providers compete, and a silent default
 * would let a forgotten number decide which timing source runs.
 */
final class ProvisionList {

  private final Problems problems;
  private final List<Provision> provisions = new ArrayList<>();
  private final List<SourceLocation> locations = new ArrayList<>();
  /** Lines already listed, by {@link ManifestSyntax#identity}: lookups only, never iterated. */
  private final Map<String, SourceLocation> seen = new HashMap<>();

  ProvisionList(Problems problems) {
    this.problems = problems;
  }

  void read(ConfEntry entry) {
    String kind = entry.key().toLowerCase(Locale.ROOT);
    String value = entry.value();
    SourceLocation location = entry.location();
    if (!Kinds.isValid(kind)) {
      problems.error(location, "invalid-kind", "invalid kind '" + quote(entry.key())
          + "' in [provides]: a kind is a lower-case word such as 'application' or 'timing'");
      return;
    }
    if (value.isEmpty()) {
      problems.error(location, "empty-value", "empty value for '" + kind + "' in [provides]");
      return;
    }
    String line = "'" + kind + "=" + quote(value) + "'";
    if (kind.equals(Kinds.SERVICE)) {
      problems.error(location, "service-in-provides", line + " belongs in [uses]:"
          + " a provider names the service as its kind, e.g. 'timing=timerfd:100'");
      return;
    }
    if (kind.equals(Kinds.MODULE)) {
      problems.error(location, "module-in-provides",
          line + " cannot be provided: a module provides only itself, implicitly");
      return;
    }
    Provision provision = Kinds.isService(kind)
        ? service(kind, value, line, location)
        : plain(kind, value, line, location);
    if (provision == null) {
      return;
    }
    SourceLocation first = seen.putIfAbsent(ManifestSyntax.identity(kind, provision.name()), location);
    if (first != null) {
      problems.warning(location, "duplicate-provision", "'" + quote(kind + "=" + provision.name())
          + "' is listed twice in [provides], first at " + first);
      return;
    }
    provisions.add(provision);
    locations.add(location);
  }

  /** {@code name:priority}, split at the last colon so that a name may hold colons itself. */
  private Provision service(String kind, String value, String line, SourceLocation location) {
    int colon = value.lastIndexOf(':');
    if (colon < 0) {
      problems.error(location, "missing-priority", "service provider " + line + " needs a priority"
          + " from 0 to " + Provision.PRIORITY_MAX + ", e.g. '" + kind + "=" + quote(value) + ":100'");
      return null;
    }
    String name = value.substring(0, colon).strip();
    String priorityText = value.substring(colon + 1).strip();
    if (name.isEmpty()) {
      problems.error(location, "empty-value", "empty name before the priority in " + line);
      return null;
    }
    OptionalInt priority = ManifestSyntax.parsePriority(priorityText);
    if (priority.isEmpty()) {
      problems.error(location, "bad-priority", "priority '" + quote(priorityText) + "' in " + line
          + " is not a whole number from 0 to " + Provision.PRIORITY_MAX);
      return null;
    }
    return new Provision(kind, name, priority);
  }

  private Provision plain(String kind, String value, String line, SourceLocation location) {
    if (ManifestSyntax.endsWithPriority(value)) {
      problems.error(location, "priority-not-allowed", line
          + " has a priority, but only service kinds such as 'timing' take one");
      return null;
    }
    return Provision.of(kind, value);
  }

  List<Provision> provisions() {
    return provisions;
  }

  List<SourceLocation> locations() {
    return locations;
  }
}
