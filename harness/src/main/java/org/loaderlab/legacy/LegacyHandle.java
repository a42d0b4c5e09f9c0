package org.loaderlab.legacy;

import java.util.concurrent.atomic.AtomicBoolean;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.lifecycle.UserHandle;

/** A use handed out; the first release gives it back, later ones do nothing. */
final class LegacyHandle implements UserHandle {

  private final Holder holder;
  private final Runnable giveBack;
  private final AtomicBoolean released = new AtomicBoolean();

  LegacyHandle(Holder holder, Runnable giveBack) {
    this.holder = holder;
    this.giveBack = giveBack;
  }

  @Override
  public Holder holder() {
    return holder;
  }

  @Override
  public void release() {
    if (released.compareAndSet(false, true)) {
      giveBack.run();
    }
  }

  @Override
  public String toString() {
    return holder.toString();
  }
}
