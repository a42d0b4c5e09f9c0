package org.loaderlab.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.plan.Refusal;

/**
 * Goal: a plan reads the same every time, as aligned text for a reviewer and as JSON in the
 * documented schema for tools, with every step kind, holder, refusal and waiting user shown and
 * nothing lost to escaping. Method: hand-made plans; the expected JSON was cross-checked with
 * Python's {@code json.dumps(plan, indent=2, ensure_ascii=False)}, which formats alike.
 *
 * <pre>
 * forced unload of chan_sip:       load of pbx_config:
 *   channel SIP/alice-0001 ─┐        extconfig ◀─ res_config_sqlite3 ◀─ pbx_config
 *   admin ─────────────── chan_sip ─▶ res_rtp_asterisk
 * </pre>
 */
class PlanRendererTest {

  private static ModuleName name(String name) {
    return ModuleName.of(name);
  }

  private static final ModuleName SIP = name("chan_sip");
  private static final ModuleName RTP = name("res_rtp_asterisk");

  private static final Plan FORCED_UNLOAD = new Plan(new Operation.Unload(SIP, true), List.of(
      new PlanStep.CancelUser(SIP, new Holder(HolderKind.CHANNEL, "SIP/alice-0001"), "soft hangup"),
      new PlanStep.Release(SIP, new Holder(HolderKind.ADMIN, "cli"), "module unload -f chan_sip"),
      new PlanStep.StopInstance(SIP, "its last user went away"),
      new PlanStep.Release(RTP, new Holder(HolderKind.DEPENDENT, "chan_sip"), "chan_sip stopped"),
      new PlanStep.StopInstance(RTP, "its last user chan_sip released it"),
      new PlanStep.CloseLib(RTP, "nothing holds it"),
      new PlanStep.CloseLib(SIP, "")),
      List.of(), List.of("chan_sip: channel:SIP/alice-0001"));

  private static final Plan LOAD = new Plan(new Operation.Load(name("pbx_config")), List.of(
      new PlanStep.OpenLib(name("extconfig"), "needed by res_config_sqlite3"),
      new PlanStep.StartInstance(name("extconfig"), "needed by res_config_sqlite3"),
      new PlanStep.OpenLib(name("res_config_sqlite3"), "realtime=sqlite3 for extensions.conf of pbx_config"),
      new PlanStep.Hold(name("extconfig"), new Holder(HolderKind.DEPENDENT, "res_config_sqlite3"), "it needs it"),
      new PlanStep.StartInstance(name("res_config_sqlite3"), "needed by pbx_config")),
      List.of(new Refusal(name("app_system"), "neverload bans it (modules.conf:7)")), List.of());

  @Test
  void text_forcedUnload_alignsActionModuleHolderAndReason() {
    assertThat(PlanRenderer.text(FORCED_UNLOAD)).isEqualTo("""
        plan: module unload -f chan_sip
          cancel     chan_sip          channel:SIP/alice-0001  (soft hangup)
          release    chan_sip          admin:cli               (module unload -f chan_sip)
          stop       chan_sip                                  (its last user went away)
          release    res_rtp_asterisk  dependent:chan_sip      (chan_sip stopped)
          stop       res_rtp_asterisk                          (its last user chan_sip released it)
          close lib  res_rtp_asterisk                          (nothing holds it)
          close lib  chan_sip
        waiting:
          chan_sip: channel:SIP/alice-0001
        """);
  }

  @Test
  void text_load_opensAndStartsInOrder_thenListsRefusals() {
    assertThat(PlanRenderer.text(LOAD)).isEqualTo("""
        plan: module load pbx_config
          open  lib  extconfig                                         (needed by res_config_sqlite3)
          start      extconfig                                         (needed by res_config_sqlite3)
          open  lib  res_config_sqlite3                                (realtime=sqlite3 for extensions.conf of pbx_config)
          hold       extconfig           dependent:res_config_sqlite3  (it needs it)
          start      res_config_sqlite3                                (needed by pbx_config)
        refused:
          app_system: neverload bans it (modules.conf:7)
        """);
  }

  @Test
  void text_refusedPlan_saysSoOnItsFirstLine() {
    Plan refused = new Plan(new Operation.Load(name("app_system")), List.of(),
        List.of(new Refusal(name("app_system"), "neverload bans it\n(modules.conf:7)")), List.of());
    assertThat(PlanRenderer.text(refused)).isEqualTo("""
        plan: module load app_system (refused)
        refused:
          app_system: neverload bans it (modules.conf:7)
        """);
  }

  @Test
  void text_emptyPlan_saysNothingToDo() {
    assertThat(PlanRenderer.text(new Plan(new Operation.Shutdown(true), List.of(), List.of(), List.of())))
        .isEqualTo("plan: core stop gracefully\n  nothing to do\n");
  }

  @Test
  void command_spellsEveryOperationAsItsCommand() {
    assertThat(List.of(new Operation.Load(SIP), new Operation.Unload(SIP, false), new Operation.Unload(SIP, true),
        new Operation.Reload(SIP), new Operation.Startup(), new Operation.Shutdown(false), new Operation.Shutdown(true)))
        .extracting(PlanRenderer::command)
        .containsExactly("module load chan_sip", "module unload chan_sip", "module unload -f chan_sip",
            "module reload chan_sip", "startup", "core stop now", "core stop gracefully");
  }

  @Test
  void json_forcedUnload_isTheDocumentedSchema() {
    assertThat(PlanRenderer.json(FORCED_UNLOAD)).isEqualTo("""
        {
          "operation": {
            "kind": "unload",
            "module": "chan_sip",
            "force": true
          },
          "steps": [
            {
              "action": "cancel-user",
              "module": "chan_sip",
              "holder": {
                "kind": "channel",
                "id": "SIP/alice-0001"
              },
              "because": "soft hangup"
            },
            {
              "action": "release",
              "module": "chan_sip",
              "holder": {
                "kind": "admin",
                "id": "cli"
              },
              "because": "module unload -f chan_sip"
            },
            {
              "action": "stop-instance",
              "module": "chan_sip",
              "because": "its last user went away"
            },
            {
              "action": "release",
              "module": "res_rtp_asterisk",
              "holder": {
                "kind": "dependent",
                "id": "chan_sip"
              },
              "because": "chan_sip stopped"
            },
            {
              "action": "stop-instance",
              "module": "res_rtp_asterisk",
              "because": "its last user chan_sip released it"
            },
            {
              "action": "close-lib",
              "module": "res_rtp_asterisk",
              "because": "nothing holds it"
            },
            {
              "action": "close-lib",
              "module": "chan_sip",
              "because": ""
            }
          ],
          "refusals": [],
          "waiting": [
            "chan_sip: channel:SIP/alice-0001"
          ]
        }
        """);
  }

  @Test
  void json_load_namesOpenAndStartActions_andRefusals() {
    String json = PlanRenderer.json(LOAD);
    assertThat(json).startsWith("""
        {
          "operation": {
            "kind": "load",
            "module": "pbx_config"
          },
          "steps": [
            {
              "action": "open-lib",
              "module": "extconfig",
              "because": "needed by res_config_sqlite3"
            },
            {
              "action": "start-instance",
        """);
    assertThat(json).endsWith("""
          "refusals": [
            {
              "module": "app_system",
              "reason": "neverload bans it (modules.conf:7)"
            }
          ],
          "waiting": []
        }
        """);
  }

  @Test
  void json_everyOperationKind_hasItsMembers() {
    assertThat(operationJson(new Operation.Startup())).isEqualTo("{\n    \"kind\": \"startup\"\n  }");
    assertThat(operationJson(new Operation.Shutdown(false)))
        .isEqualTo("{\n    \"kind\": \"shutdown\",\n    \"graceful\": false\n  }");
    assertThat(operationJson(new Operation.Reload(SIP)))
        .isEqualTo("{\n    \"kind\": \"reload\",\n    \"module\": \"chan_sip\"\n  }");
    assertThat(operationJson(new Operation.Unload(name("Chan_SIP.so"), false)))
        .isEqualTo("{\n    \"kind\": \"unload\",\n    \"module\": \"Chan_SIP\",\n    \"force\": false\n  }");
  }

  private static String operationJson(Operation operation) {
    String json = PlanRenderer.json(new Plan(operation, List.of(), List.of(), List.of()));
    return json.substring(json.indexOf('{', 1), json.indexOf("\n  \"steps\"") - 1);
  }

  @Test
  void json_escapesWhatTheEngineWrote() {
    Plan plan = new Plan(new Operation.Load(SIP), List.of(), List.of(
        new Refusal(SIP, "say \"no\" to C:\\temp\n\tnow\u0001 caf\u00e9 \ud83d\ude00")),
        List.of("line\u2028break"));
    assertThat(PlanRenderer.json(plan)).contains(
        "\"reason\": \"say \\\"no\\\" to C:\\\\temp\\n\\tnow\\u0001 caf\u00e9 \ud83d\ude00\"",
        "\"line\\u2028break\"");
  }
}
