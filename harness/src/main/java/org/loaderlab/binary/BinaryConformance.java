package org.loaderlab.binary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.Provision;

/**
 * Whether a binary does what its manifest declares: a conformant module registers exactly what its
 * {@code [provides]} names. CLI commands and channel technologies are left out, since a manifest
 * cannot declare them. A difference is not an error of the world (an adversarial module registers
 * what it did not declare on purpose); it is what an oracle or a fixture test looks for.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BinaryConformance {

  private BinaryConformance() {}

  /**
   * Every way {@code binary} departs from {@code manifest}, as sentences: a different module
   * name, registrations the manifest does not provide (binary order), provisions the binary never
   * registers (manifest order). Empty when the module is conformant.
   */
  public static List<String> differences(Manifest manifest, FakeBinary binary) {
    Objects.requireNonNull(manifest, "manifest");
    Objects.requireNonNull(binary, "binary");
    List<String> differences = new ArrayList<>();
    if (!manifest.name().equals(binary.name())) {
      differences.add("the binary is " + binary.name() + " but the manifest is " + manifest.name());
    }
    for (Registered registered : binary.registers()) {
      if (registered.declarable() && manifest.provides().stream().noneMatch(p -> same(p, registered))) {
        differences.add("registers " + registered.kind() + "=" + registered.name()
            + ", which the manifest does not provide");
      }
    }
    for (Provision provision : manifest.provides()) {
      if (binary.registers().stream().noneMatch(registered -> same(provision, registered))) {
        differences.add("the manifest provides " + provision.kind() + "=" + provision.name()
            + ", which the binary never registers");
      }
    }
    return List.copyOf(differences);
  }

  private static boolean same(Provision provision, Registered registered) {
    return provision.kind().equals(registered.kind())
        && provision.name().toLowerCase(Locale.ROOT).equals(registered.name().toLowerCase(Locale.ROOT));
  }
}
