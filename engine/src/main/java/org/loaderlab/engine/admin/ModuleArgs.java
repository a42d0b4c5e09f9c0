package org.loaderlab.engine.admin;

import java.util.List;
import java.util.Optional;
import org.loaderlab.engine.manifest.ModuleName;

/**
 * The arguments of a command on one module, {@code [-f] <module>}: the module, the force flag,
 * or the one-line problem with them. A bad module name is reported with
 * {@link ModuleName#problem}'s own sentence; anything else with the command's usage.
 */
record ModuleArgs(Optional<ModuleName> module, boolean force, Optional<String> problem) {

  private static final String FORCE = "-f";

  ModuleArgs {
    assert problem.isEmpty() || module.isEmpty() : "a refused argument list names no module";
  }

  /**
   * Reads {@code args} (the words after the command's own words).
   *
   * @param forceAllowed whether {@code -f} is an option of this command (anywhere in the line)
   * @param moduleRequired whether a missing module is a problem
   */
  static ModuleArgs parse(List<String> args, boolean forceAllowed, boolean moduleRequired, String usage) {
    Optional<ModuleName> module = Optional.empty();
    boolean force = false;
    for (String arg : args) {
      if (arg.startsWith("-") && arg.length() > 1) {
        if (!forceAllowed || !arg.equals(FORCE)) {
          return refused("unknown option '" + arg + "'; usage: " + usage);
        }
        force = true;
      } else if (module.isEmpty()) {
        Optional<String> invalid = ModuleName.problem(arg);
        if (invalid.isPresent()) {
          return refused(invalid.get());
        }
        module = Optional.of(ModuleName.of(arg));
      } else {
        return refused("unexpected argument '" + arg + "'; usage: " + usage);
      }
    }
    if (moduleRequired && module.isEmpty()) {
      return refused("missing module name; usage: " + usage);
    }
    return new ModuleArgs(module, force, Optional.empty());
  }

  private static ModuleArgs refused(String problem) {
    return new ModuleArgs(Optional.empty(), false, Optional.of(problem));
  }
}
