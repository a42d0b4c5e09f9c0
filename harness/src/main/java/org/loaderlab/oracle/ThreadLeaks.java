package org.loaderlab.oracle;

import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * The threadstorage part of the leak oracle: a thread that used a key with a destructor must see
 * that destructor run to the end (destructor-ran) once it exits, and must exit while its lib is
 * still mapped, and before shutdown ends. Keys the facts do not list as having a destructor have
 * nothing to destroy.
 */
final class ThreadLeaks {

  private ThreadLeaks() {}

  static void check(WorldFacts facts, Ledger ledger, long step, boolean afterShutdown, List<Violation> found) {
    for (Ledger.ThreadRecord thread : ledger.threads()) {
      ModuleName module = thread.lib.module();
      if (thread.storageKey.isEmpty() || !facts.destructorKeys(module).contains(thread.storageKey.get())
          || thread.destroyed != null) {
        continue;
      }
      String key = thread.storageKey.get();
      Optional<Trace.Entry> unmapped = ledger.unmappedAt(thread.lib);
      String message;
      Chain chain = new Chain().entry(thread.started);
      if (thread.exited != null) {
        message = "thread " + thread.id + " exited but the destructor of " + key + " in " + thread.lib + " never ran";
        chain.entry(thread.exited);
      } else if (unmapped.isPresent()) {
        message = thread.lib + " was unmapped while thread " + thread.id + " still used " + key
            + ": its destructor can never run";
        chain.entry(unmapped.get());
      } else if (afterShutdown) {
        message = "thread " + thread.id + " never exited, so its " + key + " was never destroyed";
      } else {
        continue;
      }
      found.add(new Violation.Leak(Violation.Leak.Kind.THREADSTORAGE_NEVER_DESTROYED, step, List.of(module), message,
          chain.lines()));
    }
  }
}
