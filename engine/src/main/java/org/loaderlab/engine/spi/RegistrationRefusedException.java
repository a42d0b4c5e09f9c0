package org.loaderlab.engine.spi;

import org.apiguardian.api.API;

/**
 * {@link ModuleContext#register} refused the registration, and nothing was registered: the
 * module's manifest does not provide it, or another module registered it already. Module code
 * treats it as {@code ast_register_application} returning non-zero: its {@code load_module}
 * may fail or go on without it. An {@link IllegalArgumentException}, since the registration
 * itself is wrong, not the module's state.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RegistrationRefusedException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public RegistrationRefusedException(String message) {
    super(message);
  }
}
