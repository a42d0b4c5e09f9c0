package org.loaderlab.engine.generate;

/** The two special comment blocks of an Asterisk source, opened by {@code /*** NAME}. */
enum BlockKind {
  /** Build and load facts: {@code <use>}, {@code <support_level>}, {@code <load_priority>}, ... */
  MODULEINFO,
  /** XML documentation: the applications, functions, AGI commands and manager actions provided. */
  DOCUMENTATION;

  /** The block's keyword, as written after {@code /***}. */
  String keyword() {
    return name();
  }
}
