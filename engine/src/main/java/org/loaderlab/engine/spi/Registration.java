package org.loaderlab.engine.spi;

import org.apiguardian.api.API;
import org.loaderlab.engine.manifest.ModuleName;

/** A registered application, function, ...: unregister it early, or let the engine do it at stop. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface Registration {

  ModuleName module();

  RegistrationKind kind();

  String name();

  /** Removes the registration; its hold on the lib ends once no call of it is still executing. */
  void unregister();
}
