package org.loaderlab.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Goal: every function Asterisk would call while evaluating a line is found, nothing else is, and
 * broken or hostile brackets end in a bounded, reported problem. Method: one line per way of
 * calling (or not calling) a function.
 */
class FunctionScannerTest {

  private static FunctionScanner.Result scan(String text) {
    return FunctionScanner.scan(text);
  }

  @Test
  void scan_variableCall_findsFunction() {
    assertThat(scan("Set(name=${CHANNEL(name)})").functions()).containsExactly("CHANNEL");
  }

  @Test
  void scan_nestedCalls_findsEachInTextOrder() {
    assertThat(scan("${CUT(${CHANNEL(foo)},-,1)}").functions()).containsExactly("CUT", "CHANNEL");
  }

  @Test
  void scan_substringSuffix_isStillACall() {
    assertThat(scan("${CALLERID(num):0:3}").functions()).containsExactly("CALLERID");
  }

  @Test
  void scan_plainVariables_areNotCalls() {
    assertThat(scan("${EXTEN:1} ${ARG1} ${${PREFIX}_VAR} ${FOO(x)bar}").functions()).isEmpty();
  }

  @Test
  void scan_callsInsideExpression_areFound() {
    assertThat(scan("$[ ${LEN(${X})} > 3 ]").functions()).containsExactly("LEN");
    assertThat(scan("$[${A} + FIELDQTY(v,-)]").functions()).containsExactly("FIELDQTY");
    assertThat(scan("${IF($[ REGEX(\"^1\" ${N}) ]?a:b)}").functions()).containsExactly("IF", "REGEX");
  }

  @Test
  void scan_expressionBuiltinsAndLowerCaseNames_areNotModuleFunctions() {
    // ast_expr2 computes these itself; a lower-case name is never called by it.
    assertThat(scan("$[ FLOOR(${X} / 2) + ABS(-1) + foo(1) ]").functions()).isEmpty();
  }

  @Test
  void scan_quotedTextInExpression_holdsNoCalls() {
    FunctionScanner.Result result = scan("$[ \"${X}\" = \"LEN(a\" ]");

    assertThat(result.problem()).isEmpty();
    assertThat(result.functions()).isEmpty();
  }

  @Test
  void scan_applicationArguments_areNotCalls() {
    assertThat(scan("s,1,Gosub(mymacro,s,1(test))").functions()).isEmpty();
  }

  @Test
  void scan_escapedBracket_isText() {
    assertThat(scan("NoOp(a\\)b)").problem()).isEmpty();
  }

  @Test
  void scan_unclosedParen_isProblem() {
    assertThat(scan("s,1,Gosub(mymacro,s,1(test)").problem()).contains(new FunctionScanner.Problem(
        "unbalanced-brackets", "unclosed '(' in 's,1,Gosub(mymacro,s,1(test)'"));
  }

  @Test
  void scan_strayCloser_isProblem() {
    assertThat(scan("s,1,Answer())").problem()).contains(new FunctionScanner.Problem(
        "unbalanced-brackets", "unbalanced ')' in 's,1,Answer())'"));
  }

  @Test
  void scan_closerOfTheWrongKind_isProblem() {
    assertThat(scan("${CHANNEL(name}").problem()).contains(new FunctionScanner.Problem(
        "unbalanced-brackets", "unbalanced '}' in '${CHANNEL(name}'"));
  }

  @Test
  void scan_unclosedVariable_isProblem() {
    assertThat(scan("${CHANNEL(name)").problem()).contains(new FunctionScanner.Problem(
        "unbalanced-brackets", "unclosed '${' in '${CHANNEL(name)'"));
  }

  @Test
  void scan_hostileNesting_stopsAtTheBound() {
    String hostile = "${".repeat(4000) + "}".repeat(4000);

    FunctionScanner.Result result = scan(hostile);

    assertThat(result.problem()).contains(new FunctionScanner.Problem("nesting-too-deep",
        "brackets nest deeper than 64 in '" + "${".repeat(30) + "...'"));
  }

  @Test
  void scan_nestingAtTheBound_isAccepted() {
    String deepest = "${".repeat(FunctionScanner.NESTING_DEPTH_MAX) + "}".repeat(FunctionScanner.NESTING_DEPTH_MAX);

    assertThat(scan(deepest).problem()).isEqualTo(Optional.empty());
  }
}
