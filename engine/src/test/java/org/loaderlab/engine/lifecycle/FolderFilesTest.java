package org.loaderlab.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Goal: two readings of a folder are the same only when a catalog scan of it would be, told by
 * names and manifest metadata (the listing skipped only while the folder's own time and file key
 * stay), and a folder that cannot be compared safely gives no reading at all. Each test writes a small Jimfs folder, whose clock ticks a millisecond per file stamp (as
 * the harness's worlds do), reads it, changes one thing and compares.
 */
class FolderFilesTest {

  private final AtomicLong ticks = new AtomicLong();
  private final FileSystem fs = Jimfs.newFileSystem(Configuration.unix().toBuilder()
      .setFileTimeSource(() -> FileTime.fromMillis(ticks.incrementAndGet())).build());
  private final Path folder = fs.getPath("/modules");

  FolderFilesTest() throws IOException {
    Files.createDirectories(folder);
    write("chan_sip.manifest", "[module]\nname=chan_sip\n");
    write("chan_sip.so", "code");
  }

  @AfterEach
  void close() throws IOException {
    fs.close();
  }

  @Test
  void sameAs_nothingChanged_isTrue() {
    assertThat(read().sameAs(read())).isTrue();
  }

  @Test
  void sameAs_manifestBytesChanged_isFalse() throws IOException {
    FolderFiles before = read();
    write("chan_sip.manifest", "[module]\nname=chan_sip\ndescription=x\n");

    assertThat(read().sameAs(before)).isFalse();
  }

  @Test
  void sameAs_binaryAddedOrRemoved_isFalse() throws IOException {
    FolderFiles before = read();
    Files.delete(folder.resolve("chan_sip.so"));

    assertThat(read().sameAs(before)).isFalse();
  }

  @Test
  void sameAs_manifestRewrittenToTheSameSize_isFalse() throws IOException {
    FolderFiles before = read();
    write("chan_sip.manifest", "[module]\nname=chan_sIp\n");

    assertThat(read().sameAs(before)).isFalse();
  }

  @Test
  void sameAs_manifestReplacedByAFolder_isFalse() throws IOException {
    FolderFiles before = read();
    Files.delete(folder.resolve("chan_sip.manifest"));
    Files.createDirectory(folder.resolve("chan_sip.manifest"));

    assertThat(read().sameAs(before)).isFalse();
  }

  @Test
  void sameAs_binaryRewritten_isTrue() throws IOException {
    // The scan records a binary by name and never reads it, so its bytes cannot change the catalog.
    FolderFiles before = read();
    write("chan_sip.so", "other code");

    assertThat(read().sameAs(before)).isTrue();
  }

  @Test
  void sameAs_editKeepingSizeAndTime_isTrue() throws IOException {
    // The quick check's documented limit: same file, same size, same time reads as unchanged.
    Path manifest = folder.resolve("chan_sip.manifest");
    FileTime time = Files.getLastModifiedTime(manifest);
    FolderFiles before = read();
    write("chan_sip.manifest", "[module]\nname=chan_sIp\n");
    Files.setLastModifiedTime(manifest, time);

    assertThat(read().sameAs(before)).isTrue();
  }

  @Test
  void read_earlierReadingGiven_sameResult() throws IOException {
    FolderFiles first = read();
    write("res_rtp.manifest", "[module]\nname=res_rtp\n");

    FolderFiles fresh = read();
    FolderFiles reusing = FolderFiles.read(folder, Optional.of(first)).orElseThrow();

    assertThat(reusing.sameAs(fresh)).isTrue();
    assertThat(reusing.sameAs(first)).isFalse();
  }

  @Test
  void jimfs_entryAddedRemovedOrRenamed_movesTheFolderTime_aRewriteDoesNot() throws IOException {
    // What the listing is skipped on: on Jimfs (as on POSIX) the folder's own time moves when an
    // entry comes, goes or is renamed, and stays when a file in it is rewritten.
    FileTime start = folderTime();
    write("res_rtp.manifest", "[module]\nname=res_rtp\n");
    FileTime added = folderTime();
    Files.move(folder.resolve("res_rtp.manifest"), folder.resolve("res_srtp.manifest"));
    FileTime renamed = folderTime();
    Files.delete(folder.resolve("res_srtp.manifest"));
    FileTime removed = folderTime();
    write("chan_sip.manifest", "[module]\nname=chan_sip\ndescription=x\n");

    assertThat(added).isGreaterThan(start);
    assertThat(renamed).isGreaterThan(added);
    assertThat(removed).isGreaterThan(renamed);
    assertThat(folderTime()).isEqualTo(removed);
  }

  @Test
  void read_folderAndManifestsUnchanged_givesTheKnownReading() {
    FolderFiles first = read();

    assertThat(FolderFiles.read(folder, Optional.of(first))).containsSame(first);
  }

  @Test
  void read_manifestRewrittenFolderTimeKept_seesTheEdit() throws IOException {
    FolderFiles first = read();
    write("chan_sip.manifest", "[module]\nname=chan_sIp\n");

    assertThat(FolderFiles.read(folder, Optional.of(first)).orElseThrow().sameAs(first)).isFalse();
  }

  @Test
  void read_entryAddedOrRenamed_listsAgain() throws IOException {
    FolderFiles first = read();
    write("res_rtp.so", "code");
    FolderFiles added = FolderFiles.read(folder, Optional.of(first)).orElseThrow();
    Files.move(folder.resolve("res_rtp.so"), folder.resolve("res_srtp.so"));
    FolderFiles renamed = FolderFiles.read(folder, Optional.of(added)).orElseThrow();

    assertThat(added.sameAs(first)).isFalse();
    assertThat(renamed.sameAs(added)).isFalse();
    assertThat(renamed.sameAs(read())).isTrue();
  }

  @Test
  void read_entryAddedWithinTheFolderTime_unseen() throws IOException {
    // The documented limit (make's): an entry added without moving the folder's time is not listed.
    FileTime time = folderTime();
    FolderFiles first = read();
    write("res_rtp.manifest", "[module]\nname=res_rtp\n");
    Files.setLastModifiedTime(folder, time);

    assertThat(FolderFiles.read(folder, Optional.of(first))).containsSame(first);
    assertThat(read().sameAs(first)).isFalse();
  }

  @Test
  void read_folderReplacedByAnother_listsAgain() throws IOException {
    // Same name and time, another folder (file key): the known reading is of the old one.
    FileTime time = folderTime();
    FolderFiles first = read();
    Files.move(folder, fs.getPath("/old"));
    Files.createDirectory(folder);
    Files.setLastModifiedTime(folder, time);

    assertThat(FolderFiles.read(folder, Optional.of(first)).orElseThrow().sameAs(first)).isFalse();
  }

  @Test
  void read_manifestThatMayInclude_givesNoReading() throws IOException {
    write("chan_sip.manifest", "[module]\nname=chan_sip\n#tryinclude extra.conf\n");

    assertThat(FolderFiles.read(folder, Optional.empty())).isEmpty();
  }

  @Test
  void read_tooManyFiles_givesNoReading() throws IOException {
    for (int index = 0; index < FolderFiles.FILES_MAX; index++) {
      write("x" + index + ".so", "");
    }

    assertThat(FolderFiles.read(folder, Optional.empty())).isEmpty();
  }

  @Test
  void read_manifestEditedToIncludeUnseen_keepsTheEarlierCheck() throws IOException {
    // Bytes are read only for a new or changed stamp: an include slipped in within the limit is not seen.
    Path manifest = folder.resolve("chan_sip.manifest");
    FileTime time = Files.getLastModifiedTime(manifest);
    FolderFiles first = read();
    write("chan_sip.manifest", "[module]\n#include xxxx\n");
    Files.setLastModifiedTime(manifest, time);

    assertThat(FolderFiles.read(folder, Optional.of(first))).isPresent();
    assertThat(FolderFiles.read(folder, Optional.empty())).isEmpty();
  }

  @Test
  void read_missingFolder_givesNoReading() {
    assertThat(FolderFiles.read(fs.getPath("/nowhere"), Optional.empty())).isEmpty();
  }

  @Test
  void mayInclude_everySpellingEqualsIgnoreCaseAccepts() {
    assertThat(FolderFiles.mayInclude(bytes("#include a.conf"))).isTrue();
    assertThat(FolderFiles.mayInclude(bytes("#TRYINCLUDE a.conf"))).isTrue();
    // A dotless i folds to I, so String.equalsIgnoreCase takes this for #include.
    assertThat("#\u0131nclude".equalsIgnoreCase("#include")).isTrue();
    assertThat(FolderFiles.mayInclude(bytes("#\u0131nclude a.conf"))).isTrue();
    assertThat(FolderFiles.mayInclude(bytes("[module]\nname=chan_sip\n"))).isFalse();
    assertThat(FolderFiles.mayInclude(bytes("nclud"))).isFalse();
  }

  private FileTime folderTime() throws IOException {
    return Files.getLastModifiedTime(folder);
  }

  private FolderFiles read() {
    return FolderFiles.read(folder, Optional.empty()).orElseThrow();
  }

  private void write(String file, String text) throws IOException {
    Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
