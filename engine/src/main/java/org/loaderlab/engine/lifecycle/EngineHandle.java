package org.loaderlab.engine.lifecycle;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.loaderlab.engine.event.Holder;

/** A held reference; the first release lets go, later ones do nothing. */
final class EngineHandle implements UserHandle {

  private final Holder holder;
  private final Consumer<EngineHandle> releaser;
  private final AtomicBoolean released = new AtomicBoolean();

  EngineHandle(Holder holder, Consumer<EngineHandle> releaser) {
    this.holder = holder;
    this.releaser = releaser;
  }

  @Override
  public Holder holder() {
    return holder;
  }

  @Override
  public void release() {
    if (released.compareAndSet(false, true)) {
      releaser.accept(this);
    }
  }

  @Override
  public String toString() {
    return holder.toString();
  }
}
