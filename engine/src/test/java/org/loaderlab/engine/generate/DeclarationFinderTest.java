package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * Goal: the finder opens a window exactly on a macro call or a watched struct initialiser,
 * closes it at the matching delimiter whatever nests inside, and drops a window that grows past
 * its limit or never closes. Method: token streams from short sources; windows recorded as text.
 */
class DeclarationFinderTest {

  private final List<String> windows = new ArrayList<>();
  private final Findings findings = new Findings("f.c", 10);

  private void find(String text, int windowCharsMax) {
    DeclarationFinder finder = new DeclarationFinder(new DeclarationFinder.Listener() {
      @Override
      public void macro(Token name, List<Token> arguments) {
        windows.add(name.text() + "@" + name.line() + ":" + CArguments.spell(arguments));
      }

      @Override
      public void initializer(String type, Token variable, List<Token> body) {
        windows.add(type + " " + variable.text() + ":" + CArguments.spell(body));
      }
    }, Set.of("ast_config_engine"), windowCharsMax, findings);
    Sources.tokens(text).forEach(finder::token);
    finder.finish();
  }

  @Test
  void token_macroCall_isCapturedToItsMatchingParen() {
    find("x; AST_MODULE_INFO(a, f(b, (c)), \"d\") ; AST_MODULE_INFO_STANDARD(k, \"e\")", 1000);
    assertThat(windows).containsExactly("AST_MODULE_INFO@1:a, f(b, (c)), \"d\"", "AST_MODULE_INFO_STANDARD@1:k, \"e\"");
    assertThat(findings.list()).isEmpty();
  }

  @Test
  void token_macroNameWithoutParen_isNotACall() {
    find("int AST_MODULE_INFO_COUNT = 1; AST_MODULE_INFO;", 1000);
    assertThat(windows).isEmpty();
  }

  @Test
  void token_watchedStruct_isCapturedToItsMatchingBrace() {
    find("static struct ast_config_engine e = { .name = \"x\", .a = { 1, 2 } }; struct other o = { 1 };"
        + " struct ast_config_engine *p = { 0 };", 1000);
    assertThat(windows).containsExactly("ast_config_engine e:. name = \"x\", . a = { 1, 2 }");
  }

  @Test
  void token_windowPastTheLimit_isDropped_andScanningGoesOn() {
    find("AST_MODULE_INFO(aaaaaaaaaa, bbbbbbbbbb, cccccccccc)\nAST_MODULE_INFO_STANDARD(k, \"d\")", 20);
    assertThat(windows).containsExactly("AST_MODULE_INFO_STANDARD@2:k, \"d\"");
    assertThat(findings.list()).extracting(Diagnostic::toString).containsExactly(
        "f.c:1: warning: AST_MODULE_INFO is longer than 20 characters; it is skipped [declaration-too-long]");
  }

  @Test
  void finish_openWindow_isReported() {
    find("\nstatic struct ast_config_engine e = { .name = \"x\",", 1000);
    assertThat(windows).isEmpty();
    assertThat(findings.list()).extracting(Diagnostic::toString).containsExactly("f.c:2: warning: struct"
        + " ast_config_engine e is not closed before the end of the file; it is skipped [unterminated-declaration]");
  }
}
