package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Goal: each form of AST_MODULE_INFO reads as module.h expands it, and every field the loader
 * needs is found among fields it ignores; a field it cannot read is a warning naming it.
 * Method: the macro's name token and argument tokens, lexed from one-line calls.
 */
class ModuleMacroReaderTest {

  private final Findings findings = new Findings("m.c", 50);

  private Optional<ModuleDeclaration> read(String call) {
    List<Token> tokens = Sources.tokens(call);
    assertThat(tokens.get(1).isPunctuation('(')).isTrue();
    assertThat(tokens.get(tokens.size() - 1).isPunctuation(')')).isTrue();
    return new ModuleMacroReader(findings).read(tokens.get(0), tokens.subList(2, tokens.size() - 1));
  }

  private List<String> printed() {
    return findings.list().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void read_fullForm_readsFlagsDescriptionAndFields() {
    ModuleDeclaration declaration = read("AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_LOAD_ORDER | "
        + "AST_MODFLAG_GLOBAL_SYMBOLS, \"Desc\", .load = load_module, .nonoptreq = \"res_crypto\","
        + " .requires = \"res_a\", .enhances = \"chan_x\", .optional_modules = \"\", .requires = \"ignored\")")
        .orElseThrow();
    assertThat(printed()).isEmpty();
    assertThat(declaration.exportGlobals().map(Located::value)).contains(true);
    assertThat(declaration.description().map(Located::value)).contains("Desc");
    assertThat(declaration.uses()).extracting(u -> u.value().name()).containsExactly("res_crypto", "res_a");
    assertThat(declaration.canUse()).isEmpty();
    assertThat(declaration.supportLevel()).isEmpty();
    assertThat(declaration.loadPriority()).isEmpty();
  }

  @Test
  void read_descriptionThatIsAName_isAWarning_andTheRestIsRead() {
    ModuleDeclaration declaration = read("AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_DEFAULT, tdesc, .requires = \"ccss\")")
        .orElseThrow();
    assertThat(printed()).containsExactly("m.c:1: warning: description 'tdesc' is not a string literal; the manifest"
        + " has no description [description-not-literal]");
    assertThat(declaration.description()).isEmpty();
    assertThat(declaration.uses()).extracting(u -> u.value().name()).containsExactly("ccss");
    assertThat(declaration.exportGlobals().map(Located::value)).contains(false);
  }

  @Test
  void read_unreadableFields_areWarningsNamingThem() {
    ModuleDeclaration declaration = read("AST_MODULE_INFO(K, AST_MODFLAG_DEFAULT, \"D\", .requires = DEPS,"
        + " .load_pri = my_pri(), .support_level = AST_MODULE_SUPPORT_GOLD)").orElseThrow();
    assertThat(printed()).containsExactly(
        "m.c:1: warning: .requires is 'DEPS', not a string literal; its modules are left out [module-list-not-literal]",
        "m.c:1: warning: load priority 'my_pri()' is not understood; it is left unset [bad-load-priority]",
        "m.c:1: warning: support level 'AST_MODULE_SUPPORT_GOLD' is not AST_MODULE_SUPPORT_CORE, _EXTENDED or"
            + " _DEPRECATED [bad-support-level]");
    assertThat(declaration.uses()).isEmpty();
    assertThat(declaration.loadPriority()).isEmpty();
    assertThat(declaration.supportLevel()).isEmpty();
  }

  @Test
  void read_tooFewArguments_isNoDeclaration() {
    assertThat(read("AST_MODULE_INFO(K, AST_MODFLAG_DEFAULT)")).isEmpty();
    assertThat(read("AST_MODULE_INFO_STANDARD(K)")).isEmpty();
    assertThat(printed()).containsExactly(
        "m.c:1: warning: AST_MODULE_INFO has 2 arguments, it needs at least 3; it is skipped [malformed-module-macro]",
        "m.c:1: warning: AST_MODULE_INFO_STANDARD has 1 arguments, it needs at least 2; it is skipped"
            + " [malformed-module-macro]");
  }

  @Test
  void read_unknownShortForm_readsItsDescriptionWithAWarning() {
    ModuleDeclaration declaration = read("AST_MODULE_INFO_AUTOCLEAN(K, \"Old style\")").orElseThrow();
    assertThat(printed()).containsExactly(
        "m.c:1: warning: unknown macro 'AST_MODULE_INFO_AUTOCLEAN'; only its description is read [unknown-module-macro]");
    assertThat(declaration.description().map(Located::value)).contains("Old style");
    assertThat(declaration.exportGlobals()).isEmpty();
  }

  @Test
  void read_shortForms_implyTheirSupportLevel() {
    assertThat(read("AST_MODULE_INFO_STANDARD_EXTENDED(K, \"D\")").orElseThrow().supportLevel().map(Located::value))
        .contains(SupportLevel.EXTENDED);
    assertThat(read("AST_MODULE_INFO_RELOADABLE(K, \"D\", load_module, unload_module, reload)").orElseThrow()
        .supportLevel().map(Located::value)).contains(SupportLevel.CORE);
    assertThat(printed()).isEmpty();
  }
}
