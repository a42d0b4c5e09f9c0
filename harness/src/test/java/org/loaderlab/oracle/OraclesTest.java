package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.m;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.lifecycle.ModuleUnavailableException;
import org.loaderlab.engine.lifecycle.Outcome;
import org.loaderlab.engine.lifecycle.UserHandle;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.CodeKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;
import org.loaderlab.property.Gens;
import org.loaderlab.property.Property;
import org.loaderlab.sim.Script;

/**
 * Goal: a run without faults gives no violation at all, hand-built or real (under random
 * schedules too), and the runner sorts what its oracles find by step, then kind. Method: a clean
 * hand-built trace (the world below); the real engine, fake linker and simulator on the seed and
 * office fixture worlds; and the one hazard a test can cause behind the engine's back, an
 * optional-API call after its provider left.
 *
 * <pre>
 *   core (load_priority=core) <- app (provides application=App; a thread with threadstorage)
 *   modules.conf: autoload=yes       startup | a channel comes and goes | shutdown now
 * </pre>
 */
class OraclesTest {

  private static final Holder AUTOLOAD = new Holder(HolderKind.ADMIN, "autoload");
  private static final Holder APP_REGISTRATION = new Holder(HolderKind.REGISTRATION, "application:App");
  private static final Holder CHANNEL = new Holder(HolderKind.CHANNEL, "SIP/alice-1");

  static WorldFacts cleanFacts() {
    return WorldFacts.builder()
        .manifest(HandTrace.manifest("core", "load_priority=core"))
        .manifest(HandTrace.manifest("app", "[uses]", "module=core", "[provides]", "application=App"))
        .modulesConf(HandTrace.modulesConf("[modules]", "autoload=yes"))
        .destructorKey(m("app"), "app_key")
        .build();
  }

  static Trace cleanTrace() {
    Plan startup = new Plan(new Operation.Startup(), List.of(
        new PlanStep.OpenLib(m("core"), "autoload"), new PlanStep.StartInstance(m("core"), "autoload"),
        new PlanStep.Hold(m("core"), AUTOLOAD, "autoload"), new PlanStep.OpenLib(m("app"), "autoload"),
        new PlanStep.Hold(m("core"), HandTrace.dependent("app"), "app needs module=core"),
        new PlanStep.StartInstance(m("app"), "autoload"), new PlanStep.Hold(m("app"), AUTOLOAD, "autoload")),
        List.of(), List.of());
    LibRef core = new LibRef(m("core"), 1);
    LibRef app = new LibRef(m("app"), 1);
    HandTrace trace = new HandTrace(cleanFacts())
        .at(0).plan(m("loader"), startup)
        .at(1).observe(new Observation.LibMapped(1, core, true)).start("core").took("core", RefTarget.INSTANCE, AUTOLOAD)
        .at(2).observe(new Observation.LibMapped(2, app, false)).opened("app")
        .took("core", RefTarget.INSTANCE, HandTrace.dependent("app")).took("core", RefTarget.LIB, HandTrace.dependent("app"))
        .starting("app").took("app", RefTarget.LIB, HandTrace.own("app"))
        .observe(new Observation.CodeRan(2, app, CodeKind.LOAD_MODULE, "load_module"))
        .event(seq -> new LifecycleEvent.RegistrationAdded(seq, m("app"), RegistrationKind.APPLICATION, "App"))
        .took("app", RefTarget.LIB, APP_REGISTRATION)
        .observe(new Observation.ThreadStarted(2, app, "app#1/worker", Optional.of("app_key")))
        .took("app", RefTarget.LIB, new Holder(HolderKind.THREAD_STORAGE, "app#1/worker"))
        .running("app").took("app", RefTarget.INSTANCE, AUTOLOAD)
        .checkpoint()
        .at(3).observe(new Observation.ChannelStarted(3, "SIP/alice-1", m("app"), "SIP"))
        .took("app", RefTarget.INSTANCE, CHANNEL)
        .observe(new Observation.CodeRan(3, app, CodeKind.APPLICATION, "App"))
        .at(4).observe(new Observation.ChannelEnded(4, "SIP/alice-1")).dropped("app", RefTarget.INSTANCE, CHANNEL)
        .checkpoint();
    Plan shutdown = new Plan(new Operation.Shutdown(false), List.of(
        new PlanStep.Release(m("app"), AUTOLOAD, "shutdown"), new PlanStep.StopInstance(m("app"), "shutdown"),
        new PlanStep.CloseLib(m("app"), "shutdown"), new PlanStep.Release(m("core"), AUTOLOAD, "shutdown"),
        new PlanStep.StopInstance(m("core"), "shutdown"), new PlanStep.CloseLib(m("core"), "shutdown")),
        List.of(), List.of());
    return trace
        .at(5).plan(m("loader"), shutdown)
        .at(6).dropped("app", RefTarget.INSTANCE, AUTOLOAD).stopping("app")
        .event(seq -> new LifecycleEvent.RegistrationRemoved(seq, m("app"), RegistrationKind.APPLICATION, "App"))
        .dropped("app", RefTarget.LIB, APP_REGISTRATION)
        .observe(new Observation.CodeRan(6, app, CodeKind.UNLOAD_MODULE, "unload_module"))
        .observe(new Observation.ThreadExited(6, app, "app#1/worker"))
        .observe(new Observation.CodeRan(6, app, CodeKind.THREADSTORAGE_DESTRUCTOR, "app_key"))
        .observe(new Observation.DestructorRan(6, app, "app_key", "app#1/worker"))
        .dropped("app", RefTarget.LIB, new Holder(HolderKind.THREAD_STORAGE, "app#1/worker"))
        .dropped("core", RefTarget.INSTANCE, HandTrace.dependent("app")).stopped("app")
        .dropped("app", RefTarget.LIB, HandTrace.own("app"))
        .at(7).observe(new Observation.LibUnmapped(7, app)).closed("app").dropped("core", RefTarget.LIB, HandTrace.dependent("app"))
        .at(8).dropped("core", RefTarget.INSTANCE, AUTOLOAD).stop("core").observe(new Observation.LibUnmapped(8, core))
        .checkpoint()
        .build();
  }

  @Test
  void all_cleanHandTrace_noViolation() {
    List<Violation> violations = Oracles.all().check(cleanTrace());

    assertThat(violations).as(Oracles.render(violations)).isEmpty();
  }

  @Test
  void all_severalOracles_sortedByStepThenKind() {
    // The clean trace, minus core's release and stop in the shutdown: a leak at the last checkpoint
    // (step 8) and a missing stop (fidelity, at the shutdown plan's step 5), found in that order.
    Trace clean = cleanTrace();
    int cut = clean.entries().size() - 6;
    Trace.Builder cutShort = Trace.builder(clean.facts());
    clean.entries().subList(0, cut).forEach(entry -> {
      if (entry instanceof Trace.EventEntry event) {
        cutShort.event(event.stepIndex(), event.event());
      } else {
        cutShort.observe(((Trace.ObservedEntry) entry).observation());
      }
      if (clean.checkpoints().stream().anyMatch(point -> point.entryCount() == entry.index() + 1)) {
        cutShort.checkpoint(entry.stepIndex());
      }
    });
    cutShort.checkpoint(8);

    List<Violation> violations = Oracles.all().check(cutShort.build());

    assertThat(violations).extracting(Violation::stepIndex, Violation::category).containsExactly(
        org.assertj.core.groups.Tuple.tuple(5L, "fidelity/planned-step-missing"),
        org.assertj.core.groups.Tuple.tuple(8L, "leak/reference-left"));
  }

  @Test
  void seedWorld_startUnloadForceShutdown_noViolation() {
    try (SeedRun run = new SeedRun("seed")) {
      var started = run.recorder.submit(run.loader, new Operation.Startup());
      run.settle();
      var unloaded = run.recorder.submit(run.loader, new Operation.Unload(m("chan_sip"), true));
      run.settle();
      var stopped = run.recorder.submit(run.loader, new Operation.Shutdown(false));
      run.settle();

      assertThat(List.of(started.join(), unloaded.join(), stopped.join())).allMatch(Outcome::success);
      Trace trace = run.trace();
      List<Violation> violations = Oracles.all().check(trace);
      assertThat(violations).as(Oracles.render(violations)).isEmpty();
      assertThat(trace.checkpoints()).hasSize(3);
      assertThat(trace.operations()).hasSize(3).allMatch(operation -> operation.outcome().isPresent());
      assertThat(trace.entries()).filteredOn(entry -> entry instanceof Trace.ObservedEntry).isNotEmpty();
    }
  }

  @Test
  void seedWorld_tamperedAndDecliningLoads_refusedWithoutViolation() {
    try (SeedRun run = new SeedRun("seed")) {
      run.recorder.submit(run.loader, new Operation.Startup());
      run.settle();
      run.world.writeBinary(FakeBinary.plain(m("func_cut")));
      var tampered = run.recorder.submit(run.loader, new Operation.Load(m("func_cut")));
      run.settle();
      Manifest uri = WorldFacts.read(run.world).orElseThrow().manifest(m("func_uri")).orElseThrow();
      run.world.install(uri, FakeBinary.builder(m("func_uri")).load(LoadResult.DECLINE).build());
      var declined = run.recorder.submit(run.loader, new Operation.Load(m("func_uri")));
      run.settle();

      assertThat(tampered.join().success()).isFalse();
      assertThat(declined.join().success()).isFalse();
      Trace trace = run.trace();
      assertThat(trace.facts().tampered()).containsExactly(m("func_cut"));
      assertThat(trace.render()).contains("instance-failed func_uri: load_module declined");
      assertThat(OperationWindows.of(trace)).filteredOn(window -> window.plans().size() == 2)
          .extracting(OperationWindows.Window::operation)
          .containsExactly(new Operation.Load(m("func_cut")), new Operation.Load(m("func_uri")));
      List<Violation> violations = Oracles.all().check(trace);
      assertThat(violations).as(Oracles.render(violations)).isEmpty();
    }
  }

  /**
   * Property: whatever the schedule, the real engine gives the oracles nothing to report while
   * two channels use the channel driver across its forced unload and the shutdown. Method: 16
   * seeds, random schedules with engine tasks postponed, on the seed and office worlds.
   */
  @Test
  void realEngine_randomSchedulesWithChannels_noViolation() {
    Property.forAll(Gens.longs(0, Long.MAX_VALUE)).tries(16).seed(5L).check(seed -> {
      boolean seedWorld = (seed & 1) == 0;
      ModuleName driver = m(seedWorld ? "chan_sip" : "chan_pjsip");
      try (SeedRun run = new SeedRun(seedWorld ? "seed" : "office", seed, 4)) {
        CompletableFuture<Outcome> started = new CompletableFuture<>();
        run.sim.spawn("admin", Script.builder()
            .call("start", () -> run.recorder.submit(run.loader, new Operation.Startup()), o -> started.complete(o.join()))
            .call("unload", () -> run.recorder.submit(run.loader, new Operation.Unload(driver, true)), o -> { })
            .call("shutdown", () -> run.recorder.submit(run.loader, new Operation.Shutdown((seed & 2) == 0)), o -> { })
            .build());
        run.sim.spawn("channel:SIP/alice-1", channel(run, driver, "SIP/alice-1", started));
        run.sim.spawn("channel:SIP/bob-1", channel(run, driver, "SIP/bob-1", started));
        run.settle();

        List<Violation> violations = Oracles.all().check(run.trace());
        assertThat(violations).as(Oracles.render(violations)).isEmpty();
      }
    });
  }

  /** A call on {@code driver}: up after startup, hangs up when the engine cancels it. */
  private static Script channel(SeedRun run, ModuleName driver, String id, CompletableFuture<Outcome> started) {
    boolean[] hungUp = {false};
    UserHandle[] user = {null};
    return Script.builder()
        .waitUntil(started::isDone, "startup")
        .run(() -> {
          try {
            user[0] = run.loader.addUser(driver, HolderKind.CHANNEL, id, () -> hungUp[0] = true);
          } catch (ModuleUnavailableException e) {
            hungUp[0] = true;
          }
        })
        .waitUntil(() -> hungUp[0], "hangup")
        .run(() -> {
          if (user[0] != null) {
            user[0].release();
          }
        })
        .build();
  }

  @Test
  void officeWorld_autoloadUnloadShutdown_noViolation() {
    try (SeedRun run = new SeedRun("office")) {
      run.recorder.submit(run.loader, new Operation.Startup());
      run.settle();
      run.recorder.submit(run.loader, new Operation.Unload(m("res_crypto"), false));
      run.settle();
      run.recorder.submit(run.loader, new Operation.Shutdown(true));
      run.settle();

      List<Violation> violations = Oracles.all().check(run.trace());
      assertThat(violations).as(Oracles.render(violations)).isEmpty();
    }
  }

  @Test
  void officeWorld_optionalApiBehindTheEnginesBack_oneSafetyViolation() {
    try (SeedRun run = new SeedRun("office")) {
      ModuleName crypto = m("res_crypto");
      run.recorder.submit(run.loader, new Operation.Startup());
      run.settle();
      run.recorder.submit(run.loader, new Operation.Unload(crypto, false));
      run.settle();
      run.linker.callOptionalApi(crypto, "ast_sign");
      run.recorder.checkpoint();

      List<Violation> violations = Oracles.all().check(run.trace());

      assertThat(violations).extracting(Violation::category, Violation::modules)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("safety/optional-api-unmapped", List.of(crypto)));
      assertThat(violations.get(0).chain()).last().asString()
          .endsWith("code-ran-unmapped res_crypto#1 optional_api ast_sign");
    }
  }
}
