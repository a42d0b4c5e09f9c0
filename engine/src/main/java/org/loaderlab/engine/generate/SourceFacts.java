package org.loaderlab.engine.generate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.manifest.Provision;

/**
 * What one C source says about the module it belongs to, each fact with its line; built by
 * {@link SourceScanner}, turned into a manifest by {@link ManifestGenerator}.
 *
 * @param file the source as the caller named it, used in every location
 * @param astModuleDefine {@code #define AST_MODULE "name"}: how the core's built-in modules in
 *     {@code main/} name themselves; the first such define, when there is one
 * @param moduleInfo the {@code MODULEINFO} block (several blocks are read as one)
 * @param moduleMacro the first {@code AST_MODULE_INFO} call, in any of its forms
 * @param provides what the source registers, in source order, repeats kept: each top-level
 *     {@code <application>}, {@code <function>}, {@code <agi>}, {@code <manager>} of its
 *     {@code DOCUMENTATION} blocks, and each realtime engine and timing interface it defines
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SourceFacts(
    String file,
    Optional<Located<String>> astModuleDefine,
    Optional<ModuleDeclaration> moduleInfo,
    Optional<ModuleDeclaration> moduleMacro,
    List<Located<Provision>> provides) {

  public SourceFacts {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(astModuleDefine, "astModuleDefine");
    Objects.requireNonNull(moduleInfo, "moduleInfo");
    Objects.requireNonNull(moduleMacro, "moduleMacro");
    provides = List.copyOf(provides);
  }

  /**
   * Whether the source declares a module: it has a MODULEINFO block or an AST_MODULE_INFO call.
   * A source with neither (a helper file, a header) is not an error; it simply is not a module,
   * though its DOCUMENTATION may still belong to a module built from several files.
   */
  public boolean isModule() {
    return moduleInfo.isPresent() || moduleMacro.isPresent();
  }
}
