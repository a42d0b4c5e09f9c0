package org.loaderlab.engine.spi;

import java.util.Locale;
import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.Kinds;

/** What a module can register with the core, each a name whose code lives in the module's lib. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RegistrationKind {
  APPLICATION(Kinds.APPLICATION),
  FUNCTION(Kinds.FUNCTION),
  CLI_COMMAND("cli"),
  MANAGER_ACTION(Kinds.MANAGER),
  AGI_COMMAND(Kinds.AGI),
  CHANNEL_TECH("channel_tech");

  private final String manifestKind;

  RegistrationKind(String manifestKind) {
    this.manifestKind = manifestKind;
  }

  /** The kind a manifest's {@code [provides]} uses for it ({@code application}, {@code manager}, ...). */
  public String manifestKind() {
    return manifestKind;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
