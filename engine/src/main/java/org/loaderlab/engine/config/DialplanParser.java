package org.loaderlab.engine.config;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.loaderlab.engine.conf.ConfDocument;
import org.loaderlab.engine.conf.ConfEntry;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.conf.ConfSection;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.Kinds;

/**
 * Reads {@code extensions.conf} into a {@link Dialplan}: which applications and functions it
 * uses, where.
 *
 * <ol>
 *   <li>{@code [general]} holds options, not extensions: skipped.
 *   <li>{@code [globals]}: Asterisk evaluates each value when loading, so the functions in it are
 *       used (context {@code globals}, no extension); a key such as {@code CDR(x)} writes through
 *       a function. Both sections are read only once by Asterisk; a repeat is an error.
 *   <li>Every other section that is not a template is a context ({@link ContextReader}):
 *       {@code exten}, {@code same}, {@code include}, {@code switch}/{@code lswitch}/{@code eswitch},
 *       {@code ignorepat}. Sections of one name are one context.
 *   <li>In each priority: the application (not for hints), and every function called in
 *       {@code ${...}} or {@code $[...]} anywhere on the line ({@link FunctionScanner}) or
 *       written by {@code Set}/{@code MSet}.
 * </ol>
 *
 * <p>Some uses cannot be known from the text ({@code ExecIf}, {@code Exec}, a computed application
 * name); the seed asks administrators to declare those in {@code modules.conf [uses]}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DialplanParser extends ConfigFileParser<Dialplan> {

  /** The nesting bound of {@code ${}, {@code $[} and brackets in one line; deeper is an error. */
  public static final int NESTING_DEPTH_MAX = FunctionScanner.NESTING_DEPTH_MAX;

  public DialplanParser(ConfLimits limits) {
    super(limits);
  }

  public DialplanParser() {
    this(ConfLimits.DEFAULTS);
  }

  @Override
  Parsed<Dialplan> interpret(Parsed<ConfDocument> syntax) {
    if (syntax.value().isEmpty()) {
      return Parsed.failed(syntax.diagnostics());
    }
    Problems problems = new Problems(syntax.diagnostics(), limits.diagnosticsMax());
    Set<DialplanUse> uses = new LinkedHashSet<>();
    Map<String, ContextBuilder> contexts = new LinkedHashMap<>();
    Map<String, ConfSection> specials = new LinkedHashMap<>();
    for (ConfSection section : syntax.orElseThrow().sections()) {
      if (section.template()) {
        continue;
      }
      String key = section.name().toLowerCase(Locale.ROOT);
      if (key.equals("general") || key.equals("globals")) {
        if (first(section, specials, problems) && key.equals("globals")) {
          globals(section, uses, problems);
        }
        continue;
      }
      ContextBuilder context = contexts.computeIfAbsent(key,
          name -> new ContextBuilder(section.name(), section.location()));
      new ContextReader(context, uses, problems).read(section);
    }
    List<DialplanContext> built = contexts.values().stream().map(ContextBuilder::build).toList();
    return Parsed.of(new Dialplan(built, List.copyOf(uses)), problems.list());
  }

  /** Whether {@code section} is the first of its name; a repeat is reported, as Asterisk ignores it. */
  private static boolean first(ConfSection section, Map<String, ConfSection> seen, Problems problems) {
    ConfSection earlier = seen.putIfAbsent(section.name().toLowerCase(Locale.ROOT), section);
    if (earlier == null) {
      return true;
    }
    problems.add(KnownSections.duplicate(section, earlier));
    return false;
  }

  private static void globals(ConfSection section, Set<DialplanUse> uses, Problems problems) {
    for (ConfEntry entry : section.entries()) {
      FunctionScanner.Result scan = FunctionScanner.scan(entry.value());
      Optional<FunctionScanner.Problem> problem = scan.problem();
      if (problem.isPresent()) {
        problems.add(Diagnostic.error(entry.location(), problem.get().code(), problem.get().message()));
        continue;
      }
      FunctionWrites.target(entry.key()).ifPresent(
          name -> uses.add(new DialplanUse(Kinds.FUNCTION, name, "globals", "", entry.location())));
      for (String name : scan.functions()) {
        uses.add(new DialplanUse(Kinds.FUNCTION, name, "globals", "", entry.location()));
      }
    }
  }
}
