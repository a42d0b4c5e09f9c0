package org.loaderlab.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.lifecycle.ModuleStatus;
import org.loaderlab.engine.lifecycle.ModuleStatus.State;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Goal: {@code module show} prints Asterisk's table byte for byte (its printf formats, the
 * description cut at 40 characters, the support level right-aligned, "N modules loaded" counting
 * the rows shown), filters like {@code strcasestr}, and stays one line per module whatever the
 * description holds. Method: statuses made by hand; the expected lines were produced with C's
 * printf semantics from Asterisk's {@code MODLIST_FORMAT}.
 */
class ModuleTableTest {

  private static final String HEADER =
      "Module                         Description                              Use Count  Status      Support Level";

  private static ModuleStatus status(String name, String description, SupportLevel level, State state, int useCount) {
    return new ModuleStatus(ModuleName.of(name), Optional.ofNullable(description), level, state, true, false, useCount,
        List.of(), List.of());
  }

  private static final ModuleStatus DIAL = status("app_dial", "Dialing Application", SupportLevel.CORE, State.NOT_RUNNING, 0);
  private static final ModuleStatus SIP = status("chan_sip", "Session Initiation Protocol (SIP) with a long tail",
      SupportLevel.DEPRECATED, State.RUNNING, 12);

  @Test
  void render_all_sortedByName_inAsterisksColumns() {
    assertThat(ModuleTable.render(List.of(SIP, DIAL), "")).containsExactly(
        HEADER,
        "app_dial                       Dialing Application                      0          Not Running          core",
        "chan_sip                       Session Initiation Protocol (SIP) with a 12         Running        deprecated",
        "2 modules loaded");
  }

  @Test
  void render_like_matchesASubstringIgnoringCase_andCountsOnlyRowsShown() {
    assertThat(ModuleTable.render(List.of(SIP, DIAL), "SIP")).containsExactly(
        HEADER,
        "chan_sip                       Session Initiation Protocol (SIP) with a 12         Running        deprecated",
        "1 modules loaded");
    assertThat(ModuleTable.render(List.of(SIP, DIAL), "zzz")).containsExactly(HEADER, "0 modules loaded");
  }

  @Test
  void render_noDescription_unknownLevel_controlCharacters_stayOneLine() {
    ModuleStatus bare = status("res_x", null, SupportLevel.UNKNOWN, State.FAILED, 1);
    ModuleStatus noisy = status("res_y", "a\nb", SupportLevel.EXTENDED, State.STOPPING, 0);
    assertThat(ModuleTable.render(List.of(bare, noisy), "")).containsExactly(
        HEADER,
        "res_x                                                                   1          Failed            unknown",
        "res_y                          a b                                      0          Stopping         extended",
        "2 modules loaded");
  }

  @Test
  void status_namesEveryStateAsAsteriskWould() {
    assertThat(List.of(State.values())).extracting(ModuleTable::status)
        .containsExactly("Not Running", "Starting", "Running", "Stopping", "Failed");
  }
}
