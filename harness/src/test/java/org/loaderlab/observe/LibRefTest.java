package org.loaderlab.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/** Goal: a mapping reads as {@code module#generation}, sorts by module then generation, and 0 means never mapped. */
class LibRefTest {

  @Test
  void toString_isModuleHashGeneration() {
    assertThat(new LibRef(ModuleName.of("chan_sip"), 2)).hasToString("chan_sip#2");
    assertThat(LibRef.neverMapped(ModuleName.of("res_x"))).hasToString("res_x#0");
  }

  @Test
  void order_byModuleThenGeneration_caseInsensitive() {
    TreeSet<LibRef> sorted = new TreeSet<>(List.of(new LibRef(ModuleName.of("b"), 1),
        new LibRef(ModuleName.of("A"), 2), new LibRef(ModuleName.of("a"), 1)));
    assertThat(sorted).extracting(LibRef::toString).containsExactly("a#1", "A#2", "b#1");
  }

  @Test
  void construct_negativeGeneration_refused() {
    assertThatThrownBy(() -> new LibRef(ModuleName.of("x"), -1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("generation must be >= 0, was -1");
  }
}
