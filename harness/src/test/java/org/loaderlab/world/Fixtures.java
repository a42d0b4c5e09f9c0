package org.loaderlab.world;

import java.nio.file.Path;

/** Where the fixture folders are: Maven sets {@code loaderlab.fixtures}; an IDE run falls back to the sibling folder. */
final class Fixtures {

  private Fixtures() {}

  static Path root() {
    return Path.of(System.getProperty("loaderlab.fixtures", "../fixtures"));
  }

  static Path world(String name) {
    return root().resolve("worlds").resolve(name);
  }
}
