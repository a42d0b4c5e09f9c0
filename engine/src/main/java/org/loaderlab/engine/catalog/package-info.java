/**
 * Discovery: what modules a modules folder holds. Pairs {@code name.manifest} with
 * {@code name.so}, tells embedded modules (no binary) from orphan binaries (no manifest), and
 * verifies checksums. Works on any {@link java.nio.file.Path}: the real disk or Jimfs.
 */
package org.loaderlab.engine.catalog;
