package org.loaderlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.loaderlab.engine.generate.Generation;
import org.loaderlab.engine.generate.ManifestFolderWriter;
import org.loaderlab.engine.generate.SourceTreeGenerator;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code loaderlab manifest generate}: the proposal's build step, from MODULEINFO and AST_MODULE_INFO to manifests. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate module manifests from Asterisk C sources: one source file, or a whole source tree.",
      "%nReads each module's MODULEINFO and DOCUMENTATION blocks (with a real XML parser, external"
          + " entities off) and its AST_MODULE_INFO (.requires, .optional_modules, .load_pri,"
          + " .support_level, description). Prints every warning with file:line and a summary. If"
          + " any source has an error, nothing is written."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {"0:manifests written (warnings may be listed)", "1:errors found, nothing written", "2:bad usage"})
final class ManifestGenerateCommand implements Callable<Integer> {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Input input;

  static final class Input {
    @Parameters(paramLabel = "FILE.c", description = "One module's main source.")
    Path file;

    @Option(names = "--tree", paramLabel = "SRC", description = "The root of an Asterisk source tree.")
    Path tree;
  }

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write name.manifest files.")
  private Path out;

  @Option(names = "--binaries", paramLabel = "DIR", description = "Built modules (name.so), for checksums.")
  private Path binaries;

  @Override
  public Integer call() throws IOException {
    Path source = input.tree != null ? input.tree : input.file;
    boolean tree = input.tree != null;
    if (tree ? !Files.isDirectory(source) : !Files.isRegularFile(source)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          (tree ? "not a folder: " : "not a file: ") + source);
    }
    if (binaries != null && !Files.isDirectory(binaries)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "not a folder: " + binaries);
    }
    SourceTreeGenerator generator = new SourceTreeGenerator();
    Optional<Path> binaryFolder = Optional.ofNullable(binaries);
    Generation generation = tree ? generator.generateTree(source, binaryFolder) : generator.generateFile(source, binaryFolder);
    PrintWriter printer = spec.commandLine().getOut();
    printer.print(generation.render());
    if (generation.hasErrors()) {
      printer.println("nothing written to " + out + ": fix the errors above first");
      printer.flush();
      return 1;
    }
    List<Path> written = ManifestFolderWriter.write(generation, out);
    printer.println("wrote " + written.size() + (written.size() == 1 ? " manifest" : " manifests") + " to " + out);
    printer.flush();
    return 0;
  }
}
