package org.loaderlab.engine.generate;

import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.EntityResolver;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The JDK's SAX parser, locked down for text that came out of a source file: a document type
 * declaration is an error, external entities and DTDs are never loaded, XInclude is off, and
 * the entity resolver refuses whatever still asks. Namespace-unaware, so {@code <xi:include>}
 * is just an element with a colon in its name. Only the five predefined entities and numeric
 * character references are ever expanded.
 */
final class HardenedXml {

  /** A parse that stopped: the file line it stopped on, and the parser's sentence. */
  record Failure(int line, String message) {}

  static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
  static final String EXTERNAL_GENERAL_ENTITIES = "http://xml.org/sax/features/external-general-entities";
  static final String EXTERNAL_PARAMETER_ENTITIES = "http://xml.org/sax/features/external-parameter-entities";
  static final String LOAD_EXTERNAL_DTD = "http://apache.org/xml/features/nonvalidating/load-external-dtd";
  /** Xerces' message locale, so a report reads the same on every machine. */
  private static final String LOCALE_PROPERTY = "http://apache.org/xml/properties/locale";

  /** The wrapper that makes a block's many top-level elements one document. */
  static final String ROOT = "block";

  /** Refuses every external entity, DTD included, naming what was asked for. */
  static final EntityResolver REFUSE_ALL = (publicId, systemId) -> {
    throw new SAXException("external entity '" + systemId + "' refused");
  };

  private final SAXParserFactory factory;
  private final EntityResolver resolver;

  HardenedXml() {
    this(REFUSE_ALL);
  }

  /** With another resolver, for tests that prove it is never consulted. */
  HardenedXml(EntityResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.factory = SAXParserFactory.newInstance();
    try {
      factory.setNamespaceAware(false);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature(DISALLOW_DOCTYPE, true);
      factory.setFeature(EXTERNAL_GENERAL_ENTITIES, false);
      factory.setFeature(EXTERNAL_PARAMETER_ENTITIES, false);
      factory.setFeature(LOAD_EXTERNAL_DTD, false);
    } catch (ParserConfigurationException | SAXNotRecognizedException | SAXNotSupportedException e) {
      throw new IllegalStateException("the JDK's SAX parser must support the hardening features", e);
    }
  }

  /**
   * Parses a block's text, wrapped in one {@code <block>} element that starts on the block's
   * first line, so parser line {@code n} is file line {@code firstLine + n - 1}.
   */
  Optional<Failure> parseBlock(String text, int firstLine, BlockHandler handler) {
    handler.firstLine(firstLine);
    String document = "<" + ROOT + ">" + text + "</" + ROOT + ">";
    return parse(new InputSource(new StringReader(document)), handler)
        .map(failure -> new Failure(firstLine + Math.max(failure.line(), 1) - 1, failure.message()));
  }

  /** Parses a whole document as given; the failure's line is the parser's own. */
  Optional<Failure> parse(InputSource input, BlockHandler handler) {
    try {
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      XMLReader reader = parser.getXMLReader();
      trySetLocale(reader);
      reader.setEntityResolver(resolver);
      reader.setContentHandler(handler);
      reader.setErrorHandler(handler);
      reader.parse(input);
      return Optional.empty();
    } catch (SAXParseException e) {
      return Optional.of(new Failure(e.getLineNumber(), oneLine(e.getMessage())));
    } catch (SAXException e) {
      return Optional.of(new Failure(0, oneLine(e.getMessage())));
    } catch (IOException e) {
      // Nothing is read from outside a string; an I/O failure means a refused fetch slipped through.
      return Optional.of(new Failure(0, oneLine("refused to read '" + e.getMessage() + "'")));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the hardened SAX parser could not be created", e);
    }
  }

  private static void trySetLocale(XMLReader reader) {
    try {
      reader.setProperty(LOCALE_PROPERTY, Locale.ROOT);
    } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
      // Another parser implementation: its messages may be localised, nothing else changes.
    }
  }

  private static String oneLine(String message) {
    String text = message == null ? "" : message.replaceAll("\\s+", " ").strip();
    // The parser's sentences end in a full stop; ours go on after them.
    while (text.endsWith(".")) {
      text = text.substring(0, text.length() - 1);
    }
    return text.isEmpty() ? "no detail" : text;
  }
}
