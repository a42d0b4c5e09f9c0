package org.loaderlab.engine.admin;

import java.util.Optional;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;

/** The text form of a plan; the layout is documented on {@link PlanRenderer}. */
final class PlanText {

  /** {@code open  lib} and {@code close lib}: the widest action, so "lib" lines up in both. */
  private static final int ACTION_WIDTH = 9;

  private static final String INDENT = "  ";
  private static final String GAP = "  ";

  private PlanText() {}

  static String render(Plan plan) {
    StringBuilder text = new StringBuilder();
    text.append("plan: ").append(PlanRenderer.command(plan.operation()));
    text.append(plan.isRefused() ? " (refused)\n" : "\n");
    if (plan.steps().isEmpty() && plan.refusals().isEmpty() && plan.waiting().isEmpty()) {
      text.append(INDENT).append("nothing to do\n");
    }
    appendSteps(plan, text);
    if (!plan.refusals().isEmpty()) {
      text.append("refused:\n");
      for (Refusal refusal : plan.refusals()) {
        text.append(INDENT).append(OneLine.of(refusal.toString())).append('\n');
      }
    }
    if (!plan.waiting().isEmpty()) {
      text.append("waiting:\n");
      for (String user : plan.waiting()) {
        text.append(INDENT).append(OneLine.of(user)).append('\n');
      }
    }
    return text.toString();
  }

  private static void appendSteps(Plan plan, StringBuilder text) {
    int moduleWidth = 0;
    int holderWidth = 0;
    for (PlanStep step : plan.steps()) {
      moduleWidth = Math.max(moduleWidth, step.module().toString().length());
      holderWidth = Math.max(holderWidth, holder(step).map(h -> h.toString().length()).orElse(0));
    }
    for (PlanStep step : plan.steps()) {
      StringBuilder line = new StringBuilder(INDENT);
      pad(line, action(step), ACTION_WIDTH).append(GAP);
      pad(line, step.module().toString(), moduleWidth);
      if (holderWidth > 0) {
        pad(line.append(GAP), holder(step).map(Holder::toString).orElse(""), holderWidth);
      }
      if (!step.because().isEmpty()) {
        line.append(GAP).append('(').append(OneLine.of(step.because())).append(')');
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static StringBuilder pad(StringBuilder line, String value, int width) {
    line.append(value);
    for (int i = value.length(); i < width; i++) {
      line.append(' ');
    }
    return line;
  }

  static String action(PlanStep step) {
    if (step instanceof PlanStep.OpenLib) {
      return "open  lib";
    }
    if (step instanceof PlanStep.StartInstance) {
      return "start";
    }
    if (step instanceof PlanStep.Hold) {
      return "hold";
    }
    if (step instanceof PlanStep.Release) {
      return "release";
    }
    if (step instanceof PlanStep.CancelUser) {
      return "cancel";
    }
    if (step instanceof PlanStep.StopInstance) {
      return "stop";
    }
    if (step instanceof PlanStep.CloseLib) {
      return "close lib";
    }
    throw new IllegalStateException("unknown step " + step);
  }

  /** The holder a step concerns: hold, release and cancel have one. */
  static Optional<Holder> holder(PlanStep step) {
    if (step instanceof PlanStep.Hold hold) {
      return Optional.of(hold.holder());
    }
    if (step instanceof PlanStep.Release release) {
      return Optional.of(release.holder());
    }
    if (step instanceof PlanStep.CancelUser cancel) {
      return Optional.of(cancel.user());
    }
    return Optional.empty();
  }
}
