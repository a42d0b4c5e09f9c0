/**
 * Manifest generation from module sources: reads a C source as a stream, keeps what it says
 * about the module (its {@code MODULEINFO} and {@code DOCUMENTATION} blocks, its
 * {@code AST_MODULE_INFO} macro, {@code #define AST_MODULE}, and the realtime and timing
 * structs it registers) as {@link org.loaderlab.engine.generate.SourceFacts}, and turns those
 * facts into a {@link org.loaderlab.engine.manifest.Manifest} the writer accepts.
 *
 * <p>Map of the package, from bytes to manifest:
 *
 * <pre>
 *   SourceScanner ── LineSplitter (lines, each cut at lineCharsMax)
 *     (ScanSession)  └─ SourceLexer (C comments, literals, directives; special comment blocks)
 *                       ├─ BlockBuffer → HardenedXml → ModuleInfoHandler / DocumentationHandler
 *                       ├─ #define AST_MODULE "x" (directive tokens)
 *                       └─ DeclarationFinder (bounded token windows, CArguments)
 *                            ├─ ModuleMacroReader (+ PriorityExpression)
 *                            └─ StructRecognizer: RealtimeEngineRecognizer, TimingInterfaceRecognizer
 *   ManifestGenerator ── DeclarationMerger (MODULEINFO vs AST_MODULE_INFO)
 *                     └─ WritableEntries (dedupe, normalise, ManifestWriter.problem per entry) → Manifest
  * </pre>
 *
 * <p>Nothing here throws at a user: every problem is a {@link org.loaderlab.engine.diagnostic.Diagnostic}
 * at file:line, and every buffer has a named limit in {@link org.loaderlab.engine.generate.GeneratorLimits}.
 */
package org.loaderlab.engine.generate;
