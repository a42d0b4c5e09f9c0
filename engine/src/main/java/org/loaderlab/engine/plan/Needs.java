package org.loaderlab.engine.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.loaderlab.engine.config.AdminUse;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.Requirement;

/**
 * What a module needs before it can start, from the three places that say so: its manifest's
 * {@code [uses]}, the admin's {@code [uses]} in modules.conf, and, for each {@code config=} file
 * that extconfig.conf maps to a realtime driver, that driver ({@code preload}'s replacement).
 */
final class Needs {

  /** One need and who declared it, for messages. */
  record Need(Requirement requirement, String source) {}

  private Needs() {}

  /** The needs of {@code manifest}'s module, each requirement once, in declaration order. */
  static List<Need> of(Manifest manifest, Facts facts) {
    // Every module of a startup comes here: no text is built to compare needs, and the
    // sources are made once per module, not per need.
    Collected needs = new Collected(manifest.uses().size());
    if (!manifest.uses().isEmpty()) {
      String source = manifest.name().manifestFileName();
      for (Requirement use : manifest.uses()) {
        needs.addIfNew(use, source);
      }
    }
    if (!facts.modulesConf().uses().isEmpty()) {
      for (AdminUse use : facts.modulesConf().usesOf(manifest.name())) {
        needs.addIfNew(use.target(), use.location().toString());
      }
    }
    for (String config : manifest.configs()) {
      for (Requirement driver : facts.extConfig().requirementsFor(config)) {
        needs.addIfNew(driver, "extconfig.conf for " + config);
      }
    }
    return List.copyOf(needs.needs);
  }

  /** The needs so far and their keys, the first of each key kept. */
  private static final class Collected {

    /** Keys compared one by one up to here (most modules need a few things), then hashed. */
    private static final int SCANNED_MAX = 8;

    final List<Need> needs;
    private final List<Key> keys;
    private Set<Key> hashed;

    Collected(int expected) {
      needs = new ArrayList<>(expected);
      keys = new ArrayList<>(expected);
    }

    void addIfNew(Requirement requirement, String source) {
      Key key = key(requirement);
      boolean known = hashed != null ? !hashed.add(key) : keys.contains(key);
      if (known) {
        return;
      }
      keys.add(key);
      if (hashed == null && keys.size() > SCANNED_MAX) {
        hashed = new HashSet<>(keys);
      }
      needs.add(new Need(requirement, source));
    }
  }

  /** A kind and a name as matched: the name in lower case where matching ignores case. */
  private record Key(String kind, String name) {}

  /** Modules and applications match case-insensitively, as Asterisk finds them. */
  private static Key key(Requirement requirement) {
    boolean caseInsensitive = requirement.kind().equals(Kinds.MODULE) || requirement.kind().equals(Kinds.APPLICATION);
    return new Key(requirement.kind(), caseInsensitive ? requirement.name().toLowerCase(Locale.ROOT) : requirement.name());
  }
}
