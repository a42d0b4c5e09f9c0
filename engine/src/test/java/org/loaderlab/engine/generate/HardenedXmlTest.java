package org.loaderlab.engine.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;

/**
 * Goal: the parser never loads anything from outside the text it is given, even when a
 * document places a DOCTYPE where XML allows one (the prolog), and maps lines into the file.
 * Method: whole hostile documents (external general and parameter entities, an external DTD,
 * XInclude) parsed with a resolver that records every request and would answer with a marker;
 * a real local file whose content must never show up.
 */
class HardenedXmlTest {

  /** Records top-level element names, attribute values and text. */
  private static final class Recorder extends BlockHandler {
    final List<String> seen = new ArrayList<>();

    @Override
    void open(String name, Attributes attributes, int line) {
      seen.add(name + "@" + line + (attributes.getLength() > 0 ? "[" + attributes.getValue(0) + "]" : ""));
    }

    @Override
    void close(String name, String text, int line) {
      seen.add("/" + name + ":" + text.strip());
    }
  }

  private final List<String> fetches = new ArrayList<>();
  private final EntityResolver recording = (publicId, systemId) -> {
    fetches.add(systemId);
    return new InputSource(new StringReader("<!ENTITY leaked 'fetched-marker'>"));
  };

  private Optional<HardenedXml.Failure> parseDocument(String document, Recorder recorder) {
    return new HardenedXml(recording).parse(new InputSource(new StringReader(document)), recorder);
  }

  @Test
  void parse_externalGeneralEntity_isRefusedWithoutAFetch(@TempDir Path folder) throws IOException {
    Path secret = folder.resolve("passwd");
    Files.writeString(secret, "root:secret-token-7731", StandardCharsets.UTF_8);
    Recorder recorder = new Recorder();
    Optional<HardenedXml.Failure> failure = parseDocument("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM \""
        + secret.toUri() + "\">]>\n<r><x>&e;</x></r>", recorder);
    assertThat(failure).isPresent();
    assertThat(failure.get().message()).contains("DOCTYPE");
    assertThat(fetches).isEmpty();
    assertThat(recorder.seen.toString()).doesNotContain("secret-token-7731");
  }

  @Test
  void parse_externalDtdAndParameterEntity_areRefusedWithoutAFetch() {
    Recorder recorder = new Recorder();
    assertThat(parseDocument("<!DOCTYPE r SYSTEM \"http://127.0.0.1:9/evil.dtd\"><r>&leaked;</r>", recorder)).isPresent();
    assertThat(parseDocument("<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]><r/>", recorder)).isPresent();
    assertThat(fetches).isEmpty();
    assertThat(recorder.seen).isEmpty();
  }

  @Test
  void parse_xinclude_isJustAnElement() {
    Recorder recorder = new Recorder();
    Optional<HardenedXml.Failure> failure = new HardenedXml(recording).parseBlock(
        "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\"/>", 1, recorder);
    assertThat(failure).isEmpty();
    assertThat(fetches).isEmpty();
    assertThat(recorder.seen).containsExactly("xi:include@1[http://www.w3.org/2001/XInclude]", "/xi:include:");
  }

  @Test
  void parseBlock_mapsLinesIntoTheFile_andDecodesEntities() {
    Recorder recorder = new Recorder();
    Optional<HardenedXml.Failure> failure = new HardenedXml().parseBlock(
        "\n\t<a n=\"x&amp;y\">1 &lt; 2</a>\n\t<b><![CDATA[c&d]]></b>\n\t<c>&#x41;</c>", 40, recorder);
    assertThat(failure).isEmpty();
    assertThat(recorder.seen).containsExactly("a@41[x&y]", "/a:1 < 2", "b@42", "/b:c&d", "c@43", "/c:A");
  }

  @Test
  void parseBlock_failure_isAtTheFileLine_andOneSentence() {
    Optional<HardenedXml.Failure> failure = new HardenedXml().parseBlock("\n<a>\n</b>", 10, new Recorder());
    assertThat(failure).isPresent();
    assertThat(failure.get().line()).isEqualTo(12);
    assertThat(failure.get().message()).doesNotContain("\n").doesNotEndWith(".");
  }

  @Test
  void refuseAll_throwsForEveryRequest() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> HardenedXml.REFUSE_ALL.resolveEntity(null, "file:///x"))
        .hasMessage("external entity 'file:///x' refused");
  }
}
