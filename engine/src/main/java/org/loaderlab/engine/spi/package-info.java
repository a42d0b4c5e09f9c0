/**
 * What the engine needs from the world it runs in, and what it offers module code: a
 * {@link org.loaderlab.engine.spi.Linker} that opens module binaries, a
 * {@link org.loaderlab.engine.spi.Runtime} that runs asynchronous work, and the
 * {@link org.loaderlab.engine.spi.ModuleCode} entry points with their
 * {@link org.loaderlab.engine.spi.ModuleContext}. Production and the harness each implement these.
 */
package org.loaderlab.engine.spi;
