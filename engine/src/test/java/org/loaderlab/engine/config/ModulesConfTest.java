package org.loaderlab.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Goal: the queries later code asks of a modules.conf (is it banned, required, autoloaded, which
 * modules does the admin start) answer as DESIGN.md says, with the line behind each answer.
 * Method: one parsed file, drawn below, asked every question.
 */
class ModulesConfTest {

  /*
   * 1 [modules]
   * 2 autoload=yes
   * 3 load=chan_sip
   * 4 load=chan_skinny        ; overruled by noload
   * 5 load=app_system         ; overruled by neverload
   * 6 require=res_rtp_asterisk
   * 7 noload=chan_skinny
   * 8 neverload=app_system
   * 9 [uses]
   * 10 chan_sip=cdr_custom
   * 11 pbx_config=app_dial
   * 12 chan_sip=res_timing_timerfd
   */
  private static final ModulesConf CONF = new ModulesConfParser().parseText("modules.conf", String.join("\n",
      "[modules]", "autoload=yes", "load=chan_sip", "load=chan_skinny", "load=app_system",
      "require=res_rtp_asterisk", "noload=chan_skinny", "neverload=app_system",
      "[uses]", "chan_sip=cdr_custom", "pbx_config=app_dial", "chan_sip=res_timing_timerfd")).orElseThrow();

  private static ModuleName name(String name) {
    return ModuleName.of(name);
  }

  private static SourceLocation at(int line) {
    return new SourceLocation("modules.conf", line);
  }

  @Test
  void isBanned_onlyForNeverload_andSaysWhere() {
    assertThat(CONF.isBanned(name("app_system"))).isTrue();
    assertThat(CONF.isBanned(name("APP_SYSTEM.so"))).isTrue();
    assertThat(CONF.bannedAt(name("app_system"))).contains(at(8));
    assertThat(CONF.isBanned(name("chan_skinny"))).isFalse();
    assertThat(CONF.banned()).containsExactly(name("app_system"));
  }

  @Test
  void isRequired_onlyForRequire_andSaysWhere() {
    assertThat(CONF.isRequired(name("res_rtp_asterisk"))).isTrue();
    assertThat(CONF.requiredAt(name("res_rtp_asterisk"))).contains(at(6));
    assertThat(CONF.isRequired(name("chan_sip"))).isFalse();
    assertThat(CONF.required()).containsExactly(name("res_rtp_asterisk"));
  }

  @Test
  void isNoload_saysWhere() {
    assertThat(CONF.isNoload(name("chan_skinny"))).isTrue();
    assertThat(CONF.noloadAt(name("chan_skinny"))).contains(at(7));
    assertThat(CONF.isNoload(name("chan_sip"))).isFalse();
  }

  @Test
  void mayAutoload_excludesNoloadAndNeverload() {
    assertThat(CONF.mayAutoload(name("chan_iax2"))).isTrue();
    assertThat(CONF.mayAutoload(name("chan_skinny"))).isFalse();
    assertThat(CONF.mayAutoload(name("app_system"))).isFalse();
    assertThat(ModulesConf.empty().mayAutoload(name("chan_iax2"))).isFalse();
  }

  @Test
  void explicitLoads_areLoadLessNoloadPlusRequireLessBanned() {
    assertThat(CONF.explicitLoads()).containsExactly(name("chan_sip"), name("res_rtp_asterisk"));
  }

  @Test
  void usesOf_keepsFileOrderAndLines() {
    assertThat(CONF.usesOf(name("chan_sip"))).containsExactly(
        new AdminUse(name("chan_sip"), new Requirement("module", "cdr_custom"), at(10)),
        new AdminUse(name("chan_sip"), new Requirement("module", "res_timing_timerfd"), at(12)));
    assertThat(CONF.usesOf(name("chan_iax2"))).isEmpty();
  }

  @Test
  void empty_loadsNothingAndBansNothing() {
    ModulesConf empty = ModulesConf.empty();

    assertThat(empty.autoload()).isEqualTo(ModulesConf.AUTOLOAD_DEFAULT).isFalse();
    assertThat(empty.explicitLoads()).isEmpty();
    assertThat(empty.isBanned(name("chan_sip"))).isFalse();
  }
}
