package org.loaderlab.engine.plan;

import java.util.Objects;

/**
 * Why something happens, as a chain: "its last user res_a released it" because "res_a stopped"
 * because "the admin ran `module unload -f res_a`". Rendering is bounded: a cascade through a
 * thousand modules prints its first hops and its root, never the whole chain.
 */
final class Cause {

  /** Hops printed before the chain is cut to "... because <root>"; enough to read any real cascade. */
  static final int HOPS_SHOWN_MAX = 6;

  private final String text;
  private final Cause parent;
  private final Cause root;
  private final int depth;
  /** The rendering, made once: many steps of a large plan share a cause. Racy but idempotent. */
  private String rendered;

  private Cause(String text, Cause parent) {
    this.text = Objects.requireNonNull(text, "text");
    this.parent = parent;
    this.root = parent == null ? this : parent.root;
    this.depth = parent == null ? 1 : parent.depth + 1;
  }

  static Cause root(String text) {
    return new Cause(text, null);
  }

  /** {@code text}, because of this. */
  Cause then(String text) {
    return new Cause(text, this);
  }

  String render() {
    String text = rendered;
    if (text == null) {
      text = renderHops();
      rendered = text;
    }
    return text;
  }

  private String renderHops() {
    // The hops in an array of their exact number, so the join sizes the text once.
    int count = 0;
    for (Cause current = this; current != null && count < HOPS_SHOWN_MAX - 1; current = current.parent) {
      count++;
    }
    Cause cut = this;
    for (int hop = 0; hop < count; hop++) {
      cut = cut.parent;
    }
    boolean elided = cut != null && cut != root;
    String[] hops = new String[count + (cut == null ? 0 : 1) + (elided ? 1 : 0)];
    Cause current = this;
    for (int hop = 0; hop < count; hop++) {
      hops[hop] = current.text;
      current = current.parent;
    }
    if (cut != null) {
      if (elided) {
        hops[count] = "...";
      }
      hops[hops.length - 1] = root.text;
    }
    return String.join(" because ", hops);
  }

  @Override
  public String toString() {
    return render();
  }
}
