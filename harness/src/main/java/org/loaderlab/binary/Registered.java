package org.loaderlab.binary;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * One thing {@code load_module} registers with the core: {@code application=Dial},
 * {@code cli=sip show peers}, {@code channel_tech=SIP}, {@code realtime=sqlite3}, or a provider
 * of a ranked service ({@code service=timing:timerfd} is kind {@code timing}, name
 * {@code timerfd}).
 *
 * @param kind {@code application}, {@code function}, {@code cli}, {@code manager}, {@code agi},
 *     {@code channel_tech}, {@code realtime}, or a service kind (any other lower-case word but
 *     {@code module} and {@code service})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Registered(String kind, String name) {

  /** The kinds written as {@code kind=name}; every other kind is a service, {@code service=kind:name}. */
  static final List<String> PLAIN_KINDS = List.of(Kinds.APPLICATION, Kinds.FUNCTION, "cli", Kinds.MANAGER,
      Kinds.AGI, "channel_tech", Kinds.REALTIME);

  public Registered {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Optional<String> kindProblem = kindProblem(kind);
    if (kindProblem.isPresent()) {
      throw new IllegalArgumentException(kindProblem.get());
    }
    BinarySyntax.text(kind + " name", name);
  }

  public static Registered of(RegistrationKind kind, String name) {
    return new Registered(kind.manifestKind(), name);
  }

  static Optional<String> kindProblem(String kind) {
    if (PLAIN_KINDS.contains(kind)) {
      return Optional.empty();
    }
    if (!Kinds.isValid(kind) || kind.equals(Kinds.MODULE) || kind.equals(Kinds.SERVICE)) {
      return Optional.of("'" + BinarySyntax.quote(kind) + "' is not a kind a module can register");
    }
    return Optional.empty();
  }

  /** The engine registration this is, if the engine tracks it; realtime drivers and services it does not. */
  public Optional<RegistrationKind> registrationKind() {
    for (RegistrationKind each : RegistrationKind.values()) {
      if (each.manifestKind().equals(kind)) {
        return Optional.of(each);
      }
    }
    return Optional.empty();
  }

  /** Whether this provides a ranked service ({@code service=timing:timerfd}). */
  public boolean isService() {
    return !PLAIN_KINDS.contains(kind);
  }

  /** Whether a manifest's {@code [provides]} can declare it: everything but CLI commands and channel techs. */
  public boolean declarable() {
    return !kind.equals("cli") && !kind.equals("channel_tech");
  }

  /** {@code kind/name} in lower case: two registrations that differ only in case are the same one. */
  String identity() {
    return kind + "/" + name.toLowerCase(Locale.ROOT);
  }

  /** The line of {@code [registers]}: {@code kind=name}, or {@code service=kind:name}. */
  @Override
  public String toString() {
    return isService() ? BinarySyntax.KEY_SERVICE + "=" + kind + ":" + name : kind + "=" + name;
  }
}
