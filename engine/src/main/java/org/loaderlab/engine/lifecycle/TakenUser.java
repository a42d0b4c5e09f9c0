package org.loaderlab.engine.lifecycle;

import org.loaderlab.engine.event.Holder;

/**
 * One user of an instance as {@code addUser} took it: its cancel callback and, when module code
 * took it, that module's record and the hold the user keeps on its lib, since both the callback
 * and the release are that module's code. Compared by identity: a cancel queued for this user
 * must not reach a later user that happens to have the same holder.
 */
final class TakenUser {

  final Runnable cancel;
  /** The module whose code took the user; null when the core took it (a channel, the dialplan). */
  final ModuleRecord creator;
  /** The {@code USER_CALLBACK} hold on the creator's lib, until the user is released; null without a creator. */
  final Holder creatorHold;
  /**
   * Whether its cancel callback was already asked for (under the engine lock). A cancel is a request
   * to let go; asking twice (a forced unload, then {@code core stop now}) would run the module's
   * callback twice, and a module that schedules its release from it would release twice.
   */
  boolean cancelRequested;

  TakenUser(Runnable cancel, ModuleRecord creator, Holder creatorHold) {
    assert (creator == null) == (creatorHold == null) : "a creator comes with its hold";
    this.cancel = cancel;
    this.creator = creator;
    this.creatorHold = creatorHold;
  }
}
