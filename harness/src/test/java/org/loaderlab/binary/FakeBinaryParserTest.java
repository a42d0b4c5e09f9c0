package org.loaderlab.binary;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.diagnostic.Diagnostic;
import org.loaderlab.engine.diagnostic.Parsed;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.spi.LoadResult;

/**
 * Goal: the parser reads every part of the fake {@code .so} format into the model, and reports each
 * broken rule with its exact code, message and line, leaving the bad line out. Method: one binary
 * using every key, then one small text per rule.
 */
class FakeBinaryParserTest {

  private static final String FILE = "x.so";

  private static Parsed<FakeBinary> parse(String... lines) {
    return new FakeBinaryParser().parseText(FILE, String.join("\n", lines) + "\n");
  }

  /** Each diagnostic as {@code line: code: message}. */
  private static List<String> problems(String... lines) {
    return parse(lines).diagnostics().stream()
        .map(d -> d.location().line() + ": " + d.code() + ": " + d.message()).toList();
  }

  private static String[] module(String... rest) {
    String[] lines = new String[rest.length + 2];
    lines[0] = "[module]";
    lines[1] = "name=x";
    System.arraycopy(rest, 0, lines, 2, rest.length);
    return lines;
  }

  @Test
  void parse_everyKey_buildsTheModel() {
    Parsed<FakeBinary> parsed = parse(
        "; what chan_x does",
        "[module]",
        "name=chan_x.so",
        "load=decline",
        "unload_module=no",
        "block_unload=yes",
        "[registers]",
        "application=XDial",
        "function=XVAR",
        "cli=x show peers",
        "manager=XShow",
        "agi=x exec",
        "channel_tech=X",
        "realtime=xdb",
        "service=timing:xtimer",
        "[threadstorage]",
        "key=plain",
        "key = buf : destructor",
        "[threads]",
        "thread=monitor",
        "thread=io:uses=buf",
        "[optional_api]",
        "exports=x_sign",
        "calls=res_crypto.so:ast_sign",
        "[adversarial]",
        "user_of=res_y",
        "cancel=delay:3",
        "on_load=load res_y",
        "on_load=unload -f res_z",
        "on_unload=reload res_y",
        "on_cancel=unload res_y");
    assertThat(parsed.diagnostics()).isEmpty();
    FakeBinary expected = FakeBinary.builder(ModuleName.of("chan_x"))
        .load(LoadResult.DECLINE).unloadModule(false).blockUnload(true)
        .registers("application", "XDial").registers("function", "XVAR").registers("cli", "x show peers")
        .registers("manager", "XShow").registers("agi", "x exec").registers("channel_tech", "X")
        .registers("realtime", "xdb").registers("timing", "xtimer")
        .threadStorage("plain", false).threadStorage("buf", true)
        .thread(BinaryThread.of("monitor")).thread(BinaryThread.using("io", "buf"))
        .exports("x_sign").calls(ModuleName.of("res_crypto"), "ast_sign")
        .adversarial(new Adversarial(List.of(ModuleName.of("res_y")), Disposal.delay(3),
            List.of(call(EngineCall.Verb.LOAD, "res_y"), call(EngineCall.Verb.UNLOAD_FORCE, "res_z")),
            List.of(call(EngineCall.Verb.RELOAD, "res_y")), List.of(call(EngineCall.Verb.UNLOAD, "res_y"))))
        .build();
    assertThat(parsed.orElseThrow()).isEqualTo(expected);
  }

  private static EngineCall call(EngineCall.Verb verb, String target) {
    return new EngineCall(verb, ModuleName.of(target));
  }

  @Test
  void parse_onlyName_hasTheDefaults() {
    FakeBinary binary = parse("[module]", "name=x").orElseThrow();
    assertThat(binary).isEqualTo(FakeBinary.plain(ModuleName.of("x")));
    assertThat(binary.loadResult()).isEqualTo(LoadResult.SUCCESS);
    assertThat(binary.unloadModule()).isTrue();
    assertThat(binary.blockUnload()).isFalse();
    assertThat(binary.adversarial().isNone()).isTrue();
  }

  @Test
  void parse_sectionsAndKeysInAnyCase_templatesOnlyLend() {
    Parsed<FakeBinary> parsed = parse("[base](!)", "application=Shared", "[MODULE]", "Name=x", "LOAD=Failure",
        "[Registers](base)", "Application=Own");
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(parsed.orElseThrow().loadResult()).isEqualTo(LoadResult.FAILURE);
    assertThat(parsed.orElseThrow().registers()).extracting(Registered::toString)
        .containsExactly("application=Shared", "application=Own");
  }

  @Test
  void parse_noModuleSection_failsForTheWholeFile() {
    Parsed<FakeBinary> parsed = parse("[registers]", "application=Dial");
    assertThat(parsed.value()).isEmpty();
    assertThat(parsed.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("x.so: error: no [module] section [missing-module-section]");
  }

  @Test
  void parse_noName_orInvalidName_fails() {
    Parsed<FakeBinary> missing = parse("; a comment", "[module]", "load=success");
    assertThat(missing.value()).isEmpty();
    assertThat(missing.diagnostics()).extracting(Diagnostic::toString)
        .containsExactly("x.so:2: error: [module] has no name= [missing-name]");
    Parsed<FakeBinary> invalid = parse("[module]", "name=../x");
    assertThat(invalid.value()).isEmpty();
    assertThat(problems("[module]", "name=../x"))
        .containsExactly("2: invalid-module-name: invalid module name '../x': use letters, digits and '_' only");
  }

  @Test
  void parse_moduleKeys_badValues() {
    assertThat(problems(module("load=maybe", "unload_module=perhaps", "block_unload=1", "load_module=yes", "name=y",
        "block_unload=")))
        .containsExactly(
            "3: bad-load-result: expected 'success', 'decline' or 'failure' for 'load', found 'maybe'",
            "4: bad-boolean: expected 'yes' or 'no' for 'unload_module', found 'perhaps'",
            "5: bad-boolean: expected 'yes' or 'no' for 'block_unload', found '1'",
            "6: unknown-key: unknown key 'load_module' in [module]: expected name, load, unload_module or block_unload",
            "7: duplicate-key: duplicate key 'name' in [module], first set at x.so:2",
            "8: duplicate-key: duplicate key 'block_unload' in [module], first set at x.so:5");
    assertThat(problems(module("load=")))
        .containsExactly("3: empty-value: empty value for 'load' in [module]");
  }

  @Test
  void parse_badLines_areLeftOut_theRestKept() {
    FakeBinary binary = parse(module("load=maybe", "[registers]", "aplication=Dial", "application=Dial")).orElseThrow();
    assertThat(binary.loadResult()).isEqualTo(LoadResult.SUCCESS);
    assertThat(binary.registers()).containsExactly(new Registered("application", "Dial"));
  }

  @Test
  void parse_unknownSection() {
    assertThat(problems(module("[provides]", "application=Dial"))).containsExactly(
        "3: unknown-section: unknown section [provides]: expected [module], [registers], [threadstorage],"
            + " [threads], [optional_api] or [adversarial]");
  }

  @Test
  void parse_registers_problems() {
    assertThat(problems(module("[registers]",
        "aplication=Dial",
        "application=",
        "application=Dial",
        "Application=DIAL",
        "module=x",
        "service=timing",
        "service=application:Dial",
        "service=module:x",
        "service=:x",
        "cli=>weird")))
        .containsExactly(
            "4: unknown-key: unknown key 'aplication' in [registers]: expected application, function, cli,"
                + " manager, agi, channel_tech, realtime or service",
            "5: empty-value: empty value for 'application' in [registers]",
            "7: duplicate-entry: 'application=DIAL' is listed twice in [registers], first at x.so:6",
            "8: unknown-key: unknown key 'module' in [registers]: expected application, function, cli,"
                + " manager, agi, channel_tech, realtime or service",
            "9: bad-service: expected 'kind:name' with a service kind for 'service', found 'timing',"
                + " e.g. 'service=timing:timerfd'",
            "10: bad-service: expected 'kind:name' with a service kind for 'service', found 'application:Dial',"
                + " e.g. 'service=timing:timerfd'",
            "11: bad-service: expected 'kind:name' with a service kind for 'service', found 'module:x',"
                + " e.g. 'service=timing:timerfd'",
            "12: bad-service: expected 'kind:name' with a service kind for 'service', found ':x',"
                + " e.g. 'service=timing:timerfd'");
  }

  @Test
  void parse_registers_arrowValueIsTheConfSyntaxs() {
    // 'cli=>weird' is the arrow form of 'cli = weird': the config syntax decides, not this format.
    assertThat(parse(module("[registers]", "cli=>weird")).orElseThrow().registers())
        .containsExactly(new Registered("cli", "weird"));
  }

  @Test
  void parse_registers_nameTooLong() {
    String longName = "A".repeat(BinarySyntax.TEXT_CHARS_MAX + 1);
    assertThat(problems(module("[registers]", "application=" + longName))).containsExactly(
        "4: bad-name: '" + longName.substring(0, 60) + "...' cannot be registered as application: it is 257"
            + " characters long, the limit is 256");
  }

  @Test
  void parse_threadStorage_problems() {
    assertThat(problems(module("[threadstorage]", "key=a b", "key=buf:free", "key=buf", "key=buf:destructor",
        "destructor=buf", "key=")))
        .containsExactly(
            "4: bad-name: 'a b' is not a threadstorage key: use letters, digits and '_' only",
            "5: bad-option: unknown option 'free' for threadstorage key 'buf': expected 'destructor'",
            "7: duplicate-entry: threadstorage key 'buf' is listed twice in [threadstorage], first at x.so:6",
            "8: unknown-key: unknown key 'destructor' in [threadstorage]: expected key",
            "9: empty-value: empty value for 'key' in [threadstorage]");
  }

  @Test
  void parse_threads_problems() {
    assertThat(problems(module("[threads]", "thread=mon-1", "thread=mon:using=buf", "thread=mon:uses=b c",
        "thread=io:uses=nowhere", "thread=mon", "thread=mon", "worker=w", "[threadstorage]", "key=buf")))
        .containsExactly(
            "4: bad-name: 'mon-1' is not a thread name: use letters, digits and '_' only",
            "5: bad-option: unknown option 'using=buf' for thread 'mon': expected 'uses=<key>'",
            "6: bad-name: 'b c' is not a threadstorage key: use letters, digits and '_' only",
            "7: unknown-storage-key: thread 'io' uses threadstorage key 'nowhere', which [threadstorage] does not declare",
            "9: duplicate-entry: thread 'mon' is listed twice in [threads], first at x.so:8",
            "10: unknown-key: unknown key 'worker' in [threads]: expected thread");
  }

  @Test
  void parse_threads_keyDeclaredBelow_isFine_undeclaredThreadDropped() {
    FakeBinary binary = parse(module("[threads]", "thread=io:uses=buf", "thread=lost:uses=nope",
        "[threadstorage]", "key=buf:destructor")).orElseThrow();
    assertThat(binary.threads()).containsExactly(BinaryThread.using("io", "buf"));
  }

  @Test
  void parse_optionalApi_problems() {
    assertThat(problems(module("[optional_api]", "exports=ast sign", "exports=ast_sign", "exports=ast_sign",
        "calls=res_crypto", "calls=../x:ast_sign", "calls=res_crypto:ast-sign", "calls=res_crypto:ast_sign",
        "calls=RES_CRYPTO.so:ast_sign", "imports=x")))
        .containsExactly(
            "4: bad-name: 'ast sign' is not a optional api name: use letters, digits and '_' only",
            "6: duplicate-entry: 'exports=ast_sign' is listed twice in [optional_api], first at x.so:5",
            "7: bad-call: expected 'provider:api' for 'calls', found 'res_crypto'",
            "8: invalid-module-name: invalid module name '../x': use letters, digits and '_' only",
            "9: bad-name: 'ast-sign' is not a optional api name: use letters, digits and '_' only",
            "11: duplicate-entry: 'calls=RES_CRYPTO:ast_sign' is listed twice in [optional_api], first at x.so:10",
            "12: unknown-key: unknown key 'imports' in [optional_api]: expected exports or calls");
  }

  @Test
  void parse_adversarial_problems() {
    assertThat(problems(module("[adversarial]", "user_of=res y", "user_of=res_y", "user_of=RES_Y.so",
        "cancel=later", "cancel=delay:3", "cancel=ignore", "cancel=release", "cancel=",
        "on_load=boot res_y", "on_load=unload -x res_y", "on_unload=load", "on_cancel=load ../y", "on_crash=load y")))
        .containsExactly(
            "4: invalid-module-name: invalid module name 'res y': use letters, digits and '_' only",
            "6: duplicate-entry: 'user_of=RES_Y' is listed twice in [adversarial], first at x.so:5",
            "7: bad-cancel: expected 'release', 'ignore' or 'delay:N' (N from 1 to 10000) for 'cancel', found 'later'",
            "8: duplicate-key: duplicate key 'cancel' in [adversarial], first set at x.so:7",
            "9: duplicate-key: duplicate key 'cancel' in [adversarial], first set at x.so:7",
            "10: duplicate-key: duplicate key 'cancel' in [adversarial], first set at x.so:7",
            "11: empty-value: empty value for 'cancel' in [adversarial]",
            "12: bad-engine-call: expected 'load X', 'unload X', 'unload -f X' or 'reload X' for 'on_load',"
                + " found 'boot res_y'",
            "13: bad-engine-call: expected 'load X', 'unload X', 'unload -f X' or 'reload X' for 'on_load',"
                + " found 'unload -x res_y'",
            "14: bad-engine-call: expected 'load X', 'unload X', 'unload -f X' or 'reload X' for 'on_unload',"
                + " found 'load'",
            "15: bad-engine-call: expected 'load X', 'unload X', 'unload -f X' or 'reload X' for 'on_cancel',"
                + " found 'load ../y'",
            "16: unknown-key: unknown key 'on_crash' in [adversarial]: expected user_of, cancel, on_load,"
                + " on_unload or on_cancel");
  }

  @Test
  void parse_adversarial_delayOutOfRange() {
    for (String delay : List.of("delay:0", "delay:10001", "delay:", "delay:-1", "delay:1x", "Delay:3")) {
      assertThat(problems(module("[adversarial]", "cancel=" + delay))).containsExactly("4: bad-cancel: expected"
          + " 'release', 'ignore' or 'delay:N' (N from 1 to 10000) for 'cancel', found '" + delay + "'");
    }
    assertThat(parse(module("[adversarial]", "cancel=delay:10000")).orElseThrow().adversarial().cancel())
        .isEqualTo(Disposal.delay(10_000));
  }

  @Test
  void parse_adversarial_firstCancelWins_callsMayRepeat() {
    FakeBinary binary = parse(module("[adversarial]", "cancel=ignore", "cancel=release", "on_load=load y",
        "on_load=load y")).orElseThrow();
    assertThat(binary.adversarial().cancel()).isEqualTo(Disposal.IGNORE);
    assertThat(binary.adversarial().onLoad()).hasSize(2);
  }

  @Test
  void parse_syntaxErrors_comeWithTheirLines() {
    assertThat(problems("[module]", "name=x", "[registers", "application=Dial", "[threads]", "just words"))
        .containsExactly(
            "3: unclosed-section: section header has no closing ']'",
            "6: not-an-entry: expected 'key = value' or 'key => value', found 'just words'");
  }

  @Test
  void parse_manyErrors_stopsAtTheLimit() {
    ConfLimits limits = new ConfLimits(ConfLimits.DEFAULTS.fileBytesMax(), 8192, 10, 3);
    String text = "[module]\nname=x\nload=a\nunload_module=b\nblock_unload=c\n[registers]\nnope=1\nnope=2\n";
    Parsed<FakeBinary> parsed = new FakeBinaryParser(limits).parseText(FILE, text);
    assertThat(parsed.diagnostics()).extracting(d -> d.location().line() + ": " + d.code())
        .containsExactly("3: bad-load-result", "4: bad-boolean", "5: bad-boolean", "7: too-many-errors");
  }

  @Test
  void parse_file_nameMustMatchFileName() throws IOException {
    try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
      Path good = fs.getPath("/m/Chan_X.so");
      Path bad = fs.getPath("/m/chan_y.so");
      Path odd = fs.getPath("/m/chan_x.bin");
      Files.createDirectories(good.getParent());
      for (Path file : List.of(good, bad, odd)) {
        Files.writeString(file, "[module]\nname=chan_x\n", StandardCharsets.UTF_8);
      }
      FakeBinaryParser parser = new FakeBinaryParser();
      assertThat(parser.parse(good).diagnostics()).isEmpty();
      assertThat(parser.parse(bad).diagnostics()).extracting(Diagnostic::toString)
          .containsExactly("/m/chan_y.so:2: error: binary says name=chan_x but its file is chan_y.so [name-mismatch]");
      assertThat(parser.parse(odd).diagnostics()).extracting(Diagnostic::code).containsExactly("name-mismatch");
      assertThat(parser.parse(fs.getPath("/m/none.so")).diagnostics()).extracting(Diagnostic::toString)
          .containsExactly("/m/none.so: error: file not found [file-not-found]");
      assertThat(parser.parse(bad).value()).map(FakeBinary::name).contains(ModuleName.of("chan_x"));
    }
  }

  @Test
  void readmeExample_parsesClean() throws IOException {
    Path readme = Path.of(System.getProperty("loaderlab.fixtures", "../fixtures")).resolve("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int section = text.indexOf("## The fake `.so` format");
    int start = text.indexOf("```\n", section) + 4;
    String example = text.substring(start, text.indexOf("```", start));
    Parsed<FakeBinary> parsed = new FakeBinaryParser().parseText("README.md", example);
    assertThat(parsed.diagnostics()).isEmpty();
    FakeBinary binary = parsed.orElseThrow();
    assertThat(binary.registers()).hasSize(8);
    assertThat(binary.threads()).hasSize(2);
    assertThat(binary.adversarial().onCancel()).hasSize(1);
  }

  @Test
  void parseText_neverChecksAFileName() {
    assertThat(new FakeBinaryParser().parseText("other.so", "[module]\nname=x\n").diagnostics()).isEmpty();
    assertThat(parse("[module]", "name=x").value()).map(FakeBinary::name).isEqualTo(Optional.of(ModuleName.of("x")));
  }
}
