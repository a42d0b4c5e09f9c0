package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.manifest.Kinds;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * Goal: the two declarations merge by the rules (union of dependencies in source order,
 * MODULEINFO's single values) and every disagreement, and only a disagreement, is a warning
 * naming both places. Method: declarations scanned from small sources, merged directly.
 */
class DeclarationMergerTest {

  private static SourceFacts facts(String text) {
    return Sources.scan("m.c", text).orElseThrow();
  }

  private static Findings findings() {
    return new Findings("m.c", 50);
  }

  @Test
  void merge_agreeingDeclarations_sayNothing_andDependAgreesWithRequires() {
    SourceFacts facts = facts("""
        /*** MODULEINFO
        \t<depend>res_pjsip</depend><use type="module">res_sorcery</use>
        \t<support_level>core</support_level><export_globals/>
         ***/
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_GLOBAL_SYMBOLS, "D",
        \t.support_level = AST_MODULE_SUPPORT_CORE,
        \t.requires = "res_pjsip,res_sorcery",
        );
        """);
    Findings findings = findings();
    DeclarationMerger.Merged merged = new DeclarationMerger(findings).merge(facts.moduleInfo(), facts.moduleMacro());
    assertThat(findings.list()).isEmpty();
    assertThat(merged.uses()).extracting(u -> u.value().name()).containsExactly("res_sorcery", "res_pjsip", "res_sorcery");
    assertThat(merged.supportLevel()).isEqualTo(SupportLevel.CORE);
    assertThat(merged.exportGlobals()).isTrue();
  }

  @Test
  void merge_singleValues_preferMODULEINFO_andWarnAtTheOverriddenValue() {
    SourceFacts facts = facts("""
        /*** MODULEINFO
        \t<load_priority>AST_MODPRI_APP_DEPEND</load_priority><support_level>extended</support_level>
         ***/
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_LOAD_ORDER, "D",
        \t.support_level = AST_MODULE_SUPPORT_EXTENDED,
        \t.load_pri = AST_MODPRI_CHANNEL_DRIVER,
        );
        """);
    Findings findings = findings();
    DeclarationMerger.Merged merged = new DeclarationMerger(findings).merge(facts.moduleInfo(), facts.moduleMacro());
    assertThat(findings.list()).extracting(Diagnostic::toString).containsExactly(
        "m.c:6: warning: load priority 'channel_driver' in AST_MODULE_INFO (m.c:6) differs from 'app_depend' in"
            + " MODULEINFO (m.c:2); using 'app_depend' [value-disagreement]");
    assertThat(merged.loadPriority()).isEqualTo(LoadPriority.APP_DEPEND);
    assertThat(merged.supportLevel()).isEqualTo(SupportLevel.EXTENDED);
  }

  @Test
  void merge_valueOnlyTheMacroStates_standsWithoutAWarning() {
    SourceFacts facts = facts("/*** MODULEINFO\n<use type=\"module\">res_a</use>\n***/\n"
        + "AST_MODULE_INFO_STANDARD_DEPRECATED(ASTERISK_GPL_KEY, \"D\");\n");
    Findings findings = findings();
    DeclarationMerger.Merged merged = new DeclarationMerger(findings).merge(facts.moduleInfo(), facts.moduleMacro());
    assertThat(findings.list()).isEmpty();
    assertThat(merged.supportLevel()).isEqualTo(SupportLevel.DEPRECATED);
    assertThat(merged.loadPriority()).isEqualTo(LoadPriority.DEFAULT);
  }

  @Test
  void merge_exportGlobals_isYesIfEitherSays_withoutAWarning() {
    SourceFacts fromInfo = facts("/*** MODULEINFO\n<export_globals/>\n***/\nAST_MODULE_INFO_STANDARD(K, \"D\");\n");
    SourceFacts fromMacro = facts("/*** MODULEINFO\n***/\nAST_MODULE_INFO(K, AST_MODFLAG_GLOBAL_SYMBOLS, \"D\");\n");
    SourceFacts neither = facts("/*** MODULEINFO\n***/\nAST_MODULE_INFO(K, AST_MODFLAG_DEFAULT, \"D\");\n");
    Findings findings = findings();
    assertThat(new DeclarationMerger(findings).merge(fromInfo.moduleInfo(), fromInfo.moduleMacro()).exportGlobals()).isTrue();
    assertThat(new DeclarationMerger(findings).merge(fromMacro.moduleInfo(), fromMacro.moduleMacro()).exportGlobals()).isTrue();
    assertThat(new DeclarationMerger(findings).merge(neither.moduleInfo(), neither.moduleMacro()).exportGlobals()).isFalse();
    assertThat(findings.list()).isEmpty();
  }

  @Test
  void merge_moduleListsThatDiffer_warnNamingBoth_andKeepTheUnionMODULEINFOFirst() {
    SourceFacts facts = facts("""
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_LOAD_ORDER, "D",
        \t.requires = "res_b,res_shared",
        \t.optional_modules = "res_c",
        );
        /*** MODULEINFO
        \t<use type="module">res_a</use><use type="module">res_shared</use><use type="module">res_c</use>
         ***/
        """);
    Findings findings = findings();
    DeclarationMerger.Merged merged = new DeclarationMerger(findings).merge(facts.moduleInfo(), facts.moduleMacro());
    assertThat(findings.list()).extracting(Diagnostic::toString).containsExactly(
        "m.c:2: warning: module 'res_b' is required by AST_MODULE_INFO (m.c:2) but not used in MODULEINFO (m.c:5);"
            + " it is kept [uses-disagreement]",
        "m.c:3: warning: module 'res_c' is optional in AST_MODULE_INFO (m.c:3) but used in MODULEINFO (m.c:6); it is"
            + " kept optional, in [canuse], as today's loader treats it [uses-disagreement]",
        "m.c:6: warning: module 'res_a' is used in MODULEINFO (m.c:6) but not required by AST_MODULE_INFO (m.c:1);"
            + " it is kept [uses-disagreement]");
    assertThat(merged.uses()).extracting(u -> u.value().name())
        .containsExactly("res_a", "res_shared", "res_b", "res_shared");
    assertThat(merged.canUse()).extracting(u -> u.value().name()).containsExactly("res_c");
  }

  @Test
  void merge_aDeclarationListingNoModule_isSilentNotInDisagreement() {
    SourceFacts infoSilent = facts("""
        /*** MODULEINFO
        \t<support_level>core</support_level><use type="application">Gosub</use>
         ***/
        AST_MODULE_INFO(ASTERISK_GPL_KEY, AST_MODFLAG_DEFAULT, "D", .requires = "ccss,dial");
        """);
    SourceFacts macroSilent = facts("""
        /*** MODULEINFO
        \t<use type="module">app_chanspy</use>
         ***/
        AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, "D");
        """);
    Findings findings = findings();
    new DeclarationMerger(findings).merge(infoSilent.moduleInfo(), infoSilent.moduleMacro());
    new DeclarationMerger(findings).merge(macroSilent.moduleInfo(), macroSilent.moduleMacro());
    assertThat(findings.list()).isEmpty();
  }

  @Test
  void merge_onlyOneDeclaration_takesItsValues_andDefaultsTheRest() {
    SourceFacts facts = facts("/*** MODULEINFO\n<defaultenabled>yes</defaultenabled>\n***/\n");
    Findings findings = findings();
    DeclarationMerger.Merged merged = new DeclarationMerger(findings).merge(facts.moduleInfo(), facts.moduleMacro());
    assertThat(findings.list()).isEmpty();
    assertThat(merged.defaultEnabled()).contains(true);
    assertThat(merged.supportLevel()).isEqualTo(SupportLevel.UNKNOWN);
    assertThat(merged.loadPriority()).isEqualTo(LoadPriority.DEFAULT);
    assertThat(merged.exportGlobals()).isFalse();
    assertThat(merged.description()).isEmpty();
  }

  @Test
  void merge_nonModuleUses_areNotComparedWithTheMacro() {
    SourceFacts facts = facts("""
        /*** MODULEINFO
        \t<use type="application">Gosub</use><use type="function">CHANNEL</use>
         ***/
        AST_MODULE_INFO_STANDARD(ASTERISK_GPL_KEY, "D");
        """);
    Findings findings = findings();
    DeclarationMerger.Merged merged = new DeclarationMerger(findings).merge(facts.moduleInfo(), facts.moduleMacro());
    assertThat(findings.list()).isEmpty();
    assertThat(merged.uses()).extracting(Located::value).containsExactly(
        new Requirement(Kinds.APPLICATION, "Gosub"), new Requirement(Kinds.FUNCTION, "CHANNEL"));
  }

  @Test
  void identity_comparesNamesInAnyCaseAndWithoutSo() {
    assertThat(DeclarationMerger.identity(new Requirement(Kinds.MODULE, "Res_PJSIP.so")))
        .isEqualTo(DeclarationMerger.identity(new Requirement(Kinds.MODULE, "res_pjsip")));
    assertThat(DeclarationMerger.identity(new Requirement(Kinds.APPLICATION, "Dial")))
        .isEqualTo(DeclarationMerger.identity(new Requirement(Kinds.APPLICATION, "DIAL")))
        .isNotEqualTo(DeclarationMerger.identity(new Requirement(Kinds.FUNCTION, "Dial")));
    assertThat(List.of(DeclarationMerger.identity(new Requirement(Kinds.MODULE, "a"))))
        .doesNotContain(DeclarationMerger.identity(new Requirement(Kinds.APPLICATION, "a")));
  }
}
