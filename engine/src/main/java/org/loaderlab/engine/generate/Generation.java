package org.loaderlab.engine.generate;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Diagnostic;

/**
 * The outcome of generating manifests from sources: every module found, sorted by name, and
 * every problem, sorted by file and line.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Generation(String source, List<GeneratedModule> modules, List<Diagnostic> diagnostics) {

  public Generation {
    Objects.requireNonNull(source, "source");
    modules = modules.stream().sorted((a, b) -> a.manifest().name().compareTo(b.manifest().name())).toList();
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** One line per problem, then {@code N modules (E embedded), P provides, U uses, W warnings, X errors}. */
  public String render() {
    StringBuilder text = new StringBuilder();
    diagnostics.forEach(d -> text.append(d).append('\n'));
    long embedded = modules.stream().filter(GeneratedModule::embedded).count();
    int provides = modules.stream().mapToInt(m -> m.manifest().provides().size()).sum();
    int uses = modules.stream().mapToInt(m -> m.manifest().uses().size()).sum();
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    text.append(source).append(": ").append(modules.size()).append(modules.size() == 1 ? " module" : " modules")
        .append(" (").append(embedded).append(" embedded), ")
        .append(provides).append(" provides, ").append(uses).append(" uses, ")
        .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
        .append(errors).append(errors == 1 ? " error" : " errors").append('\n');
    return text.toString();
  }
}
