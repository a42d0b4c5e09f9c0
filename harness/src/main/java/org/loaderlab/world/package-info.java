/**
 * A module world on an in-memory file system (Jimfs): an Asterisk installation's
 * {@code modules/} and {@code etc/}, copied from a fixture folder or written from a
 * {@link org.loaderlab.world.WorldSpec} (by hand, or by {@link org.loaderlab.world.WorldGen} from
 * a seed, with a share of adversarial and lying modules), checked before any simulation starts,
 * and handed to the engine as plain {@link java.nio.file.Path}s. Tests may change it while the
 * engine runs (hot install, edited manifests, replaced binaries).
 */
package org.loaderlab.world;
