package org.loaderlab.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.spi.RegistrationKind;

/** Goal: every engine registration kind has a code kind with the manifest's word, and labels are distinct. */
class CodeKindTest {

  @Test
  void of_everyRegistrationKind_keepsItsManifestWord() {
    for (RegistrationKind kind : RegistrationKind.values()) {
      assertThat(CodeKind.of(kind).label()).isEqualTo(kind.manifestKind());
    }
  }

  @Test
  void labels_areDistinct() {
    assertThat(Arrays.stream(CodeKind.values()).map(CodeKind::label).distinct().count())
        .isEqualTo(CodeKind.values().length);
    assertThat(CodeKind.THREADSTORAGE_DESTRUCTOR.label()).isEqualTo("threadstorage_destructor");
  }
}
