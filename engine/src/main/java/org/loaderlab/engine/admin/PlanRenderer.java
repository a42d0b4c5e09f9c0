package org.loaderlab.engine.admin;

import org.apiguardian.api.API;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;

/**
 * A {@link Plan} for people and for tools; both renderings are deterministic (the plan's own
 * order, nothing sorted by hash) and end with a line break.
 *
 * <p><b>Text</b> ({@link #text}), for a reviewer:
 *
 * <pre>
 * plan: module load chan_pjsip
 *   open  lib  res_pjsip                         (needed by chan_pjsip)
 *   start      res_pjsip                         (needed by chan_pjsip)
 *   hold       res_pjsip   dependent:chan_pjsip  (chan_pjsip needs it)
 *   open  lib  chan_pjsip                        (the admin asked)
 * refused:
 *   res_x: it needs res_y, which neverload bans (modules.conf:9)
 * waiting:
 *   chan_sip: channel:SIP/alice-0001
 * </pre>
 *
 * One step a line, in order: an action ({@code open  lib}, {@code start}, {@code hold},
 * {@code release}, {@code cancel}, {@code stop}, {@code close lib}), the module, the holder for
 * hold, release and cancel, and the reason in parentheses; columns are as wide as their widest
 * entry. A plan that does nothing says {@code nothing to do}; a refused plan's first line ends
 * with {@code (refused)}. Line breaks inside reasons are printed as spaces.
 *
 * <p><b>JSON</b> ({@link #json}), for tools; the schema is stable (members may be added, never
 * renamed or removed), members always in this order, every list present even when empty:
 *
 * <pre>
 * {
 *   "operation": {"kind": "load" | "unload" | "reload" | "startup" | "shutdown",
 *                 "module": "x"        (load, unload, reload),
 *                 "force": false       (unload),
 *                 "graceful": true     (shutdown)},
 *   "steps": [{"action": "open-lib" | "start-instance" | "hold" | "release" | "cancel-user"
 *                        | "stop-instance" | "close-lib",
 *              "module": "x",
 *              "holder": {"kind": "dependent", "id": "chan_sip"}   (hold, release, cancel-user),
 *              "because": "needed by chan_sip"}, ...],
 *   "refusals": [{"module": "x", "reason": "..."}, ...],
 *   "waiting": ["...", ...]
 * }
 * </pre>
 *
 * The document is indented by two spaces, one member or element a line (the layout of
 * {@code jq .} and of Python's {@code json.dumps(indent=2)}), so plans diff line by line.
 * Module names are written as the user spelled them (without {@code .so}); a holder's kind is
 * its {@link org.loaderlab.engine.event.HolderKind} in lower case ({@code own_instance}).
 * Strings are escaped per RFC 8259; non-ASCII is written as UTF-8.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PlanRenderer {

  private PlanRenderer() {}

  /** The plan as indented text, one step a line. */
  public static String text(Plan plan) {
    return PlanText.render(plan);
  }

  /** The plan as JSON, in the schema above. */
  public static String json(Plan plan) {
    return PlanJson.render(plan);
  }

  /**
   * The command that asks for {@code operation}: {@code module load x}, {@code module unload -f x},
   * {@code module reload x}, {@code startup}, {@code core stop now|gracefully}.
   */
  public static String command(Operation operation) {
    if (operation instanceof Operation.Load load) {
      return "module load " + load.module();
    }
    if (operation instanceof Operation.Unload unload) {
      return "module unload " + (unload.force() ? "-f " : "") + unload.module();
    }
    if (operation instanceof Operation.Reload reload) {
      return "module reload " + reload.module();
    }
    if (operation instanceof Operation.Startup) {
      return "startup";
    }
    if (operation instanceof Operation.Shutdown shutdown) {
      return "core stop " + (shutdown.graceful() ? "gracefully" : "now");
    }
    throw new IllegalStateException("unknown operation " + operation);
  }
}
