package org.loaderlab.engine.plan;

import java.util.ArrayList;
import java.util.List;
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
    List<String> hops = new ArrayList<>(HOPS_SHOWN_MAX + 1);
    Cause current = this;
    while (current != null && hops.size() < HOPS_SHOWN_MAX - 1) {
      hops.add(current.text);
      current = current.parent;
    }
    if (current != null) {
      if (current != root) {
        hops.add("...");
      }
      hops.add(root.text);
    }
    return String.join(" because ", hops);
  }

  @Override
  public String toString() {
    return render();
  }
}
