package org.loaderlab.legacy;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.ModuleCode;

/**
 * What today's loader knows of one module: Asterisk's {@code struct ast_module}. Its decisions
 * read only {@link #useCount}; the users list exists, as in Asterisk, only so {@code unload -f}
 * can hang the channels up. Guarded by the state lock.
 */
final class LegacyModule {

  enum Phase {
    NOT_RUNNING,
    STARTING,
    RUNNING,
    STOPPING,
    FAILED
  }

  /** A count this module added to {@code module} when it started, valid while that module's {@code epoch} lasts. */
  record CountedRef(ModuleName module, long epoch) {}

  /** An {@code ast_module_user}: what to soft-hang-up on {@code unload -f}. */
  record User(Holder holder, Runnable cancel) {}

  final ModuleName name;
  Phase phase = Phase.NOT_RUNNING;
  /** The opened binary, as the loader believes: null once it called close (or never opened). */
  LinkedLib lib;
  boolean embedded;
  ModuleCode code;
  LegacyContext context;
  /** {@code mod->usecount}: channels, executions, dependents' {@code .requires}, keep-until-shutdown. */
  int useCount;
  /**
   * Bumps whenever the module's bookkeeping is reset (it stopped or failed): a count taken in an
   * earlier epoch is stale and giving it back changes nothing, as a pointer to a freed
   * {@code struct ast_module} would.
   */
  long epoch;
  int incarnation;
  /** The order of its last start across all modules: shutdown unloads the newest first. */
  long startOrder;
  final List<User> users = new ArrayList<>();
  /** The counts its start added to what it {@code .requires}. */
  final List<CountedRef> dependencies = new ArrayList<>();
  /** The admin (or dialplan) holds the trace shows; no decision reads them. */
  final List<Holder> traceOnlyHolds = new ArrayList<>();
  /** {@code ast_module_shutdown_ref} was called: one count kept until shutdown. */
  boolean blocked;
  /** Why its last load did not succeed, for {@code why-not}. */
  String lastFailure;

  LegacyModule(ModuleName name) {
    this.name = name;
  }

  boolean isRunning() {
    return phase == Phase.RUNNING;
  }

  /** Forgets the life that ended: later give-backs of its counts are stale. */
  void reset() {
    epoch++;
    useCount = 0;
    users.clear();
    traceOnlyHolds.clear();
    blocked = false;
    code = null;
    context = null;
  }
}
