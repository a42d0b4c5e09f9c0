package org.loaderlab.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code loaderlab manifest ...}: work on module manifests. */
@Command(
    name = "manifest",
    mixinStandardHelpOptions = true,
    description = "Check or generate module manifests.",
    subcommands = {ManifestCheckCommand.class, ManifestGenerateCommand.class})
final class ManifestCommand implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
