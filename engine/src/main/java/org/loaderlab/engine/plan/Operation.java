package org.loaderlab.engine.plan;

import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.manifest.ModuleName;

/** What the administrator (or a module, or the core) asks the engine to do. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Operation {

  /** {@code module load X}: the admin becomes a user of X; X and what it needs start. */
  record Load(ModuleName module) implements Operation {
    public Load {
      Objects.requireNonNull(module, "module");
    }
  }

  /** {@code module unload [-f] X}: the admin's use ends; with force, every user of X is cancelled. */
  record Unload(ModuleName module, boolean force) implements Operation {
    public Unload {
      Objects.requireNonNull(module, "module");
    }
  }

  /** {@code module reload X}: re-read X's manifest; a changed one takes effect when X next starts. */
  record Reload(ModuleName module) implements Operation {
    public Reload {
      Objects.requireNonNull(module, "module");
    }
  }

  /** Startup per modules.conf: autoload, {@code load=}, {@code require=}. */
  record Startup() implements Operation {}

  /** {@code core stop now|gracefully}: release everything; gracefully waits for users, now cancels them. */
  record Shutdown(boolean graceful) implements Operation {}

  /**
   * {@code dialplan reload}: the new dialplan becomes a user of the running providers of what it
   * uses (its new holds are taken before the old ones are dropped). It never starts a module.
   */
  record LoadDialplan(Dialplan dialplan) implements Operation {
    public LoadDialplan {
      Objects.requireNonNull(dialplan, "dialplan");
    }
  }

  /**
   * A deferred stop, queued by the engine itself: the last holder of X's instance (or lib) went
   * away outside any operation (a channel hung up, a call returned), so X stops (and its lib
   * closes) when this operation's turn comes, if nothing took a new hold meanwhile.
   *
   * @param because what let go last, the start of the stop's cause chain
   */
  record Stop(ModuleName module, String because) implements Operation {
    public Stop {
      Objects.requireNonNull(module, "module");
      Objects.requireNonNull(because, "because");
    }
  }
}
