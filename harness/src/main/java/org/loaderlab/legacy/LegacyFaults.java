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
 * @param dlcloseBeforeUnload stopping a module closes its binary first and calls its
 *     {@code unload_module} after, through the dangling handle: a teardown written in the wrong
 *     order (the free before the last use)
 * @param dlcloseTwiceOnFailure a binary whose {@code load_module} failed is closed by the failure
 *     path and again by the load's own cleanup, as when an error path and its caller both think
 *     they own the {@code dlopen} handle
 * @param unrefTwice a channel's (or other user's) release gives its count back twice, as an
 *     unbalanced {@code ast_module_unref} on both a hangup path and a destructor does: the count
 *     falls below the users still there
 * @param lockedModuleCallbacks module code that asks the loader for an operation from inside
 *     {@code load_module} or {@code unload_module} waits for the module list lock the loader
 *     holds around those calls ({@code AST_RWLIST_WRLOCK(&module_list)} is not recursive): that
 *     call and the operation running the code never complete, a self-deadlock
 * @param dryRunRootOnly the dry run of {@code module load X} shows X's own steps only, not the
 *     dependencies the walk will load with it: a preview that reads the request, not the walk
 * @param giveUpMidLoad after a load's first start, the modules it has not started yet are
 *     given up on and the load is decided again without them, though none failed: a retry pass
 *     ({@code load_resource_list}'s) that ends one pass early
 * @param retryDeclinedForever a module whose {@code load_module} declines or fails is tried again
 *     (its binary reopened, its dependencies counted, {@code load_module} run) until it loads, in
 *     pass after pass with no bound: {@code load_resource_list} retries while a pass makes
 *     progress, and a loop written as "until every module is loaded" never ends for a module that
 *     always declines. The load never completes; a real hang of the loader's own making, not of
 *     any module's
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegacyFaults(
    boolean ignoreLoadPriority,
    boolean worstProviderForServices,
    boolean requireNotFatal,
    boolean skipChecksum,
    boolean leakRegistrations,
    boolean skipDlclose,
    boolean dialplanAutoload,
    boolean dlcloseBeforeUnload,
    boolean dlcloseTwiceOnFailure,
    boolean unrefTwice,
    boolean lockedModuleCallbacks,
    boolean dryRunRootOnly,
    boolean giveUpMidLoad,
    boolean retryDeclinedForever) {

  /** Asterisk's loader as it is today. */
  public static LegacyFaults today() {
    return new LegacyFaults(false, false, false, true, false, false, false, false, false, false, false, false, false,
        false);
  }

  public LegacyFaults withIgnoreLoadPriority(boolean on) {
    return new LegacyFaults(on, worstProviderForServices, requireNotFatal, skipChecksum, leakRegistrations,
        skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice, lockedModuleCallbacks,
        dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withWorstProviderForServices(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, on, requireNotFatal, skipChecksum, leakRegistrations, skipDlclose,
        dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice, lockedModuleCallbacks,
        dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withRequireNotFatal(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, on, skipChecksum, leakRegistrations,
        skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice, lockedModuleCallbacks,
        dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withSkipChecksum(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, on, leakRegistrations,
        skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice, lockedModuleCallbacks,
        dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withLeakRegistrations(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum, on,
        skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice, lockedModuleCallbacks,
        dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withSkipDlclose(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, on, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice,
        lockedModuleCallbacks, dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withDialplanAutoload(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, on, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice,
        lockedModuleCallbacks, dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withDlcloseBeforeUnload(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, dialplanAutoload, on, dlcloseTwiceOnFailure, unrefTwice,
        lockedModuleCallbacks, dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withDlcloseTwiceOnFailure(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, dialplanAutoload, dlcloseBeforeUnload, on, unrefTwice, lockedModuleCallbacks,
        dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withUnrefTwice(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, on,
        lockedModuleCallbacks, dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withLockedModuleCallbacks(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice, on,
        dryRunRootOnly, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withDryRunRootOnly(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice,
        lockedModuleCallbacks, on, giveUpMidLoad, retryDeclinedForever);
  }

  public LegacyFaults withGiveUpMidLoad(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice,
        lockedModuleCallbacks, dryRunRootOnly, on, retryDeclinedForever);
  }

  public LegacyFaults withRetryDeclinedForever(boolean on) {
    return new LegacyFaults(ignoreLoadPriority, worstProviderForServices, requireNotFatal, skipChecksum,
        leakRegistrations, skipDlclose, dialplanAutoload, dlcloseBeforeUnload, dlcloseTwiceOnFailure, unrefTwice,
        lockedModuleCallbacks, dryRunRootOnly, giveUpMidLoad, on);
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
    add(names, dlcloseBeforeUnload, "dlcloseBeforeUnload");
    add(names, dlcloseTwiceOnFailure, "dlcloseTwiceOnFailure");
    add(names, unrefTwice, "unrefTwice");
    add(names, lockedModuleCallbacks, "lockedModuleCallbacks");
    add(names, dryRunRootOnly, "dryRunRootOnly");
    add(names, giveUpMidLoad, "giveUpMidLoad");
    add(names, retryDeclinedForever, "retryDeclinedForever");
    return List.copyOf(names);
  }

  private static void add(List<String> names, boolean on, String name) {
    if (on) {
      names.add(name);
    }
  }
}
