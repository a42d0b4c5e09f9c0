package org.loaderlab.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loaderlab.binary.FakeBinary;
import org.loaderlab.engine.conf.ConfLimits;
import org.loaderlab.engine.manifest.Manifest;
import org.loaderlab.engine.manifest.ManifestParser;
import org.loaderlab.engine.manifest.ModuleName;
import org.loaderlab.engine.manifest.Requirement;
import org.loaderlab.observe.ObservationLog;
import org.loaderlab.oracle.WorldFacts;
import org.loaderlab.world.World;

/**
 * Goal: each hot-install write lands in the world's files as the loader will find it (a whole new
 * module, a manifest with one more need and nothing else changed, a binary whose checksum no
 * longer matches), and is recorded at its step, in order, and traced; a write whose file cannot be
 * read back is traced and left alone, never recorded or thrown. Method: a copy of
 * fixtures/worlds/seed (chan_sip has a binary, cdr is embedded).
 */
class WorldWritesTest {

  private static final ModuleName CHAN_SIP = ModuleName.of("chan_sip");
  private static final ModuleName CDR = ModuleName.of("cdr");
  private static final ModuleName HOT_1 = ModuleName.of("hot_1");

  private final long[] step = {4};
  private World world;
  private TraceRecorder trace;
  private WorldWrites writes;

  @BeforeEach
  void setUp() {
    world = World.fromFolder(DeterminismTest.FIXTURES.resolve("worlds/seed")).orElseThrow();
    trace = new TraceRecorder(() -> step[0], new ObservationLog());
    writes = new WorldWrites(world, trace);
  }

  @AfterEach
  void tearDown() {
    world.close();
  }

  private Manifest manifestOf(ModuleName module) {
    return new ManifestParser(ConfLimits.DEFAULTS).parse(world.manifestOf(module)).orElseThrow().manifest();
  }

  private String traced() {
    return trace.render("h", List.of(), "");
  }

  private String read(ModuleName module) throws IOException {
    return Files.readString(world.binaryOf(module), StandardCharsets.UTF_8);
  }

  @Test
  void install_wholeModuleWritten_recordedAndTraced() {
    Manifest manifest = Manifest.minimal(HOT_1);
    writes.install(new Action.Install(manifest, FakeBinary.plain(HOT_1)), 4);
    assertThat(world.binaryOf(HOT_1)).isRegularFile();
    assertThat(manifestOf(HOT_1).checksum()).isPresent();
    assertThat(WorldFacts.read(world).orElseThrow().tampered()).doesNotContain(HOT_1);
    assertThat(writes.changes()).containsExactly(new WorldChange(WorldChange.Kind.INSTALLED, HOT_1, 4));
    assertThat(traced()).contains("step 4  world: installed hot_1.so and hot_1.manifest\n");
  }

  @Test
  void edit_oneMoreNeed_restKept() {
    Manifest before = manifestOf(CHAN_SIP);
    Requirement added = Requirement.module(CDR);
    writes.edit(new Action.EditManifest(CHAN_SIP, added), 7);
    Manifest after = manifestOf(CHAN_SIP);
    assertThat(after.uses()).containsAll(before.uses()).contains(added).hasSize(before.uses().size() + 1);
    assertThat(after.checksum()).isEqualTo(before.checksum());
    assertThat(after.provides()).isEqualTo(before.provides());
    assertThat(after.canUse()).isEqualTo(before.canUse());
    assertThat(writes.changes()).containsExactly(new WorldChange(WorldChange.Kind.MANIFEST_EDITED, CHAN_SIP, 7));
    assertThat(traced()).contains("world: chan_sip.manifest now uses " + added);
  }

  @Test
  void edit_needAlreadyThere_notDoubled_stillRecorded() {
    Requirement added = Requirement.module(CDR);
    writes.edit(new Action.EditManifest(CHAN_SIP, added), 1);
    writes.edit(new Action.EditManifest(CHAN_SIP, added), 2);
    assertThat(manifestOf(CHAN_SIP).uses()).containsOnlyOnce(added);
    assertThat(writes.changes()).extracting(WorldChange::stepIndex).containsExactly(1L, 2L);
  }

  @Test
  void edit_unreadableManifest_tracedLeftAlone_notRecorded() throws IOException {
    world.writeModuleFile("hot_1.manifest", "[module\n");
    writes.edit(new Action.EditManifest(HOT_1, Requirement.module(CDR)), 3);
    assertThat(Files.readString(world.manifestOf(HOT_1), StandardCharsets.UTF_8)).isEqualTo("[module\n");
    assertThat(writes.changes()).isEmpty();
    assertThat(traced()).contains("world: hot_1.manifest unreadable, not edited: ");
  }

  @Test
  void replace_binaryRebuilt_checksumNoLongerMatches() throws IOException {
    String before = read(CHAN_SIP);
    writes.replace(new Action.ReplaceBinary(CHAN_SIP), 9);
    assertThat(read(CHAN_SIP)).isEqualTo(before + WorldWrites.REBUILT_LINE);
    assertThat(WorldFacts.read(world).orElseThrow().tampered()).contains(CHAN_SIP);
    assertThat(writes.changes()).containsExactly(new WorldChange(WorldChange.Kind.BINARY_REPLACED, CHAN_SIP, 9));
    assertThat(traced()).contains("world: chan_sip.so replaced, its checksum no longer matches");
  }

  @Test
  void replace_noBinary_tracedNotRecorded() {
    writes.replace(new Action.ReplaceBinary(CDR), 2);
    assertThat(world.binaryOf(CDR)).doesNotExist();
    assertThat(writes.changes()).isEmpty();
    assertThat(traced()).contains("world: cdr.so missing, not replaced");
  }

  @Test
  void changes_inOrder_aSnapshot() {
    List<WorldChange> early = writes.changes();
    writes.replace(new Action.ReplaceBinary(CHAN_SIP), 5);
    writes.install(new Action.Install(Manifest.minimal(HOT_1), FakeBinary.plain(HOT_1)), 6);
    assertThat(early).isEmpty();
    assertThat(writes.changes()).extracting(WorldChange::kind)
        .containsExactly(WorldChange.Kind.BINARY_REPLACED, WorldChange.Kind.INSTALLED);
  }
}
