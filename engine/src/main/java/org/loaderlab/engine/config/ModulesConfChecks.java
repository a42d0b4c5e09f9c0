package org.loaderlab.engine.config;

import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * Contradictions between {@code modules.conf} lines, reported at the line that loses: a
 * {@code require} that cannot be honoured stops startup (an error, as Asterisk's "configured with
 * 'require' and 'noload', this is impossible"), a {@code load} that is overruled is only ignored
 * (a warning).
 */
final class ModulesConfChecks {

  private ModulesConfChecks() {}

  static void check(ModulesConf conf, Problems problems) {
    for (Located<ModuleName> required : conf.require()) {
      ModuleName name = required.value();
      conf.bannedAt(name).ifPresent(ban -> problems.add(Diagnostic.error(required.location(),
          "required-module-banned",
          "'" + name + "' is required but banned by neverload at " + ban + ", which prevents startup")));
      conf.noloadAt(name).ifPresent(noload -> problems.add(Diagnostic.error(required.location(),
          "required-and-noload",
          "'" + name + "' is required but excluded by noload at " + noload + ", which prevents startup")));
    }
    for (Located<ModuleName> loaded : conf.load()) {
      ModuleName name = loaded.value();
      if (conf.isBanned(name)) {
        problems.add(Diagnostic.warning(loaded.location(), "banned-load-ignored",
            "load of '" + name + "' is ignored: it is banned by neverload at " + conf.bannedAt(name).get()));
      } else if (conf.isNoload(name)) {
        problems.add(Diagnostic.warning(loaded.location(), "load-and-noload",
            "load of '" + name + "' is ignored: noload at " + conf.noloadAt(name).get() + " wins"));
      }
    }
  }
}
