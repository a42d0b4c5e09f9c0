package org.loaderlab.engine.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.config.ExtenLine.Priority;
import org.loaderlab.engine.config.ExtenLine.PriorityKind;

/**
 * Goal: exten and same values split into extension, priority and body exactly where pbx_config
 * splits them, and priorities and application names read as it reads them. Method: one value per
 * rule.
 */
class ExtenLineTest {

  private static ExtenLine exten(String value) {
    return ExtenLine.split(value, Optional.empty()).orElseThrow();
  }

  @Test
  void split_keepsCommasOfTheBody() {
    assertThat(exten("s,1,Gosub(mymacro,s,1(test))"))
        .isEqualTo(new ExtenLine("s", "1", "Gosub(mymacro,s,1(test))"));
  }

  @Test
  void split_commaInsidePattern_doesNotEndTheExtension() {
    assertThat(exten("_[1,2]XX , n , Dial(SIP/${EXTEN})").extension()).isEqualTo("_[1,2]XX");
  }

  @Test
  void split_same_inheritsTheExtension() {
    assertThat(ExtenLine.split("n,Hangup()", Optional.of("_X."))).contains(new ExtenLine("_X.", "n", "Hangup()"));
  }

  @Test
  void split_missingOrBlankField_isEmpty() {
    assertThat(ExtenLine.split("s,1", Optional.empty())).isEmpty();
    assertThat(ExtenLine.split("s,1,", Optional.empty())).isEmpty();
    assertThat(ExtenLine.split(",1,Answer", Optional.empty())).isEmpty();
    assertThat(ExtenLine.split("Answer", Optional.of("s"))).isEmpty();
  }

  @Test
  void extensionField_isReadEvenWhenLaterFieldsAreMissing() {
    assertThat(ExtenLine.extensionField(" 100 , 1")).isEqualTo("100");
    assertThat(ExtenLine.extensionField("_[1,2]X")).isEqualTo("_[1,2]X");
  }

  @Test
  void parsePriority_readsEveryForm() {
    assertThat(exten("s,1,Answer").parsePriority()).contains(new Priority(PriorityKind.NUMBER, "1", Optional.empty()));
    assertThat(exten("s,n(start),Answer").parsePriority())
        .contains(new Priority(PriorityKind.NEXT, "n", Optional.of("start")));
    assertThat(exten("s,next,Answer").parsePriority().map(Priority::kind)).contains(PriorityKind.NEXT);
    assertThat(exten("s,s+2,Answer").parsePriority().map(Priority::kind)).contains(PriorityKind.SAME);
    assertThat(exten("s,hint,SIP/100").parsePriority().map(Priority::kind)).contains(PriorityKind.HINT);
    assertThat(exten("s,start+1,Answer").parsePriority())
        .contains(new Priority(PriorityKind.LABEL_REFERENCE, "start", Optional.empty()));
  }

  @Test
  void parsePriority_malformedOrBelowOne_isEmpty() {
    assertThat(exten("s,0,Answer").parsePriority()).isEmpty();
    assertThat(exten("s,n(x,Answer)").parsePriority()).isEmpty();
    assertThat(exten("s,1 2,Answer").parsePriority()).isEmpty();
    assertThat(exten("s,n+x,Answer").parsePriority()).isEmpty();
  }

  @Test
  void application_isTheTokenBeforeTheParenOrTheWholeBody() {
    assertThat(exten("s,1,Gosub(mymacro,s,1(test))").application()).isEqualTo("Gosub");
    assertThat(exten("s,1,Answer").application()).isEqualTo("Answer");
    assertThat(exten("s,1,Answer ()").application()).isEqualTo("Answer");
    assertThat(exten("s,1,${APP}(x)").application()).isEqualTo("${APP}(x)");
  }

  @Test
  void arguments_areBetweenFirstOpenAndLastClose() {
    assertThat(exten("s,1,Gosub(mymacro,s,1(test))").arguments()).isEqualTo("mymacro,s,1(test)");
    assertThat(exten("s,1,Answer").arguments()).isEmpty();
  }
}
