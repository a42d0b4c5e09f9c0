package org.loaderlab.engine.generate;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A SAX handler for one comment block: it tracks depth and file lines, and hands its subclass
 * only the block's top-level elements (the children of {@link HardenedXml#ROOT}) with their
 * direct text, since every fact of MODULEINFO and DOCUMENTATION lives at that level; nested
 * elements ({@code <ref type="function">} in a see-also, {@code <depend>} inside a
 * {@code <member>}) are prose or menuselect detail, not declarations.
 */
abstract class BlockHandler extends DefaultHandler {

  private Locator locator;
  private int firstLine = 1;
  private int depth;
  private final StringBuilder text = new StringBuilder();
  private int elementLine;

  void firstLine(int line) {
    firstLine = line;
  }

  /** The file line the parser is on: where the current start tag ends. */
  int line() {
    int parserLine = locator == null ? 1 : Math.max(locator.getLineNumber(), 1);
    return firstLine + parserLine - 1;
  }

  /** A top-level element opened on {@code line}. */
  abstract void open(String name, Attributes attributes, int line);

  /** The top-level element opened on {@code line} closed; {@code text} is its own text, not stripped. */
  abstract void close(String name, String text, int line);

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    depth++;
    if (depth == 2) {
      text.setLength(0);
      elementLine = line();
      open(qName, attributes, elementLine);
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (depth == 2) {
      text.append(ch, start, length);
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    if (depth == 2) {
      close(qName, text.toString(), elementLine);
    }
    depth--;
  }

  @Override
  public void fatalError(SAXParseException e) throws SAXParseException {
    throw e;
  }
}
