package org.loaderlab.world;

import java.util.Optional;

/** The names a world's folders and files may have: one path element each, so nothing escapes the world. */
final class WorldNames {

  /** NAME_MAX of most file systems. */
  static final int FILE_NAME_CHARS_MAX = 255;

  private WorldNames() {}

  static Optional<String> worldNameProblem(String name) {
    if (name.isEmpty() || name.length() > FILE_NAME_CHARS_MAX || !name.chars().allMatch(WorldNames::isWordOrDash)) {
      return Optional.of("invalid world name '" + name + "': use letters, digits, '_' and '-' only");
    }
    return Optional.empty();
  }

  static String requireFileName(String fileName) {
    boolean element = !fileName.isEmpty() && fileName.length() <= FILE_NAME_CHARS_MAX
        && !fileName.equals(".") && !fileName.equals("..")
        && fileName.indexOf('/') < 0 && fileName.indexOf('\\') < 0 && fileName.indexOf('\0') < 0;
    if (!element) {
      throw new IllegalArgumentException("invalid file name '" + fileName + "': one file of the folder, no path");
    }
    return fileName;
  }

  private static boolean isWordOrDash(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  }
}
