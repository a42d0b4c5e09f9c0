package org.loaderlab.engine.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.conf.ConfParser;
import org.loaderlab.engine.diagnostic.Parsed;

/**
 * The three ways into a configuration file's meaning, shared by every parser of this package:
 * from a file, from text, or from a document already parsed. A subclass only interprets.
 */
abstract class ConfigFileParser<T> {

  final ConfLimits limits;

  ConfigFileParser(ConfLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** Reads {@code file} and its includes; the value is absent only when nothing could be read. */
  public Parsed<T> parse(Path file) {
    return interpret(new ConfParser(limits).parse(file));
  }

  /** Reads {@code text} as if it were the file {@code file} (which is only used in locations). */
  public Parsed<T> parseText(String file, String text) {
    return interpret(new ConfParser(limits).parseText(file, text));
  }

  /** Gives meaning to an already parsed document. */
  public Parsed<T> parse(ConfDocument document) {
    return interpret(Parsed.of(document, List.of()));
  }

  /** The meaning of {@code syntax}, keeping its problems first. */
  abstract Parsed<T> interpret(Parsed<ConfDocument> syntax);
}
