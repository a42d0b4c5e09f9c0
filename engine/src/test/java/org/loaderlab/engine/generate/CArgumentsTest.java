package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goal: argument lists split only at top-level commas, designated fields are found by name (the
 * first of a repeat wins), and adjacent literals concatenate while anything else is no string.
 * Method: lexed one-liners.
 */
class CArgumentsTest {

  private static List<String> split(String text) {
    return CArguments.split(Sources.tokens(text)).stream().map(CArguments::spell).toList();
  }

  @Test
  void split_onlyAtTopLevelCommas_andATrailingCommaAddsNothing() {
    assertThat(split("a, f(b, c), { d, e }, [f, g], ")).containsExactly("a", "f(b, c)", "{ d, e }", "[f, g]");
    assertThat(split("a,,b")).containsExactly("a", "", "b");
    assertThat(split("")).isEmpty();
  }

  @Test
  void fields_byName_firstWins_andOtherShapesAreSkipped() {
    var fields = CArguments.fields(CArguments.split(Sources.tokens(".a = 1, b, .c = x + y, .a = 2, .d, .e =")));
    assertThat(fields.keySet()).containsExactly("a", "c", "e");
    assertThat(CArguments.spell(fields.get("a"))).isEqualTo("1");
    assertThat(CArguments.spell(fields.get("c"))).isEqualTo("x + y");
    assertThat(fields.get("e")).isEmpty();
  }

  @Test
  void string_concatenatesLiteralsOnly() {
    assertThat(CArguments.string(Sources.tokens("\"a\" \"b\"\n \"c\""))).contains("abc");
    assertThat(CArguments.string(Sources.tokens("\"a\" NAME"))).isEmpty();
    assertThat(CArguments.string(Sources.tokens("tdesc"))).isEmpty();
    assertThat(CArguments.string(List.of())).isEmpty();
  }
}
