package org.loaderlab.engine.event;

import org.apiguardian.api.API;

/** What can hold a lib or an instance, as the proposal lists them. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum HolderKind {
  /** The administrator: autoload, {@code load=}, {@code require=}, CLI {@code module load}. Holds instances. */
  ADMIN,
  /** A dependent module's instance (holds the dependency's instance) or lib (holds the dependency's lib). */
  DEPENDENT,
  /** A lib's own instance, while it is not stopped. Holds libs. */
  OWN_INSTANCE,
  /** The dialplan, while it uses an application or function of the module. Holds instances. */
  DIALPLAN,
  /** A channel of the module's technology. Holds instances. */
  CHANNEL,
  /** Any other user with a cancel callback. Holds instances. */
  USER,
  /** A registered application, function, ... whose code lives in the lib. Holds libs. */
  REGISTRATION,
  /** A call of a registered thing, or a user's cancel callback, until it returns. Holds libs. */
  EXECUTION,
  /** A thread whose threadstorage destructor lives in the lib, until it exits. Holds libs. */
  THREAD_STORAGE,
  /** An optional-API call into the module, until it returns. Holds the lib and the instance. */
  OPTIONAL_CALL,
  /** {@code ast_module_block_unload}: forever. Holds libs. */
  BLOCK_UNLOAD,
  /**
   * A user the module's code took (of any module, through its context's loader), until released:
   * the user's cancel callback and its release are code in this lib. Holds libs; the id is the
   * used module and the user, {@code res_t/user:res_u}.
   */
  USER_CALLBACK
}
