package org.loaderlab.oracle;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The little JSON a violation needs: strings, integers and arrays of strings, on one line. The
 * engine's writer is package-private, and a report must not pull a JSON library into the harness
 * for six fields. {@link #string} is public: the simulation's JSON document around the violations
 * escapes its strings the same way.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Json {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /** {@code text} as a JSON string, quotes included, escaped per RFC 8259. */
  public static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /** {@code ["a","b"]}. */
  static String strings(List<String> values) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ",").append(string(values.get(i)));
    }
    return out.append(']').toString();
  }

  /** {@code "name":} for an object member. */
  static String name(String name) {
    assert name.equals(name.toLowerCase(Locale.ROOT)) : "member names are lower case: " + name;
    return string(name) + ":";
  }
}
