package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LoadResult;

/**
 * Goal: the writer's text is canonical and the parser reads it back to the same binary with no
 * diagnostic, for every kind of content. Method: the exact text of a full binary, then round
 * trips of binaries that use each feature and the awkward names the format allows.
 */
class FakeBinaryWriterTest {

  private static final ModuleName X = ModuleName.of("chan_x");

  static FakeBinary full() {
    return FakeBinary.builder(X)
        .load(LoadResult.FAILURE).unloadModule(false).blockUnload(true)
        .registers("application", "XDial").registers("cli", "x show peers").registers("channel_tech", "X")
        .registers("realtime", "xdb").registers("timing", "xtimer")
        .threadStorage("buf", true).threadStorage("plain", false)
        .thread(BinaryThread.using("io", "buf")).thread(BinaryThread.of("monitor"))
        .exports("x_sign").calls(ModuleName.of("res_crypto"), "ast_sign")
        .adversarial(new Adversarial(List.of(ModuleName.of("res_y")), Disposal.IGNORE,
            List.of(new EngineCall(EngineCall.Verb.LOAD, ModuleName.of("res_y"))),
            List.of(new EngineCall(EngineCall.Verb.UNLOAD_FORCE, ModuleName.of("res_z"))),
            List.of(new EngineCall(EngineCall.Verb.RELOAD, ModuleName.of("res_y")))))
        .build();
  }

  @Test
  void write_full_isCanonical() {
    assertThat(FakeBinaryWriter.write(full())).isEqualTo("""
        ; chan_x.so, written by loaderlab: a fake module binary
        [module]
        name=chan_x
        load=failure
        unload_module=no
        block_unload=yes

        [registers]
        application=XDial
        cli=x show peers
        channel_tech=X
        realtime=xdb
        service=timing:xtimer

        [threadstorage]
        key=buf:destructor
        key=plain

        [threads]
        thread=io:uses=buf
        thread=monitor

        [optional_api]
        exports=x_sign
        calls=res_crypto:ast_sign

        [adversarial]
        user_of=res_y
        cancel=ignore
        on_load=load res_y
        on_unload=unload -f res_z
        on_cancel=reload res_y
        """);
  }

  @Test
  void write_plain_hasOnlyModule() {
    assertThat(FakeBinaryWriter.write(FakeBinary.plain(ModuleName.of("res_a")))).isEqualTo("""
        ; res_a.so, written by loaderlab: a fake module binary
        [module]
        name=res_a
        load=success
        unload_module=yes
        block_unload=no
        """);
  }

  @Test
  void roundTrip_everyFeature_readsBackEqual() {
    List<FakeBinary> binaries = List.of(
        full(),
        FakeBinary.plain(ModuleName.of("Res_A")),
        FakeBinary.builder(X).load(LoadResult.DECLINE).build(),
        FakeBinary.builder(X).registers("cli", "a = b => c").registers("function", "F(x)")
            .registers("manager", "Ünïcode").registers("agi", "gosub \\ back").build(),
        FakeBinary.builder(X).adversarial(new Adversarial(List.of(ModuleName.of("a"), ModuleName.of("b")),
            Disposal.delay(7), List.of(), List.of(), List.of())).build(),
        FakeBinary.builder(X).adversarial(new Adversarial(List.of(), Disposal.RELEASE, List.of(),
            List.of(new EngineCall(EngineCall.Verb.UNLOAD, X)), List.of())).build());
    for (FakeBinary binary : binaries) {
      Parsed<FakeBinary> parsed = new FakeBinaryParser().parseText("t.so", FakeBinaryWriter.write(binary));
      assertThat(parsed.diagnostics()).as(binary.toString()).isEmpty();
      assertThat(parsed.orElseThrow()).isEqualTo(binary);
    }
  }

  @Test
  void write_beyondTheFileSizeLimit_refused() {
    FakeBinary.Builder builder = FakeBinary.builder(X);
    String padding = "A".repeat(240);
    for (int i = 0; i < 17_000; i++) {
      builder.registers("application", padding + i);
    }
    FakeBinary huge = builder.build();
    assertThatThrownBy(() -> FakeBinaryWriter.write(huge)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot write chan_x.so: the text is ")
        .hasMessageEndingWith(" bytes, the limit is 4194304");
  }
}
