package org.loaderlab.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;

/**
 * Goal: a closure's dependency keeps its requirements in declaration order and cannot be changed
 * behind its back. Method: one built up need by need.
 */
class DependencyTest {

  private static final ModuleName STACK = ModuleName.of("app_stack");

  @Test
  void with_appendsInOrder_andLeavesTheOriginal() {
    Dependency first = new Dependency(STACK, List.of(Requirement.module(STACK)));
    Dependency both = first.with(new Requirement("application", "Gosub"));
    assertThat(both.requirements()).extracting(Requirement::toString).containsExactly("module=app_stack", "application=Gosub");
    assertThat(first.requirements()).hasSize(1);
  }

  @Test
  void requirements_areACopy_thatCannotChange() {
    List<Requirement> source = new ArrayList<>(List.of(Requirement.module(STACK)));
    Dependency dependency = new Dependency(STACK, source);
    source.clear();
    assertThat(dependency.requirements()).hasSize(1);
    assertThatThrownBy(() -> dependency.requirements().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
