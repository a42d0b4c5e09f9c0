package org.loaderlab.engine.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.manifest.Provision;

/**
 * The state of one scan: receives lines, tokens, directives, blocks and declaration windows as
 * the source streams by, and keeps only the facts. One session per source; never reused.
 */
final class ScanSession implements SourceLexer.Listener, DeclarationFinder.Listener {

  private static final String DEFINE = "define";
  private static final String AST_MODULE = "AST_MODULE";
  /** {@code # define AST_MODULE "name"}: all a directive needs to show to name the module. */
  private static final int DEFINE_TOKENS = 4;
  private static final String DOCTYPE = "<!DOCTYPE";

  private final GeneratorLimits limits;
  private final HardenedXml xml;
  private final Findings findings;
  private final SourceLexer lexer;
  private final DeclarationFinder finder;
  private final ModuleMacroReader macroReader;
  /** Recognisers by struct type: looked up, never iterated. */
  private final Map<String, StructRecognizer> recognizers = new TreeMap<>();

  private BlockBuffer block;
  private DeclarationBuilder moduleInfo;
  private Optional<ModuleDeclaration> moduleMacro = Optional.empty();
  private Optional<Located<String>> astModuleDefine = Optional.empty();
  private final List<Located<Provision>> provides = new ArrayList<>();
  private final List<Token> directive = new ArrayList<>(DEFINE_TOKENS);
  private int directiveTokenCount;

  ScanSession(GeneratorLimits limits, HardenedXml xml, Findings findings, List<StructRecognizer> structs) {
    this.limits = limits;
    this.xml = xml;
    this.findings = findings;
    for (StructRecognizer recognizer : structs) {
      recognizers.put(recognizer.structType(), recognizer);
    }
    this.lexer = new SourceLexer(this, limits.macroCharsMax());
    this.finder = new DeclarationFinder(this, recognizers.keySet(), limits.macroCharsMax(), findings);
    this.macroReader = new ModuleMacroReader(findings);
  }

  void line(String text, int lineNumber) {
    lexer.line(text, lineNumber);
  }

  SourceFacts finish() {
    lexer.finish();
    finder.finish();
    if (block != null) {
      findings.warning(block.firstLine(), "unterminated-block",
          block.kind().keyword() + " block is not closed with '***/'; it is skipped");
      block = null;
    }
    return new SourceFacts(findings.file(), astModuleDefine,
        Optional.ofNullable(moduleInfo).map(DeclarationBuilder::build), moduleMacro, provides);
  }

  @Override
  public void token(Token token) {
    finder.token(token);
  }

  @Override
  public void directiveToken(Token token) {
    directiveTokenCount++;
    if (directive.size() < DEFINE_TOKENS) {
      directive.add(token);
    }
  }

  @Override
  public void directiveEnd() {
    boolean define = directiveTokenCount == DEFINE_TOKENS
        && directive.get(1).is(Token.Kind.IDENTIFIER, DEFINE)
        && directive.get(2).is(Token.Kind.IDENTIFIER, AST_MODULE)
        && directive.get(3).kind() == Token.Kind.STRING
        && !directive.get(3).text().isBlank();
    if (define && astModuleDefine.isEmpty()) {
      Token name = directive.get(3);
      astModuleDefine = Optional.of(new Located<>(name.text().strip(), findings.at(name.line())));
    }
    directive.clear();
    directiveTokenCount = 0;
  }

  @Override
  public void blockStart(BlockKind kind, int line) {
    assert block == null : "blocks do not nest: a comment ends at the first */";
    block = new BlockBuffer(kind, line, limits.blockCharsMax());
    if (kind != BlockKind.MODULEINFO) {
      return;
    }
    // The opener alone makes the source a module, even if the block turns out unreadable.
    if (moduleInfo == null) {
      moduleInfo = new DeclarationBuilder(ModuleDeclaration.Origin.MODULEINFO, findings.at(line));
    } else {
      findings.warning(line, "repeated-block", "another MODULEINFO block; its facts join those of the first, at line "
          + moduleInfo.location().line());
    }
  }

  @Override
  public void blockText(String text) {
    block.append(text);
  }

  @Override
  public void blockEnd(int line) {
    BlockBuffer done = block;
    block = null;
    if (done.overflowed()) {
      findings.warning(done.firstLine(), "block-too-large", done.kind().keyword() + " block is larger than "
          + limits.blockCharsMax() + " characters; it is skipped");
      return;
    }
    if (!done.closedWithStars()) {
      findings.warning(done.firstLine(), "unterminated-block", done.kind().keyword() + " block is closed with '*/',"
          + " not '***/', which Asterisk's build tools read past; it is read up to the '*/'");
    }
    String text = done.xml();
    int doctype = text.indexOf(DOCTYPE);
    if (doctype >= 0) {
      // The parser refuses it too; saying so here gives one clear sentence instead of the parser's.
      findings.warning(done.firstLine() + lineOffset(text, doctype), "doctype-refused", done.kind().keyword()
          + " block has a document type declaration, which is never loaded; the block is skipped");
      return;
    }
    BlockHandler handler = done.kind() == BlockKind.MODULEINFO ? new ModuleInfoHandler(moduleInfo, findings) : new DocumentationHandler(findings);
    Optional<HardenedXml.Failure> failure = xml.parseBlock(text, done.firstLine(), handler);
    failure.ifPresent(f -> findings.warning(f.line(), "malformed-block", "malformed " + done.kind().keyword()
        + " block: " + f.message() + "; the rest of the block is skipped"));
    if (handler instanceof DocumentationHandler documentation) {
      provides.addAll(documentation.provides());
    }
  }

  private static int lineOffset(String text, int index) {
    int lines = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  @Override
  public void macro(Token name, List<Token> arguments) {
    if (moduleMacro.isPresent()) {
      findings.warning(name.line(), "repeated-module-macro", name.text() + " appears again; the first one, at line "
          + moduleMacro.get().location().line() + ", is used");
      return;
    }
    moduleMacro = macroReader.read(name, arguments);
  }

  @Override
  public void initializer(String type, Token variable, List<Token> body) {
    StructRecognizer recognizer = recognizers.get(type);
    assert recognizer != null : "the finder only opens windows for watched struct types";
    recognizer.recognize(variable, CArguments.fields(CArguments.split(body)), findings).ifPresent(provides::add);
  }
}
