package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * Goal: lines come out numbered from 1, without their line ends, and never longer than the
 * limit; an overlong line is reported once per source. Method: small texts, a limit of 4.
 */
class LineSplitterTest {

  private final Findings findings = new Findings("f.c", 10);

  private List<String> split(String text) throws IOException {
    List<String> lines = new ArrayList<>();
    int count = new LineSplitter(4, findings).split(new StringReader(text), (line, number) -> lines.add(number + ":" + line));
    assertThat(count).isEqualTo(lines.size());
    return lines;
  }

  @Test
  void split_dropsLineEnds_andKeepsALastLineWithoutOne() throws IOException {
    assertThat(split("ab\r\ncd\n\nef")).containsExactly("1:ab", "2:cd", "3:", "4:ef");
    assertThat(split("ab\n")).containsExactly("1:ab");
    assertThat(split("")).isEmpty();
  }

  @Test
  void split_cutsLongLines_andWarnsOnce() throws IOException {
    assertThat(split("abcdefgh\nijklmnop\nq")).containsExactly("1:abcd", "2:ijkl", "3:q");
    assertThat(findings.list()).extracting(Diagnostic::toString).containsExactly(
        "f.c:1: warning: line is longer than 4 characters; the rest of it is skipped [line-too-long]");
  }

  @Test
  void split_cutLastLine_isStillReported() throws IOException {
    assertThat(split("abcdefgh")).containsExactly("1:abcd");
    assertThat(findings.list()).hasSize(1);
  }
}
