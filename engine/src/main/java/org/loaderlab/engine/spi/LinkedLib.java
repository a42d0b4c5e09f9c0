package org.loaderlab.engine.spi;

import org.apiguardian.api.API;

/** An opened module binary: its entry points, until {@link #close()} unmaps it. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface LinkedLib {

  /** The module's entry points; valid only while the lib is open. */
  ModuleCode code();

  /** Unmaps the code ({@code dlclose}). The engine calls it exactly once, when nothing holds the lib. */
  void close();
}
