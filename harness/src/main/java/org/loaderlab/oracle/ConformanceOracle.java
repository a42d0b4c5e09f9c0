package org.loaderlab.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.loaderlab.engine.config.AdminUse;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.resolve.ProviderIndex;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.Observation;

/**
 * Conformance, "the manifest lies": what a module's code does must be what its manifest says.
 * Modules the facts have no manifest for are not judged; each lie is reported once per module.
 *
 * <ul>
 *   <li>{@code registers-undeclared}: a RegistrationAdded of an application, function, manager
 *       action or AGI command that the module's {@code [provides]} does not name (applications
 *       match case-insensitively). CLI commands and channel techs have no manifest line.
 *   <li>{@code uses-undeclared}: module code took a use (use-taken) of a module that meets none
 *       of its {@code [uses]}, {@code [canuse]}, modules.conf {@code [uses]} or extconfig needs.
 * </ul>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConformanceOracle implements Oracle {

  @Override
  public List<Violation> check(Trace trace) {
    WorldFacts facts = trace.facts();
    Set<String> reported = new TreeSet<>();
    List<Violation> found = new ArrayList<>();
    for (Trace.Entry entry : trace.entries()) {
      if (entry instanceof Trace.EventEntry event && event.event() instanceof LifecycleEvent.RegistrationAdded added) {
        registration(entry, added, facts, reported).ifPresent(found::add);
      } else if (entry instanceof Trace.ObservedEntry observed && observed.observation() instanceof Observation.UseTaken use) {
        use(entry, use, facts, reported).ifPresent(found::add);
      }
    }
    found.sort(Violation.ORDER);
    return List.copyOf(found);
  }

  private static Optional<Violation> registration(Trace.Entry entry, LifecycleEvent.RegistrationAdded added,
      WorldFacts facts, Set<String> reported) {
    ModuleName module = added.module();
    if (added.kind() == RegistrationKind.CLI_COMMAND || added.kind() == RegistrationKind.CHANNEL_TECH
        || facts.manifest(module).isEmpty()) {
      return Optional.empty();
    }
    Requirement declared = new Requirement(added.kind().manifestKind(), added.name());
    boolean provides = facts.providers().providers(declared).stream().anyMatch(offer -> offer.module().equals(module));
    if (provides || !reported.add(module + " " + Ledger.registrationKey(added.kind(), added.name()))) {
      return Optional.empty();
    }
    return Optional.of(new Violation.Conformance(Violation.Conformance.Kind.REGISTERS_UNDECLARED, entry.stepIndex(),
        List.of(module), module + " registers " + declared + ", which its manifest does not provide",
        new Chain().entry(entry).fact(module.manifestFileName() + " [provides] has no " + declared).lines()));
  }

  private static Optional<Violation> use(Trace.Entry entry, Observation.UseTaken use, WorldFacts facts,
      Set<String> reported) {
    ModuleName user = use.user().module();
    Optional<Manifest> manifest = facts.manifest(user);
    if (manifest.isEmpty()) {
      return Optional.empty();
    }
    for (Requirement declared : declared(manifest.get(), facts)) {
      for (ProviderIndex.Offer offer : facts.providers().providers(declared)) {
        if (offer.module().equals(use.target())) {
          return Optional.empty();
        }
      }
    }
    if (!reported.add(user + " " + use.target())) {
      return Optional.empty();
    }
    return Optional.of(new Violation.Conformance(Violation.Conformance.Kind.USES_UNDECLARED, entry.stepIndex(),
        List.of(user, use.target()), user + " uses " + use.target() + ", which its manifest does not declare",
        new Chain().entry(entry)
            .fact("no [uses], [canuse], modules.conf or extconfig need of " + user + " is met by " + use.target())
            .lines()));
  }

  private static List<Requirement> declared(Manifest manifest, WorldFacts facts) {
    List<Requirement> declared = new ArrayList<>(manifest.uses());
    declared.addAll(manifest.canUse());
    for (AdminUse use : facts.modulesConf().usesOf(manifest.name())) {
      declared.add(use.target());
    }
    for (String config : manifest.configs()) {
      declared.addAll(facts.extConfig().requirementsFor(config));
    }
    return declared;
  }
}
