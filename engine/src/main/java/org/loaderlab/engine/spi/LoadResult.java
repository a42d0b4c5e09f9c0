package org.loaderlab.engine.spi;

import org.apiguardian.api.API;

/** What {@code load_module} answers, as Asterisk's {@code enum ast_module_load_result}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum LoadResult {
  /** Running. */
  SUCCESS,
  /** Not running, by choice (no configuration, say); not an error. */
  DECLINE,
  /** Not running, because something went wrong. */
  FAILURE
}
