package org.loaderlab.engine.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.loaderlab.engine.manifest.ModuleName;

/** {@code module why} and {@code why-not}: the loader's cause chain, as result lines. */
final class Explanation {

  private Explanation() {}

  static CompletableFuture<AdminResult> of(Supplier<String> explanation, ModuleName module) {
    String text;
    try {
      text = explanation.get();
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(AdminResult.failure(
          "unable to explain " + module + ": " + OneLine.of(String.valueOf(e.getMessage()))));
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\r\n|\n|\r", -1)) {
      lines.add(OneLine.of(line));
    }
    // The loader may end its text with a line break; a result line is never a trailing blank.
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    if (lines.isEmpty()) {
      lines.add("nothing is known about " + module);
    }
    return CompletableFuture.completedFuture(AdminResult.ok(lines));
  }
}
