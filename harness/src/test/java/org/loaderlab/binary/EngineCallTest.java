package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/** Goal: the four admin forms parse (any case, {@code .so} accepted) and print back; anything else does not. */
class EngineCallTest {

  @Test
  void parse_fourForms() {
    assertThat(EngineCall.parse("load res_x")).contains(new EngineCall(EngineCall.Verb.LOAD, ModuleName.of("res_x")));
    assertThat(EngineCall.parse("  UNLOAD   res_x.so ")).contains(new EngineCall(EngineCall.Verb.UNLOAD, ModuleName.of("res_x")));
    assertThat(EngineCall.parse("unload -f res_x")).contains(new EngineCall(EngineCall.Verb.UNLOAD_FORCE, ModuleName.of("res_x")));
    assertThat(EngineCall.parse("reload res_x")).contains(new EngineCall(EngineCall.Verb.RELOAD, ModuleName.of("res_x")));
  }

  @Test
  void parse_otherText_empty() {
    for (String text : new String[] {"", "load", "load a b", "unload -F a", "unload -f", "start a", "load ../a", "reload -f a"}) {
      assertThat(EngineCall.parse(text)).as(text).isEmpty();
    }
  }

  @Test
  void toString_isTheAdminCommand() {
    assertThat(new EngineCall(EngineCall.Verb.UNLOAD_FORCE, ModuleName.of("chan_sip"))).hasToString("unload -f chan_sip");
  }
}
