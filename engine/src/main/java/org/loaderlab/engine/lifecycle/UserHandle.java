package org.loaderlab.engine.lifecycle;

import org.apiguardian.api.API;
import org.loaderlab.engine.event.Holder;

/** A held reference: releasing it is the only way it ends (cancel only asks). Releasing twice is a no-op. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface UserHandle extends AutoCloseable {

  Holder holder();

  void release();

  @Override
  default void close() {
    release();
  }
}
