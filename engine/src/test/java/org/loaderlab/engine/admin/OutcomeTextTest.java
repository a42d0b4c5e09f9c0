package org.loaderlab.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.admin.OutcomeText.Verb;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.Refusal;

/**
 * Goal: an outcome reads plainly: one line saying what happened (with the module's own reason
 * when it failed), then each other problem and each awaited user, one per line, never a broken
 * line. Method: outcomes made by hand for each verb.
 */
class OutcomeTextTest {

  private static final ModuleName SIP = ModuleName.of("chan_sip");

  private static Outcome outcome(boolean success, List<Refusal> problems, List<String> waiting) {
    Operation operation = new Operation.Load(SIP);
    return new Outcome(operation, new Plan(operation, List.of(), List.of(), waiting), success, problems);
  }

  @Test
  void render_success_oneLinePerVerb() {
    Outcome done = outcome(true, List.of(), List.of());
    assertThat(OutcomeText.render(Verb.LOAD, "chan_sip", Optional.of(SIP), done).lines()).containsExactly("Loaded chan_sip");
    assertThat(OutcomeText.render(Verb.UNLOAD, "chan_sip", Optional.of(SIP), done).lines()).containsExactly("Unloaded chan_sip");
    assertThat(OutcomeText.render(Verb.RELOAD, "chan_sip", Optional.of(SIP), done).lines()).containsExactly("Reloaded chan_sip");
    assertThat(OutcomeText.render(Verb.STOP, "now", Optional.empty(), done).lines()).containsExactly("Core stopped now");
  }

  @Test
  void render_failure_ownReasonFirst_othersIndented_inTheirOrder() {
    Outcome failed = outcome(false, List.of(
        new Refusal(ModuleName.of("res_b"), "load_module declined"),
        new Refusal(SIP, "it needs res_b,\nwhich failed"),
        new Refusal(ModuleName.of("res_c"), "cycle: res_c -> res_d -> res_c")), List.of());
    AdminResult result = OutcomeText.render(Verb.LOAD, "chan_sip", Optional.of(SIP), failed);
    assertThat(result.success()).isFalse();
    assertThat(result.lines()).containsExactly("Unable to load chan_sip: it needs res_b, which failed",
        "  res_b: load_module declined", "  res_c: cycle: res_c -> res_d -> res_c");
  }

  @Test
  void render_shutdownFailure_listsEveryProblem() {
    Outcome failed = outcome(false, List.of(new Refusal(SIP, "still held by channel:SIP/a")), List.of());
    assertThat(OutcomeText.render(Verb.STOP, "gracefully", Optional.empty(), failed).lines())
        .containsExactly("Unable to stop core gracefully", "  chan_sip: still held by channel:SIP/a");
  }

  @Test
  void failed_unwrapsTheFuturesException() {
    AdminResult result = OutcomeText.failed(Verb.UNLOAD, "chan_sip",
        new CompletionException(new IllegalStateException("queue full")));
    assertThat(result).isEqualTo(AdminResult.failure("Unable to unload chan_sip: queue full"));
    assertThat(OutcomeText.failed(Verb.LOAD, "x", new NullPointerException()).lines())
        .containsExactly("Unable to load x: NullPointerException");
  }
}
