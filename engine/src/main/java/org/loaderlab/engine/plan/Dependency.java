package org.loaderlab.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/** What a module of a {@link Closure} needs of one provider, in the order its needs were declared. */
record Dependency(ModuleName provider, List<Requirement> requirements) {

  Dependency {
    requirements = List.copyOf(requirements);
  }

  /** The same, needing {@code requirement} too. */
  Dependency with(Requirement requirement) {
    List<Requirement> more = new ArrayList<>(requirements);
    more.add(requirement);
    return new Dependency(provider, more);
  }
}
