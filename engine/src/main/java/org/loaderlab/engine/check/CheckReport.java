package org.loaderlab.engine.check;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Severity;

/**
 * The outcome of a check: every problem, sorted by file and line, and what was looked at.
 *
 * @param target the folder checked, as the user named it
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CheckReport(String target, int moduleCount, int embeddedCount, List<Diagnostic> diagnostics) {

  public CheckReport {
    Objects.requireNonNull(target, "target");
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public long errorCount() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public long warningCount() {
    return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }

  public boolean isClean() {
    return errorCount() == 0;
  }

  /** One line per problem, then a summary line: what {@code loaderlab manifest check} prints. */
  public String render() {
    StringBuilder text = new StringBuilder();
    diagnostics.forEach(d -> text.append(d).append('\n'));
    text.append(target).append(": ").append(moduleCount).append(moduleCount == 1 ? " module" : " modules")
        .append(" (").append(embeddedCount).append(" embedded), ")
        .append(errorCount()).append(errorCount() == 1 ? " error, " : " errors, ")
        .append(warningCount()).append(warningCount() == 1 ? " warning" : " warnings")
        .append('\n');
    return text.toString();
  }
}
