package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.ModuleName;

/** Goal: an optional-API call names a module and an identifier, printed {@code provider:api}. */
class OptionalApiCallTest {

  @Test
  void toString_isProviderColonApi() {
    assertThat(new OptionalApiCall(ModuleName.of("res_crypto.so"), "ast_sign")).hasToString("res_crypto:ast_sign");
  }

  @Test
  void construct_badApi_refused() {
    assertThatThrownBy(() -> new OptionalApiCall(ModuleName.of("p"), "a-b")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid optional api 'a-b': use letters, digits and '_' only");
  }
}
