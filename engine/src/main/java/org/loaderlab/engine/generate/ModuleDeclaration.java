package org.loaderlab.engine.generate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.loaderlab.engine.diagnostic.Located;
import org.loaderlab.engine.diagnostic.SourceLocation;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.engine.manifest.SupportLevel;

/**
 * What one declaration in a source says about its module: either the {@code MODULEINFO} block
 * or the {@code AST_MODULE_INFO} macro. Each fact keeps the line it was written on, so a
 * disagreement between the two can name both places. An absent value means the declaration
 * does not say (not that it says "no").
 *
 * @param origin which of the two declarations this is
 * @param location the line of the {@code /*** MODULEINFO} opener or of the macro's name
 * @param exportGlobals {@code <export_globals/>}, or the macro's {@code AST_MODFLAG_GLOBAL_SYMBOLS}
 *     flag (the macro always says, yes or no)
 * @param defaultEnabled {@code <defaultenabled>}; only MODULEINFO says
 * @param description the macro's description literal, decoded; only the macro says
 * @param uses run-time dependencies: {@code <use type="...">} or {@code .requires}, in source order
 * @param canUse {@code .optional_modules}; only the macro says
 * @param buildDepends {@code <depend>} names: build-time only, never in a manifest; kept so a
 *     module the macro requires and MODULEINFO depends on is not reported as a disagreement
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ModuleDeclaration(
    Origin origin,
    SourceLocation location,
    Optional<Located<SupportLevel>> supportLevel,
    Optional<Located<LoadPriority>> loadPriority,
    Optional<Located<Boolean>> exportGlobals,
    Optional<Located<Boolean>> defaultEnabled,
    Optional<Located<String>> description,
    List<Located<Requirement>> uses,
    List<Located<Requirement>> canUse,
    List<Located<String>> buildDepends) {

  /** The two places a source declares its module. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Origin {
    MODULEINFO("MODULEINFO"),
    AST_MODULE_INFO("AST_MODULE_INFO");

    private final String label;

    Origin(String label) {
      this.label = label;
    }

    /** The name used in messages: {@code MODULEINFO} or {@code AST_MODULE_INFO}. */
    public String label() {
      return label;
    }
  }

  public ModuleDeclaration {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(supportLevel, "supportLevel");
    Objects.requireNonNull(loadPriority, "loadPriority");
    Objects.requireNonNull(exportGlobals, "exportGlobals");
    Objects.requireNonNull(defaultEnabled, "defaultEnabled");
    Objects.requireNonNull(description, "description");
    uses = List.copyOf(uses);
    canUse = List.copyOf(canUse);
    buildDepends = List.copyOf(buildDepends);
  }
}
