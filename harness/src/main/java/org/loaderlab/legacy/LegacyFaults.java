package org.loaderlab.legacy;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Models of bugs past and present, each a switch on the {@link LegacyLoader}, so that every
 * oracle has a loader that makes it fire. The hazards of today's loader that need no switch
 * (optional APIs, channel technologies and threadstorage without references, {@code dlclose} on
 * {@code unload -f}, banned dependencies, cycles) are always on; these are the rest.
 * {@link #today()} is the loader as Asterisk ships it: only {@link #skipChecksum} is on, because
 * today's loader has no manifest whose checksum it could verify.
 *
 * @param ignoreLoadPriority autoload starts modules in name order, not by {@code load_priority}
 *     (the proposal's own branch: "Autoloader does not yet respect load_priority")
 * @param worstProviderForServices {@code service=} needs are resolved, to the lowest-priority
 *     provider (a resolver whose comparator is the wrong way round)
 * @param requireNotFatal startup succeeds although a {@code require=} module did not load
 *     (today a required module that fails stops startup)
 * @param skipChecksum binaries are opened without comparing them to their manifest's checksum
 *     (today's behaviour: there is no manifest)
 * @param leakRegistrations a module's registrations stay after it stops, as when its
 *     {@code unload_module} forgets to unregister them (today cleanup is each module's own job)
 * @param skipDlclose unloading leaves the binary mapped with nothing holding it, as when
 *     {@code dlclose} does not unmap (RTLD_NODELETE, a global-symbols module others link against)
 * @param dialplanAutoload a dialplan (re)load loads the providers of the applications and
 *     functions it uses, without checking {@code neverload} (the proposal's feared dialplan
 *     autoloader, done naively)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegacyFaults(
    boolean ignoreLoadPriority,
    boolean worstProviderForServices,
    boolean requireNotFatal,
    boolean skipChecksum,
    boolean leakRegistrations,
    boolean skipDlclose,
    boolean dialplanAutoload) {

  /** Asterisk's loader as it is today. */
  public static LegacyFaults today() {
    return new LegacyFaults(false, false, false, true, false, false, false);
  }

  public LegacyFaults withIgnoreLoadPriority(boolean on) {
    return new LegacyFaults(on, worstProviderForServices, requireNotFatal, skipChecksum, leakRegistrations,
        skipDlclose, dialplanAutoload);
  }

  public LegacyFaults withWorstProviderForServices(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, on, requireNotFatal, skipChecksum, leakRegistrations,
        skipDlclose, dialplanAutoload);
  }

  public LegacyFaults withRequireNotFatal(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, on, skipChecksum, leakRegistrations,
        skipDlclose, dialplanAutoload);
  }

  public LegacyFaults withSkipChecksum(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, on, leakRegistrations,
        skipDlclose, dialplanAutoload);
  }

  public LegacyFaults withLeakRegistrations(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum, on,
        skipDlclose, dialplanAutoload);
  }

  public LegacyFaults withSkipDlclose(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, on, dialplanAutoload);
  }

  public LegacyFaults withDialplanAutoload(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, on);
  }

  /** The switches that are on, by component name in declaration order: for a report's header. */
  public List<String> enabled() {
    List<String> names = new ArrayList<>();
    add(names, ignoreLoadPriority, "ignoreLoadPriority");
    add(names, worstProviderForServices, "worstProviderForServices");
    add(names, requireNotFatal, "requireNotFatal");
    add(names, skipChecksum, "skipChecksum");
    add(names, leakRegistrations, "leakRegistrations");
    add(names, skipDlclose, "skipDlclose");
    add(names, dialplanAutoload, "dialplanAutoload");
    return List.copyOf(names);
  }

  private static void add(List<String> names, boolean on, String name) {
    if (on) {
      names.add(name);
    }
  }
}
