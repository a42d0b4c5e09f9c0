/**
 * A module world on an in-memory file system (Jimfs): an Asterisk installation's
 * {@code modules/} and {@code etc/}, copied from a fixture folder or written from a generated
 * {@link org.loaderlab.world.WorldSpec}, checked before any simulation starts, and handed to the
 * engine as plain {@link java.nio.file.Path}s. Tests may change it while the engine runs (hot
 * install, edited manifests, replaced binaries).
 */
package org.loaderlab.world;
