package org.loaderlab.engine.conf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Goal: comments are removed exactly as Asterisk's config.c removes them, line by line with
 * block-comment state carried over. Method: feed one stripper a sequence of lines and compare
 * the kept text of each, plus the state it reports at the end.
 */
class CommentStripperTest {

  private final CommentStripper stripper = new CommentStripper();

  private List<String> strip(String... lines) {
    List<String> kept = new ArrayList<>();
    for (String line : lines) {
      kept.add(stripper.strip(line));
    }
    return kept;
  }

  @Test
  void strip_plainLine_keptWhole() {
    assertThat(strip("key = value")).containsExactly("key = value");
  }

  @Test
  void strip_lineComment_cutsRestOfLine() {
    assertThat(strip("key=value ; a note", "; whole line")).containsExactly("key=value ", "");
    assertThat(stripper.inBlockComment()).isFalse();
  }

  @Test
  void strip_escapedSemicolon_isLiteral() {
    assertThat(strip("description=a\\;b ; comment")).containsExactly("description=a;b ");
  }

  @Test
  void strip_backslashNotBeforeSemicolon_kept() {
    assertThat(strip("path=C:\\dir\\x")).containsExactly("path=C:\\dir\\x");
  }

  @Test
  void strip_doubleBackslashBeforeSemicolon_keepsOneBackslashAndSemicolon() {
    // config.c only looks at the character before ';': "\\;" is '\' then an escaped ';'.
    assertThat(strip("a=x\\\\;y")).containsExactly("a=x\\;y");
  }

  @Test
  void strip_escapedSemicolonBeforeDashes_opensNoBlock() {
    assertThat(strip("a=\\;--x", "b=1")).containsExactly("a=;--x", "b=1");
    assertThat(stripper.inBlockComment()).isFalse();
  }

  @Test
  void strip_blockCommentWithinLine_keepsBothSides() {
    assertThat(strip("a;-- hidden --;b")).containsExactly("ab");
    assertThat(stripper.inBlockComment()).isFalse();
  }

  @Test
  void strip_blockCommentSpanningLines_dropsEverythingInside() {
    assertThat(strip("key=1 ;-- start", "[hidden]", "hidden=2", "end --; after=3", "key=4"))
        .containsExactly("key=1 ", "", "", " after=3", "key=4");
    assertThat(stripper.inBlockComment()).isFalse();
  }

  @Test
  void strip_nestedBlockComments_closeInPairs() {
    assertThat(strip(";-- outer", ";-- inner --;", "still hidden", "--;", "seen"))
        .containsExactly("", "", "", "", "seen");
  }

  @Test
  void strip_threeDashCloser_closes() {
    assertThat(strip(";-- x", "x ---;y")).containsExactly("", "y");
    assertThat(stripper.inBlockComment()).isFalse();
  }

  @Test
  void strip_separatorLine_isLineCommentNotBlock() {
    // config.c: ";--" opens a block only when a fourth '-' does not follow.
    assertThat(strip(";------------------", "[module]")).containsExactly("", "[module]");
    assertThat(stripper.inBlockComment()).isFalse();
  }

  @Test
  void strip_separatorInsideBlock_doesNotNest() {
    assertThat(strip(";-- open", ";---- not an opener", "--;", "seen")).containsExactly("", "", "", "seen");
  }

  @Test
  void strip_closerOutsideBlock_isLineComment() {
    assertThat(strip("a--;b")).containsExactly("a--");
    assertThat(stripper.inBlockComment()).isFalse();
  }

  @Test
  void strip_escapeInsideBlock_neitherOpensNorCloses() {
    assertThat(strip(";-- \\;-- still one level", "--\\; not a closer", "--;", "seen"))
        .containsExactly("", "", "", "seen");
  }

  @Test
  void strip_emptyBlockMarker_staysOpen() {
    // ";--;" opens a block: the closing "--" must come after the opener's own dashes.
    assertThat(strip(";--;", "hidden", "--;", "seen")).containsExactly("", "", "", "seen");
  }

  @Test
  void openedLine_unterminated_pointsAtOutermostOpener() {
    strip("a=1", ";-- outer", ";-- inner --;", "b=2");
    assertThat(stripper.inBlockComment()).isTrue();
    assertThat(stripper.openedLine()).isEqualTo(2);
  }

  @Test
  void openedLine_afterCloseAndReopen_pointsAtLatestOpener() {
    strip(";-- one --;", "a=1", ";-- two");
    assertThat(stripper.openedLine()).isEqualTo(3);
  }

  @Test
  void nestingExceeded_pastLimit_reportedAndDepthCapped() {
    String openers = ";--x".repeat(CommentStripper.NESTING_MAX + 1);
    strip(openers);
    assertThat(stripper.nestingExceeded()).isTrue();
    String closers = "--;".repeat(CommentStripper.NESTING_MAX);
    assertThat(strip(closers + "seen")).containsExactly("seen");
    assertThat(stripper.inBlockComment()).isFalse();
  }

  @Test
  void nestingExceeded_atLimit_notReported() {
    strip(";--x".repeat(CommentStripper.NESTING_MAX));
    assertThat(stripper.nestingExceeded()).isFalse();
  }
}
