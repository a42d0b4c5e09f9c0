package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goal: the lexer tells code from comments, literals and directives exactly as a C compiler
 * does for the constructs Asterisk sources use, and hands over special blocks with their text.
 * Method: small inputs, the full event sequence recorded as strings.
 */
class SourceLexerTest {

  /** Every event, one string each: {@code T:kind:text@line}, {@code D:...}, {@code end}, {@code B...}. */
  private static List<String> events(String text) {
    List<String> events = new ArrayList<>();
    SourceLexer lexer = new SourceLexer(new SourceLexer.Listener() {
      @Override
      public void token(Token token) {
        events.add("T:" + token.kind().name().charAt(0) + ":" + token.text() + "@" + token.line());
      }

      @Override
      public void directiveToken(Token token) {
        events.add("D:" + token.text() + "@" + token.line());
      }

      @Override
      public void directiveEnd() {
        events.add("end");
      }

      @Override
      public void blockStart(BlockKind kind, int line) {
        events.add("B<" + kind + "@" + line);
      }

      @Override
      public void blockText(String text) {
        events.add("B:" + text.replace("\n", "\\n"));
      }

      @Override
      public void blockEnd(int line) {
        events.add("B>@" + line);
      }
    }, 16);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      lexer.line(lines[i], i + 1);
    }
    lexer.finish();
    return events;
  }

  @Test
  void line_commentsAreSkipped_acrossLines() {
    assertThat(events("a /* b\n c */ d // e\nf")).containsExactly("T:I:a@1", "T:I:d@2", "T:I:f@3");
  }

  @Test
  void line_strings_areDecoded_andHideCommentMarkers() {
    assertThat(events("x = \"a /* \\\"b\\\" // \\\\\";")).containsExactly(
        "T:I:x@1", "T:P:=@1", "T:S:a /* \"b\" // \\@1", "T:P:;@1");
  }

  @Test
  void line_stringContinuedWithBackslash_isOneToken_andCutAtItsLimit() {
    assertThat(events("s = \"abc\\\ndef\";")).containsExactly("T:I:s@1", "T:P:=@1", "T:S:abcdef@1", "T:P:;@2");
    assertThat(events("\"0123456789abcdefXYZ\"")).containsExactly("T:S:0123456789abcdef@1");
  }

  @Test
  void line_unterminatedString_endsAtTheLine() {
    assertThat(events("\"open\nnext")).containsExactly("T:S:open@1", "T:I:next@2");
  }

  @Test
  void line_characterLiterals_hideQuotes() {
    assertThat(events("c = '\"'; d = '\\''; e")).containsExactly("T:I:c@1", "T:P:=@1", "T:C:'\"'@1", "T:P:;@1",
        "T:I:d@1", "T:P:=@1", "T:C:'\\''@1", "T:P:;@1", "T:I:e@1");
  }

  @Test
  void line_numbers_includeSuffixesAndDots() {
    assertThat(events("200u 0x1F .5 a.b")).containsExactly("T:N:200u@1", "T:N:0x1F@1", "T:N:.5@1", "T:I:a@1",
        "T:P:.@1", "T:I:b@1");
  }

  @Test
  void line_directives_areRoutedApart_withContinuations() {
    assertThat(events("  #define A \"x\" \\\n   more\nb")).containsExactly("D:#@1", "D:define@1", "D:A@1", "D:x@1",
        "D:\\@1", "D:more@2", "end", "T:I:b@3");
  }

  @Test
  void line_hashAfterCode_isNotADirective() {
    assertThat(events("a # b")).containsExactly("T:I:a@1", "T:P:#@1", "T:I:b@1");
  }

  @Test
  void line_specialBlocks_handTheirTextOver() {
    assertThat(events("/*** MODULEINFO <a/>\n\t<b/>\n ***/ x")).containsExactly("B<MODULEINFO@1", "B: <a/>",
        "B:\\n", "B:\t<b/>", "B:\\n", "B: **", "B>@3", "T:I:x@3");
    assertThat(events("/***DOCUMENTATION*/")).containsExactly("B<DOCUMENTATION@1", "B:", "B>@1");
  }

  @Test
  void line_lookalikeBlocks_areOrdinaryComments() {
    assertThat(events("/*** MODULEINFOX */ a /** MODULEINFO */ b /***/ c")).containsExactly("T:I:a@1", "T:I:b@1",
        "T:I:c@1");
  }
}
