package org.loaderlab.engine.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    Map<String, Need> byKey = new LinkedHashMap<>();
    for (Requirement use : manifest.uses()) {
      byKey.putIfAbsent(key(use), new Need(use, manifest.name().manifestFileName()));
    }
    for (AdminUse use : facts.modulesConf().usesOf(manifest.name())) {
      byKey.putIfAbsent(key(use.target()), new Need(use.target(), use.location().toString()));
    }
    for (String config : manifest.configs()) {
      for (Requirement driver : facts.extConfig().requirementsFor(config)) {
        byKey.putIfAbsent(key(driver), new Need(driver, "extconfig.conf for " + config));
      }
    }
    return List.copyOf(new ArrayList<>(byKey.values()));
  }

  /** Modules and applications match case-insensitively, as Asterisk finds them. */
  private static String key(Requirement requirement) {
    boolean caseInsensitive = requirement.kind().equals(Kinds.MODULE) || requirement.kind().equals(Kinds.APPLICATION);
    return requirement.kind() + "=" + (caseInsensitive ? requirement.name().toLowerCase(Locale.ROOT) : requirement.name());
  }
}
