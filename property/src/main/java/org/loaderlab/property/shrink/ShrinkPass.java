package org.loaderlab.property.shrink;

import java.util.List;

/**
 * One way of making a failing tape simpler. A pass proposes candidates to {@link
 * ShrinkState#consider}, re-reads the best tape after each (an accepted candidate may change its
 * length), and stops early when the state is exhausted.
 */
interface ShrinkPass {

  /** Span sizes tried largest first: big deletions are cheap wins, size 1 is the fine tuning. */
  List<Integer> SPAN_SIZES = List.of(8, 4, 3, 2, 1);

  void run(ShrinkState state);
}
