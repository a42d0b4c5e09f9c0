package org.loaderlab.simulate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Engine findings of the hot-install and adversarial simulations, named so a test can let exactly
 * them through while the engine is fixed, and pinned by {@link EngineFindingsTest}, which fails
 * once the engine no longer shows them: then this class and its uses go.
 */
final class EngineFindings {

  private static final Pattern STOPPED_UNDER_USER =
      Pattern.compile("^ordering/stopped-under-user at step (\\d+) \\[(\\w+), \\w+\\]");

  private static final Pattern CANCEL_AFTER_RELEASE = Pattern.compile(
      "^safety/other-code-unmapped at step \\d+ \\[\\w+\\]: (?:cancel callback|delayed release) '(\\w+)' of (\\w+#\\d+) ran after its lib");

  private EngineFindings() {}

  /**
   * A generic user's cancel callback is called after the user released its use (from its
   * {@code unload_module}): in its closed lib, or, for a {@code cancel=delay:N} module, its late
   * release then runs there. True when {@code violation} is that, the trace showing the release
   * first.
   */
  static boolean cancelAfterRelease(String violation, String trace) {
    Matcher matcher = CANCEL_AFTER_RELEASE.matcher(violation);
    return matcher.find() && trace.contains("  seen use-released " + matcher.group(2) + " -> " + matcher.group(1) + "\n");
  }

  /**
   * A load whose target fails after its dependencies started (its binary's checksum no longer
   * matches, say) is undone in start order: a dependency stops while a dependent the same load
   * started still runs. True when {@code violation} is that: a stopped-under-user whose stopping
   * the trace gives "failed to start" as the reason.
   */
  static boolean rollbackStopsUnderUser(String violation, String trace) {
    Matcher matcher = STOPPED_UNDER_USER.matcher(violation);
    if (!matcher.find()) {
      return false;
    }
    String stopping = "step " + matcher.group(1) + "  event instance-stopping " + matcher.group(2) + ": ";
    int at = trace.indexOf(stopping);
    return at >= 0 && trace.substring(at, trace.indexOf('\n', at)).contains(" failed to start (checksum ");
  }
}
