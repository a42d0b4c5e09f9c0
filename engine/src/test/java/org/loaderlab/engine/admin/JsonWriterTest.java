package org.loaderlab.engine.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Goal: every string the writer emits is valid RFC 8259 JSON that decodes to the original, and
 * documents are well formed or refused. Method: the escaping rules one by one (quotes,
 * backslashes, each control character, non-ASCII, surrogates), then the structure and its misuse.
 */
class JsonWriterTest {

  @Test
  void quote_escapesQuotesAndBackslashes() {
    assertThat(JsonWriter.quote("say \"hi\" to C:\\dir\\")).isEqualTo("\"say \\\"hi\\\" to C:\\\\dir\\\\\"");
  }

  @Test
  void quote_shortEscapesForTheFiveNamedControls() {
    assertThat(JsonWriter.quote("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
  }

  @Test
  void quote_everyOtherControlCharacter_asLowerCaseUnicodeEscape() {
    assertThat(JsonWriter.quote("\u0000")).isEqualTo("\"\\u0000\"");
    assertThat(JsonWriter.quote("\u0001\u001f")).isEqualTo("\"\\u0001\\u001f\"");
    assertThat(JsonWriter.quote("\u000b")).isEqualTo("\"\\u000b\"");
    for (char c = 0; c < 0x20; c++) {
      String quoted = JsonWriter.quote(String.valueOf(c));
      assertThat(quoted.chars().skip(1).limit(quoted.length() - 2L)).as("U+%04X", (int) c).allMatch(ch -> ch >= 0x20);
    }
  }

  @Test
  void quote_printableAndNonAscii_writtenAsIs() {
    assertThat(JsonWriter.quote("a/b ~\u007f caf\u00e9 \u4e2d \ud83d\ude00")).isEqualTo("\"a/b ~\u007f caf\u00e9 \u4e2d \ud83d\ude00\"");
  }

  @Test
  void quote_lineSeparatorsAndUnpairedSurrogates_escaped() {
    assertThat(JsonWriter.quote("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
    assertThat(JsonWriter.quote("x\ud83dy")).isEqualTo("\"x\\ud83dy\"");
    assertThat(JsonWriter.quote("\ude00x")).isEqualTo("\"\\ude00x\"");
    assertThat(JsonWriter.quote("end\ud83d")).isEqualTo("\"end\\ud83d\"");
    // What is left encodes to UTF-8 without replacement characters.
    String quoted = JsonWriter.quote("\ud83d\ude00 \ud83d");
    assertThat(new String(quoted.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(quoted);
  }

  @Test
  void document_nestedContainers_indentedTwoSpaces_emptyOnesInline() {
    String json = new JsonWriter().beginObject()
        .name("a").value(1)
        .name("b").beginArray().value(true).value("x").beginObject().endObject().endArray()
        .name("c").beginArray().endArray()
        .endObject().finish();
    assertThat(json).isEqualTo("""
        {
          "a": 1,
          "b": [
            true,
            "x",
            {}
          ],
          "c": []
        }
        """);
  }

  @Test
  void document_misuse_isRefused() {
    assertThatThrownBy(() -> new JsonWriter().beginObject().value("x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().name("x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginObject().name("x").endObject()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginObject().endArray()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().value(1).value(2)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().beginArray().finish()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new JsonWriter().finish()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void document_deeperThanTheLimit_isRefused() {
    JsonWriter json = new JsonWriter();
    for (int i = 0; i < JsonWriter.DEPTH_MAX; i++) {
      json.beginArray();
    }
    assertThatThrownBy(json::beginArray).isInstanceOf(IllegalStateException.class)
        .hasMessage("JSON nested deeper than 16");
  }
}
