package org.loaderlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.loaderlab.engine.check.CheckReport;
import org.loaderlab.engine.check.ManifestCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code loaderlab manifest check DIR}: the seed's {@code make check}, as a report and an exit status. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check every manifest of a modules folder, or of a world folder (one holding modules/ and etc/).",
      "%nReports syntax errors, unknown sections and keys, bad priorities, names that do not match their"
          + " files, dangling [uses], dependency cycles, conflicting providers, checksum mismatches and"
          + " orphan binaries, and for a world the contradictions between etc/ and the modules, each"
          + " with file:line."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:no errors (warnings may be listed)", "1:errors found", "2:bad usage"})
final class ManifestCheckCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "A world folder (with modules/) or a modules folder.")
  private Path folder;

  @Override
  public Integer call() {
    if (!Files.isDirectory(folder)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + folder);
    }
    CheckReport report = new ManifestCheck().check(folder);
    spec.commandLine().getOut().print(report.render());
    spec.commandLine().getOut().flush();
    return report.isClean() ? 0 : 1;
  }
}
