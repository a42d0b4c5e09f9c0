package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.manifest.LoadPriority;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Provision;
import org.loaderlab.engine.manifest.SupportLevel;
import org.loaderlab.engine.spi.LoadResult;

/**
 * Goal: a binary value never holds what its file could not say: duplicates, a thread using an
 * undeclared key, names the syntax cannot carry. Its factories and queries say what the binary
 * does. Method: the builder, a manifest, and each refusal.
 */
class FakeBinaryTest {

  private static final ModuleName X = ModuleName.of("x");

  @Test
  void implied_registersExactlyWhatTheManifestProvides() {
    Manifest manifest = new Manifest(ModuleName.of("res_timing_x"), Optional.empty(), SupportLevel.CORE,
        Optional.empty(), false, LoadPriority.DEFAULT, List.of(), Optional.empty(), List.of(), List.of(),
        List.of(Provision.of("application", "XApp"), Provision.of("realtime", "xdb"),
            new Provision("timing", "xtimer", OptionalInt.of(50))));
    FakeBinary implied = FakeBinary.implied(manifest);
    assertThat(implied.name()).isEqualTo(manifest.name());
    assertThat(implied.registers()).extracting(Registered::toString)
        .containsExactly("application=XApp", "realtime=xdb", "service=timing:xtimer");
    assertThat(implied.loadResult()).isEqualTo(LoadResult.SUCCESS);
    assertThat(BinaryConformance.differences(manifest, implied)).isEmpty();
  }

  @Test
  void queries_registersCaseInsensitively_keysAndExports() {
    FakeBinary binary = FakeBinary.builder(X).registers("application", "Dial").threadStorage("buf", true)
        .exports("ast_sign").build();
    assertThat(binary.registers("application", "DIAL")).isTrue();
    assertThat(binary.registers("function", "Dial")).isFalse();
    assertThat(binary.threadStorageKey("buf")).contains(new ThreadStorageKey("buf", true));
    assertThat(binary.threadStorageKey("BUF")).isEmpty();
    assertThat(binary.exportsApi("ast_sign")).isTrue();
    assertThat(binary.fileName()).isEqualTo("x.so");
  }

  @Test
  void toBuilder_keepsEverything() {
    FakeBinary full = FakeBinaryWriterTest.full();
    assertThat(full.toBuilder().build()).isEqualTo(full);
    assertThat(full.toBuilder().load(LoadResult.SUCCESS).build().loadResult()).isEqualTo(LoadResult.SUCCESS);
  }

  @Test
  void construct_duplicates_refused() {
    assertThatThrownBy(() -> FakeBinary.builder(X).registers("application", "Dial").registers("application", "dial")
        .build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("registration 'application=dial' is listed twice");
    assertThatThrownBy(() -> FakeBinary.builder(X).threadStorage("k", true).threadStorage("k", false).build())
        .hasMessage("threadstorage key 'k' is listed twice");
    assertThatThrownBy(() -> FakeBinary.builder(X).thread(BinaryThread.of("t")).thread(BinaryThread.of("t")).build())
        .hasMessage("thread 't' is listed twice");
    assertThatThrownBy(() -> FakeBinary.builder(X).exports("a").exports("a").build())
        .hasMessage("export 'a' is listed twice");
    assertThatThrownBy(() -> FakeBinary.builder(X).calls(ModuleName.of("p"), "a").calls(ModuleName.of("P.so"), "a")
        .build()).hasMessage("optional api call 'P:a' is listed twice");
  }

  @Test
  void construct_threadWithUndeclaredKey_refused() {
    assertThatThrownBy(() -> FakeBinary.builder(X).thread(BinaryThread.using("io", "buf")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("thread 'io' uses threadstorage key 'buf', which the binary does not declare");
  }

  @Test
  void construct_badExport_refused() {
    assertThatThrownBy(() -> FakeBinary.builder(X).exports("a b").build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid optional api 'a b': use letters, digits and '_' only");
  }
}
