package org.loaderlab.engine.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * {@code module reload} without a module: as Asterisk's reloads everything, this reloads every
 * running module, in name order, each asked once the previous one answered, so a large system
 * never floods the loader's bounded operation queue.
 */
final class ReloadRunning {

  private ReloadRunning() {}

  static CompletableFuture<AdminResult> run(ModuleLoader loader,
      Function<ModuleName, CompletableFuture<AdminResult>> reload) {
    List<ModuleName> running = new ArrayList<>();
    for (ModuleStatus status : loader.show()) {
      if (status.state() == ModuleStatus.State.RUNNING) {
        running.add(status.name());
      }
    }
    if (running.isEmpty()) {
      return CompletableFuture.completedFuture(AdminResult.ok(List.of("No running modules to reload")));
    }
    running.sort(null);
    CompletableFuture<List<AdminResult>> all = CompletableFuture.completedFuture(new ArrayList<>());
    for (ModuleName module : running) {
      // Each step runs after the previous completed, so the list is only ever touched by one step.
      all = all.thenCompose(results -> reload.apply(module).thenApply(result -> {
        results.add(result);
        return results;
      }));
    }
    return all.thenApply(ReloadRunning::combine);
  }

  private static AdminResult combine(List<AdminResult> results) {
    List<String> lines = new ArrayList<>();
    boolean success = true;
    for (AdminResult result : results) {
      lines.addAll(result.lines());
      success &= result.success();
    }
    return new AdminResult(success, lines);
  }
}
