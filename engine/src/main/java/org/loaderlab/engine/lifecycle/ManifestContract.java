package org.loaderlab.engine.lifecycle;

import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.config.AdminUse;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.plan.Facts;
import org.loaderlab.engine.resolve.ProviderIndex;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * The manifest as a contract on module code. The loader can only order and hold what a manifest
 * declares: a registration the manifest does not provide hides a provider from every resolver,
 * and a use the manifest does not declare is a dependency the loader never ordered. So both are
 * refused, and this class says which are allowed and, for a refusal, the sentence that says why.
 * Pure: the caller holds the engine lock and owns the state it passes in.
 */
final class ManifestContract {

  private ManifestContract() {}

  /**
   * Whether {@code manifest}'s {@code [provides]} names {@code kind} {@code name}: applications
   * match case-insensitively, as the api_registry finds them; functions, manager actions and AGI
   * commands exactly. CLI commands and channel technologies have no manifest line: always.
   */
  static boolean provides(Manifest manifest, RegistrationKind kind, String name) {
    if (kind == RegistrationKind.CLI_COMMAND || kind == RegistrationKind.CHANNEL_TECH) {
      return true;
    }
    for (Provision provision : manifest.provides()) {
      if (!provision.kind().equals(kind.manifestKind())) {
        continue;
      }
      boolean same = kind == RegistrationKind.APPLICATION ? provision.name().equalsIgnoreCase(name)
          : provision.name().equals(name);
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** "res_x may not register application 'Foo': its manifest does not provide it". */
  static String undeclaredRegistration(ModuleName module, RegistrationKind kind, String name) {
    return module + " may not register " + kind.label() + " '" + name + "': its manifest does not provide it";
  }

  /**
   * Whether {@code target} meets a need that {@code user} declares: its manifest's {@code [uses]}
   * and {@code [canuse]}, the modules.conf {@code [uses]} lines for it, and the realtime drivers
   * extconfig.conf maps its {@code config=} files to, each need met by any of its providers (a
   * {@code service=} need by any provider of the service, not only the best: the best may be
   * gone, and a use of another is still declared). As the engine resolves needs
   * ({@code Needs}), with {@code [canuse]} added.
   *
   * @param facts the catalog and configuration as last scanned; empty before the first scan
   */
  static boolean declaresUse(Manifest user, ModuleName target, Optional<Facts> facts) {
    if (meets(user.uses(), target, facts) || meets(user.canUse(), target, facts)) {
      return true;
    }
    if (facts.isEmpty()) {
      return false;
    }
    for (AdminUse use : facts.get().modulesConf().usesOf(user.name())) {
      if (meets(List.of(use.target()), target, facts)) {
        return true;
      }
    }
    for (String config : user.configs()) {
      if (meets(facts.get().extConfig().requirementsFor(config), target, facts)) {
        return true;
      }
    }
    return false;
  }

  /** "res_x may not use res_t: none of the needs it declares is met by res_t". */
  static String undeclaredUse(ModuleName user, ModuleName target) {
    return user + " may not use " + target + ": none of the needs it declares ([uses], [canuse], modules.conf"
        + " [uses], extconfig) is met by " + target;
  }

  private static boolean meets(List<Requirement> needs, ModuleName target, Optional<Facts> facts) {
    for (Requirement need : needs) {
      if (need.kind().equals(Kinds.MODULE) && ModuleName.parse(need.name()).map(target::equals).orElse(false)) {
        return true; // named outright: true even for a module the catalog no longer lists
      }
      if (facts.isPresent() && offeredBy(facts.get().providers(), need, target)) {
        return true;
      }
    }
    return false;
  }

  private static boolean offeredBy(ProviderIndex providers, Requirement need, ModuleName target) {
    for (ProviderIndex.Offer offer : providers.providers(need)) {
      if (offer.module().equals(target)) {
        return true;
      }
    }
    return false;
  }
}
