package org.loaderlab.engine.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Refusal;

/**
 * An operation's {@link Outcome} in plain words: a first line saying what happened ("Loaded
 * chan_sip", "Unable to load chan_sip: reason"), then every other refusal and every user still
 * waited for, one per line, indented.
 */
final class OutcomeText {

  /** The three ways an operation's first line reads; {@code %s} is the module (or the stop mode). */
  enum Verb {
    LOAD("Loaded %s", "Loaded %s", "Unable to load %s"),
    UNLOAD("Unloaded %s", "Released %s; it stops once these users are gone:", "Unable to unload %s"),
    RELOAD("Reloaded %s", "Reloaded %s", "Unable to reload %s"),
    STOP("Core stopped %s", "Stopping core %s; waiting for these users to go:", "Unable to stop core %s");

    private final String done;
    private final String waiting;
    private final String failed;

    Verb(String done, String waiting, String failed) {
      this.done = done;
      this.waiting = waiting;
      this.failed = failed;
    }
  }

  private OutcomeText() {}

  /**
   * The result for {@code outcome}; {@code module} is the operation's own module, whose refusal
   * (if any) becomes the reason on the first line.
   */
  static AdminResult render(Verb verb, String subject, Optional<ModuleName> module, Outcome outcome) {
    Optional<Refusal> own = module.flatMap(name -> outcome.problems().stream()
        .filter(problem -> problem.module().equals(name))
        .findFirst());
    List<String> waiting = outcome.plan().waiting();
    List<String> lines = new ArrayList<>();
    if (!outcome.success()) {
      lines.add(String.format(Locale.ROOT, verb.failed, subject) + own.map(r -> ": " + OneLine.of(r.reason())).orElse(""));
    } else if (waiting.isEmpty()) {
      lines.add(String.format(Locale.ROOT, verb.done, subject));
    } else {
      lines.add(String.format(Locale.ROOT, verb.waiting, subject));
    }
    for (Refusal problem : outcome.problems()) {
      if (own.isEmpty() || problem != own.get()) {
        lines.add("  " + OneLine.of(problem.toString()));
      }
    }
    for (String user : waiting) {
      lines.add("  " + OneLine.of(user));
    }
    return new AdminResult(outcome.success(), lines);
  }

  /** The result for an operation whose future failed (a full queue, a bug): never rethrown. */
  static AdminResult failed(Verb verb, String subject, Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String reason = cause.getMessage() == null || cause.getMessage().isBlank()
        ? cause.getClass().getSimpleName()
        : cause.getMessage();
    return AdminResult.failure(String.format(Locale.ROOT, verb.failed, subject) + ": " + OneLine.of(reason));
  }
}
