package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.m;
import static org.loaderlab.oracle.HandTrace.manifest;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.LifecycleEvent;
import org.loaderlab.engine.spi.RegistrationKind;
import org.loaderlab.observe.LibRef;
import org.loaderlab.observe.Observation;

/**
 * Goal: a module whose code registers or uses what its manifest does not declare is reported
 * once, and what the manifest (or modules.conf) declares, or cannot declare, is not. Method:
 * hand-built traces over this world:
 *
 * <pre>
 *   app:  [provides] application=Dial
 *   user: [uses] module=core  [canuse] module=opt      modules.conf [uses] user=admin_dep
 * </pre>
 */
class ConformanceOracleTest {

  private static WorldFacts facts() {
    return WorldFacts.builder()
        .manifest(manifest("app", "[provides]", "application=Dial"))
        .manifest(manifest("user", "[uses]", "module=core", "[canuse]", "module=opt"))
        .manifest(manifest("core")).manifest(manifest("opt")).manifest(manifest("other")).manifest(manifest("admin_dep"))
        .modulesConf(HandTrace.modulesConf("[modules]", "[uses]", "user=admin_dep"))
        .build();
  }

  private static HandTrace registers(HandTrace trace, String module, RegistrationKind kind, String name) {
    return trace.event(seq -> new LifecycleEvent.RegistrationAdded(seq, m(module), kind, name));
  }

  private static List<Violation> check(HandTrace trace) {
    return new ConformanceOracle().check(trace.build());
  }

  @Test
  void registersUndeclared_applicationNotProvided_reported() {
    HandTrace trace = registers(new HandTrace(facts()).at(2), "app", RegistrationKind.APPLICATION, "Queue");

    assertThat(check(trace)).containsExactly(new Violation.Conformance(
        Violation.Conformance.Kind.REGISTERS_UNDECLARED, 2, List.of(m("app")),
        "app registers application=Queue, which its manifest does not provide",
        List.of("2 #1 registration-added app application Queue", "fact: app.manifest [provides] has no application=Queue")));
  }

  @Test
  void registersUndeclared_twoStarts_reportedOnce() {
    HandTrace trace = new HandTrace(facts()).at(2);
    registers(trace, "app", RegistrationKind.FUNCTION, "QUEUE_SIZE").at(9);
    registers(trace, "app", RegistrationKind.FUNCTION, "QUEUE_SIZE");

    assertThat(check(trace)).extracting(Violation::stepIndex).containsExactly(2L);
  }

  @Test
  void registersDeclared_applicationInAnyCase_noViolation() {
    HandTrace trace = registers(new HandTrace(facts()), "app", RegistrationKind.APPLICATION, "dial");

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void registersCliOrChannelTech_manifestsCannotSay_noViolation() {
    HandTrace trace = new HandTrace(facts());
    registers(trace, "app", RegistrationKind.CLI_COMMAND, "dial show");
    registers(trace, "app", RegistrationKind.CHANNEL_TECH, "DIAL");

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void registersUndeclared_moduleWithoutManifest_notJudged() {
    HandTrace trace = registers(new HandTrace(facts()), "stranger", RegistrationKind.APPLICATION, "Foo");

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void usesUndeclared_useOfAnUndeclaredModule_reported() {
    HandTrace trace = new HandTrace(facts()).observe(new Observation.UseTaken(4, new LibRef(m("user"), 1), m("other")));

    assertThat(check(trace)).containsExactly(new Violation.Conformance(
        Violation.Conformance.Kind.USES_UNDECLARED, 4, List.of(m("user"), m("other")),
        "user uses other, which its manifest does not declare",
        List.of("4 use-taken user#1 -> other",
            "fact: no [uses], [canuse], modules.conf or extconfig need of user is met by other")));
  }

  @Test
  void usesDeclared_usesCanuseOrAdmin_noViolation() {
    LibRef user = new LibRef(m("user"), 1);
    HandTrace trace = new HandTrace(facts())
        .observe(new Observation.UseTaken(1, user, m("core")))
        .observe(new Observation.UseTaken(1, user, m("opt")))
        .observe(new Observation.UseTaken(1, user, m("admin_dep")));

    assertThat(check(trace)).isEmpty();
  }

  @Test
  void cleanTrace_noViolation() {
    assertThat(new ConformanceOracle().check(OraclesTest.cleanTrace())).isEmpty();
  }
}
