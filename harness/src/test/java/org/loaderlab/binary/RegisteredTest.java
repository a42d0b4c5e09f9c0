package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.spi.RegistrationKind;

/**
 * Goal: a registration knows whether the engine tracks it, whether a manifest can declare it, and
 * writes itself as its {@code [registers]} line; it refuses kinds and names the format cannot hold.
 */
class RegisteredTest {

  @Test
  void kinds_engineTrackedDeclarableService() {
    assertThat(new Registered("application", "Dial").registrationKind()).contains(RegistrationKind.APPLICATION);
    assertThat(new Registered("cli", "sip show peers").registrationKind()).contains(RegistrationKind.CLI_COMMAND);
    assertThat(new Registered("channel_tech", "SIP").registrationKind()).contains(RegistrationKind.CHANNEL_TECH);
    assertThat(new Registered("realtime", "sqlite3").registrationKind()).isEmpty();
    assertThat(new Registered("timing", "timerfd").registrationKind()).isEmpty();
    assertThat(new Registered("timing", "timerfd").isService()).isTrue();
    assertThat(new Registered("realtime", "sqlite3").isService()).isFalse();
    assertThat(new Registered("cli", "x").declarable()).isFalse();
    assertThat(new Registered("channel_tech", "x").declarable()).isFalse();
    assertThat(new Registered("manager", "x").declarable()).isTrue();
    assertThat(Registered.of(RegistrationKind.MANAGER_ACTION, "Ping")).isEqualTo(new Registered("manager", "Ping"));
  }

  @Test
  void toString_isTheRegistersLine() {
    assertThat(new Registered("function", "CUT")).hasToString("function=CUT");
    assertThat(new Registered("timing", "dahdi")).hasToString("service=timing:dahdi");
  }

  @Test
  void construct_badKindOrName_refused() {
    assertThatThrownBy(() -> new Registered("module", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'module' is not a kind a module can register");
    assertThatThrownBy(() -> new Registered("service", "x")).hasMessage("'service' is not a kind a module can register");
    assertThatThrownBy(() -> new Registered("Application", "x")).hasMessage("'Application' is not a kind a module can register");
    assertThatThrownBy(() -> new Registered("application", "a;b"))
        .hasMessage("invalid application name 'a;b': it holds ';', which starts a comment");
    assertThatThrownBy(() -> new Registered("application", " a")).hasMessage("invalid application name ' a': it has white space at an end");
    assertThatThrownBy(() -> new Registered("application", ">a")).hasMessage("invalid application name '>a': it starts with '>'");
    assertThatThrownBy(() -> new Registered("application", "a\tb")).hasMessage("invalid application name 'a\tb': it holds a control character");
    assertThatThrownBy(() -> new Registered("application", "")).hasMessage("invalid application name '': it is empty");
  }
}
