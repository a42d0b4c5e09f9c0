package org.loaderlab.observe;

import org.apiguardian.api.API;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * Which piece of a module's code ran: a registered thing called by the core, an entry point the
 * loader called, or code the module runs on its own (threads, destructors, callbacks).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum CodeKind {
  APPLICATION("application"),
  FUNCTION("function"),
  CLI_COMMAND("cli"),
  MANAGER_ACTION("manager"),
  AGI_COMMAND("agi"),
  /** A callback of a channel technology the module registered (requester, hangup, ...). */
  CHANNEL_TECH("channel_tech"),
  /** An optional API the module exports, called by another module. */
  OPTIONAL_API("optional_api"),
  /** One step of a thread the module started. */
  THREAD("thread"),
  /** A threadstorage destructor, run at the exit of a thread that used the key. */
  THREADSTORAGE_DESTRUCTOR("threadstorage_destructor"),
  LOAD_MODULE("load_module"),
  UNLOAD_MODULE("unload_module"),
  /** {@code canUseArrived}/{@code canUseLeaving}: a {@code [canuse]} provider came or goes. */
  CANUSE_CALLBACK("canuse_callback"),
  /** The cancel callback of a use the module took: the engine asks it to let go. */
  CANCEL_CALLBACK("cancel_callback"),
  /** The module lets go of a use some steps after it was asked to. */
  DELAYED_RELEASE("delayed_release");

  private final String label;

  CodeKind(String label) {
    this.label = label;
  }

  /** The word an observation line uses. */
  public String label() {
    return label;
  }

  /** The code kind of a registered thing of {@code kind}. */
  public static CodeKind of(RegistrationKind kind) {
    switch (kind) {
      case APPLICATION:
        return APPLICATION;
      case FUNCTION:
        return FUNCTION;
      case CLI_COMMAND:
        return CLI_COMMAND;
      case MANAGER_ACTION:
        return MANAGER_ACTION;
      case AGI_COMMAND:
        return AGI_COMMAND;
      case CHANNEL_TECH:
        return CHANNEL_TECH;
      default:
        throw new IllegalArgumentException("no code kind for " + kind);
    }
  }
}
