package org.loaderlab.binary;

import static org.loaderlab.binary.BinarySyntax.quote;

import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.conf.ConfEntry;

/** The keys of {@code [adversarial]}: {@code user_of}, {@code cancel}, {@code on_load}, {@code on_unload}, {@code on_cancel}. */
final class AdversarialKeys {

  static final List<String> ALL = List.of(BinarySyntax.KEY_USER_OF, BinarySyntax.KEY_CANCEL,
      BinarySyntax.KEY_ON_LOAD, BinarySyntax.KEY_ON_UNLOAD, BinarySyntax.KEY_ON_CANCEL);

  private AdversarialKeys() {}

  static void read(String key, ConfEntry entry, BinaryLists lists) {
    String value = entry.value();
    switch (key) {
      case BinarySyntax.KEY_USER_OF:
        lists.moduleName(value, entry).ifPresent(target -> lists.addUserOf(target, entry));
        break;
      case BinarySyntax.KEY_CANCEL:
        if (lists.firstCancel(entry)) {
          Optional<Disposal> disposal = Disposal.parse(value);
          if (disposal.isEmpty()) {
            lists.problems().error(entry.location(), "bad-cancel", "expected 'release', 'ignore' or 'delay:N'"
                + " (N from 1 to " + Disposal.DELAY_STEPS_MAX + ") for 'cancel', found '" + quote(value) + "'");
          } else {
            lists.setCancel(disposal.get());
          }
        }
        break;
      case BinarySyntax.KEY_ON_LOAD:
      case BinarySyntax.KEY_ON_UNLOAD:
      case BinarySyntax.KEY_ON_CANCEL:
        readCall(key, entry, lists);
        break;
      default:
        lists.problems().error(entry.location(), "unknown-key", "unknown key '" + quote(entry.key())
            + "' in [adversarial]: expected user_of, cancel, on_load, on_unload or on_cancel");
        break;
    }
  }

  /** A call may repeat: a module that loads the same module twice from load_module means it. */
  private static void readCall(String key, ConfEntry entry, BinaryLists lists) {
    Optional<EngineCall> call = EngineCall.parse(entry.value());
    if (call.isEmpty()) {
      lists.problems().error(entry.location(), "bad-engine-call", "expected 'load X', 'unload X', 'unload -f X'"
          + " or 'reload X' for '" + key + "', found '" + quote(entry.value()) + "'");
      return;
    }
    lists.calls(key).add(call.get());
  }
}
