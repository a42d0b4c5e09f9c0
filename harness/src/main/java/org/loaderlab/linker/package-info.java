/**
 * The fake linker: maps fake {@code .so} files into a simulated address space, interprets their
 * code for the engine ({@link org.loaderlab.engine.spi.ModuleCode}), and runs every piece of
 * module code through one guard that knows, at every step, which libs are mapped. Code called in an
 * unmapped lib is a simulated segfault: recorded, not run, and the world goes on.
 */
package org.loaderlab.linker;
