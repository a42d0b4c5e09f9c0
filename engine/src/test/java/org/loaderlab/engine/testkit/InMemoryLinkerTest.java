package org.loaderlab.engine.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LinkException;
import org.loaderlab.engine.spi.LinkedLib;
import org.loaderlab.engine.spi.LoadResult;
import org.loaderlab.engine.spi.ModuleCode;

/**
 * Goal: the in-memory linker is a trustworthy witness: it knows which libs are open, logs every
 * open, close and refusal, refuses what it is told to, and records (instead of hiding) what a
 * real linker would punish: double close, double open, code run in a closed lib. Method: open
 * and close libs by hand, as the engine would.
 */
class InMemoryLinkerTest {

  private static final ModuleName APP_DIAL = ModuleName.of("app_dial");
  private static final ModuleName RES_X = ModuleName.of("res_x");
  private static final Optional<Path> BINARY = Optional.of(Paths.get("modules", "app_dial.so"));

  private final InMemoryLinker linker = InMemoryLinker.succeeding();

  @Test
  void open_thenClose_tracksOpenLibsAndLogs() throws LinkException {
    LinkedLib dial = linker.open(APP_DIAL, BINARY);
    LinkedLib x = linker.open(RES_X, Optional.empty());
    assertThat(linker.openLibs()).containsExactly(APP_DIAL, RES_X);
    assertThat(linker.binaryOpened(APP_DIAL)).isEqualTo(BINARY);
    assertThat(linker.binaryOpened(RES_X)).isEmpty();
    dial.close();
    assertThat(linker.openLibs()).containsExactly(RES_X);
    assertThat(linker.isOpen(APP_DIAL)).isFalse();
    x.close();
    assertThat(linker.log()).extracting(Object::toString)
        .containsExactly("0 OPENED app_dial", "1 OPENED res_x", "2 CLOSED app_dial", "3 CLOSED res_x");
    assertThat(linker.violations()).isEmpty();
  }

  @Test
  void open_givesFreshCodeEachTime_fromTheFactory() throws LinkException {
    ScriptedModule first = ScriptedModule.succeeding();
    ScriptedModule second = ScriptedModule.succeeding();
    ScriptedModule[] next = {first, second};
    int[] index = {0};
    InMemoryLinker counting = InMemoryLinker.forEvery(module -> next[index[0]++]);
    LinkedLib lib = counting.open(APP_DIAL, BINARY);
    lib.code().load(null);
    lib.close();
    counting.open(APP_DIAL, BINARY).code().load(null);
    assertThat(first.loadCount()).isEqualTo(1);
    assertThat(second.loadCount()).isEqualTo(1);
    assertThat(counting.count(InMemoryLinker.Action.OPENED, APP_DIAL)).isEqualTo(2);
  }

  @Test
  void of_moduleWithoutCode_isRefused() {
    InMemoryLinker only = InMemoryLinker.of(Map.<ModuleName, Supplier<ModuleCode>>of(APP_DIAL, ScriptedModule::succeeding));
    assertThatThrownBy(() -> only.open(RES_X, Optional.empty()))
        .isInstanceOf(LinkException.class)
        .hasMessage("no code for module 'res_x'");
    assertThat(only.log()).extracting(Object::toString).containsExactly("0 REFUSED res_x");
    assertThat(only.openLibs()).isEmpty();
  }

  @Test
  void refuse_makesOpenThrowWithTheMessage() {
    linker.refuse(APP_DIAL, "undefined symbol: ast_foo");
    assertThatThrownBy(() -> linker.open(APP_DIAL, BINARY))
        .isInstanceOf(LinkException.class)
        .hasMessage("undefined symbol: ast_foo");
    assertThat(linker.openLibs()).isEmpty();
    assertThat(linker.count(InMemoryLinker.Action.REFUSED, APP_DIAL)).isEqualTo(1);
  }

  @Test
  void closeTwice_isAViolation_andClosesOnce() throws LinkException {
    LinkedLib lib = linker.open(APP_DIAL, BINARY);
    lib.close();
    lib.close();
    assertThat(linker.violations()).containsExactly("lib of module 'app_dial' closed twice");
    assertThat(linker.count(InMemoryLinker.Action.CLOSED, APP_DIAL)).isEqualTo(1);
  }

  @Test
  void openWhileOpen_isAViolation() throws LinkException {
    LinkedLib first = linker.open(APP_DIAL, BINARY);
    LinkedLib second = linker.open(APP_DIAL, BINARY);
    assertThat(linker.violations()).containsExactly("module 'app_dial' opened while its lib is already open");
    first.close();
    assertThat(linker.isOpen(APP_DIAL)).as("one mapping is left").isTrue();
    second.close();
    assertThat(linker.isOpen(APP_DIAL)).isFalse();
  }

  @Test
  void codeAfterClose_isAViolation_andThrows() throws LinkException {
    LinkedLib lib = linker.open(APP_DIAL, BINARY);
    ModuleCode code = lib.code();
    assertThat(code.load(null)).isEqualTo(LoadResult.SUCCESS);
    lib.close();
    assertThatThrownBy(() -> code.unload(null))
        .hasMessage("unload_module of module 'app_dial' called after its lib was closed");
    assertThatThrownBy(lib::code).hasMessage("lib of module 'app_dial' is closed");
    assertThat(linker.violations()).containsExactly(
        "unload_module of module 'app_dial' ran after its lib was closed",
        "code() of module 'app_dial' ran after its lib was closed");
  }

  @Test
  void binaryOpened_neverOpened_isAnError() {
    assertThatThrownBy(() -> linker.binaryOpened(APP_DIAL)).hasMessage("module 'app_dial' was never opened");
  }

  @Test
  void beforeEachCall_runsFirst_inEveryOpenAndClose_refusedOnesToo() throws LinkException {
    List<String> seen = new ArrayList<>();
    linker.beforeEachCall(call -> seen.add(call + ", open libs " + linker.openLibs())).refuse(RES_X, "undefined symbol: ast_x");
    LinkedLib dial = linker.open(APP_DIAL, BINARY);
    assertThatThrownBy(() -> linker.open(RES_X, Optional.empty())).isInstanceOf(LinkException.class);
    dial.close();
    assertThat(seen).containsExactly("open app_dial, open libs []", "open res_x, open libs [app_dial]",
        "close app_dial, open libs [app_dial]");
  }

  @Test
  void beforeEachCall_aFailingCheck_reachesTheCaller_beforeTheLinkerActs() {
    linker.beforeEachCall(call -> {
      throw new AssertionError("lock held during " + call);
    });
    assertThatThrownBy(() -> linker.open(APP_DIAL, BINARY)).isInstanceOf(AssertionError.class)
        .hasMessage("lock held during open app_dial");
    assertThat(linker.log()).isEmpty();
    assertThat(linker.openLibs()).isEmpty();
  }
}
