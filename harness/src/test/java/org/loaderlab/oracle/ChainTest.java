package org.loaderlab.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loaderlab.oracle.HandTrace.m;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.event.LifecycleEvent;

/** Goal: a chain lists each entry once in trace order, then its facts, and cuts long middles. */
class ChainTest {

  private static Trace.Entry entry(int index) {
    return new Trace.EventEntry(index, index, new LifecycleEvent.LibOpened(index + 1, m("a")));
  }

  @Test
  void lines_entriesOnceInTraceOrderThenFacts() {
    Chain chain = new Chain().entry(entry(2)).fact("because").entry(entry(0)).entry(entry(2)).entry(null);

    assertThat(chain.lines()).containsExactly("0 #1 lib-opened a", "2 #3 lib-opened a", "fact: because");
  }

  @Test
  void lines_pastTheLimit_keepsBothEndsAndCountsTheMiddle() {
    Chain chain = new Chain();
    for (int i = 0; i < 40; i++) {
      chain.entry(entry(i));
    }

    assertThat(chain.lines()).hasSize(Chain.LINES_MAX)
        .startsWith("0 #1 lib-opened a").endsWith("39 #40 lib-opened a").contains("... 25 more");
  }
}
