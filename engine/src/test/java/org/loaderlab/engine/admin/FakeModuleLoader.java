package org.loaderlab.engine.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.loaderlab.engine.config.Dialplan;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.lifecycle.ModuleLoader;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.Refusal;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * A loader that records what it is asked ({@code "load chan_sip"}, {@code "unload -f chan_sip"},
 * {@code "plan module load x"}) and answers what the test put in: an outcome or a future per
 * operation (by default a successful outcome with an empty plan), a status list, texts for why
 * and why-not, a plan.
 */
final class FakeModuleLoader implements ModuleLoader {

  final List<String> calls = new ArrayList<>();
  final Map<Operation, CompletableFuture<Outcome>> answers = new LinkedHashMap<>();
  List<ModuleStatus> statuses = List.of();
  String whyText = "";
  String whyNotText = "";
  Plan plan;

  /** The outcome {@code operation} answers: success, the given problems, and a plan waiting for {@code waiting}. */
  static Outcome outcome(Operation operation, boolean success, List<Refusal> problems, List<String> waiting) {
    return new Outcome(operation, new Plan(operation, List.of(), List.of(), waiting), success, problems);
  }

  FakeModuleLoader answer(Operation operation, Outcome outcome) {
    answers.put(operation, CompletableFuture.completedFuture(outcome));
    return this;
  }

  /** Makes {@code operation} answer a future the test completes later. */
  CompletableFuture<Outcome> pending(Operation operation) {
    CompletableFuture<Outcome> future = new CompletableFuture<>();
    answers.put(operation, future);
    return future;
  }

  private CompletableFuture<Outcome> operate(Operation operation, String call) {
    calls.add(call);
    return answers.getOrDefault(operation,
        CompletableFuture.completedFuture(outcome(operation, true, List.of(), List.of())));
  }

  @Override
  public CompletableFuture<Outcome> start() {
    return operate(new Operation.Startup(), "start");
  }

  @Override
  public CompletableFuture<Outcome> load(ModuleName module) {
    return operate(new Operation.Load(module), "load " + module);
  }

  @Override
  public CompletableFuture<Outcome> unload(ModuleName module, boolean force) {
    return operate(new Operation.Unload(module, force), "unload " + (force ? "-f " : "") + module);
  }

  @Override
  public CompletableFuture<Outcome> reload(ModuleName module) {
    return operate(new Operation.Reload(module), "reload " + module);
  }

  @Override
  public CompletableFuture<Outcome> shutdown(boolean graceful) {
    return operate(new Operation.Shutdown(graceful), "shutdown " + (graceful ? "gracefully" : "now"));
  }

  @Override
  public CompletableFuture<Outcome> loadDialplan(Dialplan dialplan) {
    throw new UnsupportedOperationException("not an admin command");
  }

  @Override
  public Plan plan(Operation operation) {
    calls.add("plan " + PlanRenderer.command(operation));
    return plan != null ? plan : new Plan(operation, List.of(), List.of(), List.of());
  }

  @Override
  public UserHandle addUser(ModuleName module, HolderKind kind, String id, Runnable cancel) {
    throw new UnsupportedOperationException("not an admin command");
  }

  @Override
  public <T> Optional<T> callOptional(ModuleName provider, Supplier<T> body) {
    throw new UnsupportedOperationException("not an admin command");
  }

  @Override
  public <T> T execute(RegistrationKind kind, String name, Supplier<T> body) {
    throw new UnsupportedOperationException("not an admin command");
  }

  @Override
  public UserHandle attachThreadStorage(ModuleName module, String threadId) {
    throw new UnsupportedOperationException("not an admin command");
  }

  @Override
  public List<ModuleStatus> show() {
    calls.add("show");
    return statuses;
  }

  @Override
  public String why(ModuleName module) {
    calls.add("why " + module);
    return whyText;
  }

  @Override
  public String whyNot(ModuleName module) {
    calls.add("why-not " + module);
    return whyNotText;
  }

  @Override
  public List<ModuleName> complete(String prefix) {
    throw new UnsupportedOperationException("not an admin command");
  }
}
