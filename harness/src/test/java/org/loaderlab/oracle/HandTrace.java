package org.loaderlab.oracle;

import java.util.List;
import java.util.function.LongFunction;
import org.loaderlab.engine.config.ModulesConf;
import org.loaderlab.engine.config.ModulesConfParser;
import org.loaderlab.engine.event.Holder;
import org.loaderlab.engine.event.HolderKind;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.event.RefTarget;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.plan.Operation;
import org.loaderlab.engine.plan.Plan;
import org.loaderlab.engine.plan.PlanStep;
import org.loaderlab.observe.Observation;

/**
 * Builds traces by hand for the oracle tests: a current step, events numbered as the engine
 * numbers them, and short names for the common transitions. Facts come from manifest and
 * modules.conf text, parsed by the engine's own parsers.
 */
final class HandTrace {

  static final Holder CLI = new Holder(HolderKind.ADMIN, "cli");

  private final Trace.Builder builder;
  private long step;

  HandTrace(WorldFacts facts) {
    builder = Trace.builder(facts);
  }

  static ModuleName m(String name) {
    return ModuleName.of(name);
  }

  /** {@code [module] name=<name>} followed by {@code lines}. */
  static Manifest manifest(String name, String... lines) {
    String text = "[module]\nname=" + name + "\n" + String.join("\n", lines) + "\n";
    return new ManifestParser().parseText(name + ".manifest", text).orElseThrow().manifest();
  }

  static ModulesConf modulesConf(String... lines) {
    return new ModulesConfParser().parseText("modules.conf", String.join("\n", lines) + "\n").orElseThrow();
  }

  static Holder dependent(String module) {
    return new Holder(HolderKind.DEPENDENT, module);
  }

  static Holder own(String module) {
    return new Holder(HolderKind.OWN_INSTANCE, module);
  }

  HandTrace at(long stepIndex) {
    this.step = stepIndex;
    return this;
  }

  HandTrace event(LongFunction<LifecycleEvent> make) {
    builder.event(step, make);
    return this;
  }

  HandTrace observe(Observation observation) {
    builder.observe(observation);
    return this;
  }

  HandTrace plan(ModuleName subject, Operation operation, PlanStep... steps) {
    Plan plan = new Plan(operation, List.of(steps), List.of(), List.of());
    return event(seq -> new LifecycleEvent.PlanDecided(seq, subject, plan));
  }

  HandTrace plan(ModuleName subject, Plan plan) {
    return event(seq -> new LifecycleEvent.PlanDecided(seq, subject, plan));
  }

  HandTrace opened(String module) {
    return event(seq -> new LifecycleEvent.LibOpened(seq, m(module)));
  }

  HandTrace closed(String module) {
    return event(seq -> new LifecycleEvent.LibClosed(seq, m(module)));
  }

  HandTrace starting(String module) {
    return event(seq -> new LifecycleEvent.InstanceStarting(seq, m(module)));
  }

  HandTrace running(String module) {
    return event(seq -> new LifecycleEvent.InstanceRunning(seq, m(module)));
  }

  HandTrace failed(String module, String reason) {
    return event(seq -> new LifecycleEvent.InstanceFailed(seq, m(module), reason));
  }

  HandTrace stopping(String module) {
    return event(seq -> new LifecycleEvent.InstanceStopping(seq, m(module), "it was told to"));
  }

  HandTrace stopped(String module) {
    return event(seq -> new LifecycleEvent.InstanceStopped(seq, m(module)));
  }

  HandTrace took(String module, RefTarget target, Holder holder) {
    return event(seq -> new LifecycleEvent.ReferenceTaken(seq, m(module), target, holder, "test"));
  }

  HandTrace dropped(String module, RefTarget target, Holder holder) {
    return event(seq -> new LifecycleEvent.ReferenceDropped(seq, m(module), target, holder, "test"));
  }

  /** Open, start, own hold on the lib, running: a start as the engine reports it. */
  HandTrace start(String module) {
    return opened(module).starting(module).took(module, RefTarget.LIB, own(module)).running(module);
  }

  /** Stopping, stopped, own hold dropped, closed: a stop of an unheld module as the engine reports it. */
  HandTrace stop(String module) {
    return stopping(module).stopped(module).dropped(module, RefTarget.LIB, own(module)).closed(module);
  }

  HandTrace checkpoint() {
    builder.checkpoint(step);
    return this;
  }

  HandTrace operation(Trace.OperationRun run) {
    builder.operation(run);
    return this;
  }

  HandTrace run(org.loaderlab.sim.RunResult result) {
    builder.run(result);
    return this;
  }

  long lastSequence() {
    return builder.lastSequence();
  }

  Trace build() {
    return builder.build();
  }
}
