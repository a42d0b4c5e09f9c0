package org.loaderlab.legacy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Models of bugs past and present, each a switch on the {@link LegacyLoader}, so that every
 * oracle has a loader that makes it fire. The hazards of today's loader that need no switch
 * (optional APIs, channel technologies and threadstorage without references, {@code dlclose} on
 * {@code unload -f}, banned dependencies, cycles) are always on; these are the rest.
 * {@link #today()} is the loader as Asterisk ships it: only {@link Fault#SKIP_CHECKSUM} is on,
 * because today's loader has no manifest whose checksum it could verify.
 *
 * @param on the switches that are on
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record LegacyFaults(Set<Fault> on) {

  /** One modelled bug; {@link #enabled()} names it by {@link Fault#label()}. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Fault {
    /**
     * Autoload starts modules in name order, not by {@code load_priority} (the proposal's own
     * branch: "Autoloader does not yet respect load_priority").
     */
    IGNORE_LOAD_PRIORITY("ignoreLoadPriority"),

    /**
     * {@code service=} needs are resolved, to the lowest-priority provider (a resolver whose
     * comparator is the wrong way round).
     */
    WORST_PROVIDER_FOR_SERVICES("worstProviderForServices"),

    /**
     * Startup succeeds although a {@code require=} module did not load (today a required module
     * that fails stops startup).
     */
    REQUIRE_NOT_FATAL("requireNotFatal"),

    /**
     * Binaries are opened without comparing them to their manifest's checksum (today's behaviour:
     * there is no manifest).
     */
    SKIP_CHECKSUM("skipChecksum"),

    /**
     * A module's registrations stay after it stops, as when its {@code unload_module} forgets to
     * unregister them (today cleanup is each module's own job).
     */
    LEAK_REGISTRATIONS("leakRegistrations"),

    /**
     * Unloading leaves the binary mapped with nothing holding it, as when {@code dlclose} does not
     * unmap (RTLD_NODELETE, a global-symbols module others link against).
     */
    SKIP_DLCLOSE("skipDlclose"),

    /**
     * A dialplan (re)load loads the providers of the applications and functions it uses, without
     * checking {@code neverload} (the proposal's feared dialplan autoloader, done naively).
     */
    DIALPLAN_AUTOLOAD("dialplanAutoload"),

    /**
     * Stopping a module closes its binary first and calls its {@code unload_module} after, through
     * the dangling handle: a teardown written in the wrong order (the free before the last use).
     */
    DLCLOSE_BEFORE_UNLOAD("dlcloseBeforeUnload"),

    /**
     * A binary whose {@code load_module} failed is closed by the failure path and again by the
     * load's own cleanup, as when an error path and its caller both think they own the
     * {@code dlopen} handle.
     */
    DLCLOSE_TWICE_ON_FAILURE("dlcloseTwiceOnFailure"),

    /**
     * A channel's (or other user's) release gives its count back twice, as an unbalanced
     * {@code ast_module_unref} on both a hangup path and a destructor does: the count falls below
     * the users still there.
     */
    UNREF_TWICE("unrefTwice"),

    /**
     * Module code that asks the loader for an operation from inside {@code load_module} or
     * {@code unload_module} waits for the module list lock the loader holds around those calls
     * ({@code AST_RWLIST_WRLOCK(&module_list)} is not recursive): that call and the operation
     * running the code never complete, a self-deadlock.
     */
    LOCKED_MODULE_CALLBACKS("lockedModuleCallbacks"),

    /**
     * The dry run of {@code module load X} shows X's own steps only, not the dependencies the walk
     * will load with it: a preview that reads the request, not the walk.
     */
    DRY_RUN_ROOT_ONLY("dryRunRootOnly"),

    /**
     * After a load's first start, the modules it has not started yet are given up on and the load
     * is decided again without them, though none failed: a retry pass
     * ({@code load_resource_list}'s) that ends one pass early.
     */
    GIVE_UP_MID_LOAD("giveUpMidLoad"),

    /**
     * A module whose {@code load_module} declines or fails is tried again (its binary reopened, its
     * dependencies counted, {@code load_module} run) until it loads, in pass after pass with no
     * bound: {@code load_resource_list} retries while a pass makes progress, and a loop written as
     * "until every module is loaded" never ends for a module that always declines. The load never
     * completes; a real hang of the loader's own making, not of any module's.
     */
    RETRY_DECLINED_FOREVER("retryDeclinedForever");

    private final String label;

    Fault(String label) {
      this.label = label;
    }

    /** The switch's name as reports print it, e.g. {@code skipChecksum}. */
    public String label() {
      return label;
    }
  }

  public LegacyFaults {
    on = Collections.unmodifiableSet(on.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(on));
  }

  /** Asterisk's loader as it is today. */
  public static LegacyFaults today() {
    return new LegacyFaults(EnumSet.of(Fault.SKIP_CHECKSUM));
  }

  /** Every modelled bug at once. */
  public static LegacyFaults all() {
    return new LegacyFaults(EnumSet.allOf(Fault.class));
  }

  public boolean has(Fault fault) {
    return on.contains(fault);
  }

  /** These faults with {@code fault} turned {@code on} or off. */
  public LegacyFaults with(Fault fault, boolean on) {
    EnumSet<Fault> next = this.on.isEmpty() ? EnumSet.noneOf(Fault.class) : EnumSet.copyOf(this.on);
    if (on) {
      next.add(fault);
    } else {
      next.remove(fault);
    }
    return new LegacyFaults(next);
  }

  /** The switches that are on, by label in declaration order: for a report's header. */
  public List<String> enabled() {
    List<String> names = new ArrayList<>();
    for (Fault fault : on) { // an EnumSet iterates in declaration order
      names.add(fault.label());
    }
    return List.copyOf(names);
  }

  // One accessor and one wither per switch, named as the switch: what the loader's code and the
  // scenarios read.

  public boolean ignoreLoadPriority() {
    return has(Fault.IGNORE_LOAD_PRIORITY);
  }

  public LegacyFaults withIgnoreLoadPriority(boolean on) {
    return with(Fault.IGNORE_LOAD_PRIORITY, on);
  }

  public boolean worstProviderForServices() {
    return has(Fault.WORST_PROVIDER_FOR_SERVICES);
  }

  public LegacyFaults withWorstProviderForServices(boolean on) {
    return with(Fault.WORST_PROVIDER_FOR_SERVICES, on);
  }

  public boolean requireNotFatal() {
    return has(Fault.REQUIRE_NOT_FATAL);
  }

  public LegacyFaults withRequireNotFatal(boolean on) {
    return with(Fault.REQUIRE_NOT_FATAL, on);
  }

  public boolean skipChecksum() {
    return has(Fault.SKIP_CHECKSUM);
  }

  public LegacyFaults withSkipChecksum(boolean on) {
    return with(Fault.SKIP_CHECKSUM, on);
  }

  public boolean leakRegistrations() {
    return has(Fault.LEAK_REGISTRATIONS);
  }

  public LegacyFaults withLeakRegistrations(boolean on) {
    return with(Fault.LEAK_REGISTRATIONS, on);
  }

  public boolean skipDlclose() {
    return has(Fault.SKIP_DLCLOSE);
  }

  public LegacyFaults withSkipDlclose(boolean on) {
    return with(Fault.SKIP_DLCLOSE, on);
  }

  public boolean dialplanAutoload() {
    return has(Fault.DIALPLAN_AUTOLOAD);
  }

  public LegacyFaults withDialplanAutoload(boolean on) {
    return with(Fault.DIALPLAN_AUTOLOAD, on);
  }

  public boolean dlcloseBeforeUnload() {
    return has(Fault.DLCLOSE_BEFORE_UNLOAD);
  }

  public LegacyFaults withDlcloseBeforeUnload(boolean on) {
    return with(Fault.DLCLOSE_BEFORE_UNLOAD, on);
  }

  public boolean dlcloseTwiceOnFailure() {
    return has(Fault.DLCLOSE_TWICE_ON_FAILURE);
  }

  public LegacyFaults withDlcloseTwiceOnFailure(boolean on) {
    return with(Fault.DLCLOSE_TWICE_ON_FAILURE, on);
  }

  public boolean unrefTwice() {
    return has(Fault.UNREF_TWICE);
  }

  public LegacyFaults withUnrefTwice(boolean on) {
    return with(Fault.UNREF_TWICE, on);
  }

  public boolean lockedModuleCallbacks() {
    return has(Fault.LOCKED_MODULE_CALLBACKS);
  }

  public LegacyFaults withLockedModuleCallbacks(boolean on) {
    return with(Fault.LOCKED_MODULE_CALLBACKS, on);
  }

  public boolean dryRunRootOnly() {
    return has(Fault.DRY_RUN_ROOT_ONLY);
  }

  public LegacyFaults withDryRunRootOnly(boolean on) {
    return with(Fault.DRY_RUN_ROOT_ONLY, on);
  }

  public boolean giveUpMidLoad() {
    return has(Fault.GIVE_UP_MID_LOAD);
  }

  public LegacyFaults withGiveUpMidLoad(boolean on) {
    return with(Fault.GIVE_UP_MID_LOAD, on);
  }

  public boolean retryDeclinedForever() {
    return has(Fault.RETRY_DECLINED_FOREVER);
  }

  public LegacyFaults withRetryDeclinedForever(boolean on) {
    return with(Fault.RETRY_DECLINED_FOREVER, on);
  }
}
