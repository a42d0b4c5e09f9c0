/**
 * What the fake world itself saw, never what the engine says: libs mapped and unmapped, module
 * code that ran (or would have run in an unmapped lib: a simulated segfault), threads, uses taken
 * by module code, calls module code made into the engine, channels. The oracles read this
 * {@link org.loaderlab.observe.ObservationLog} next to the engine's event trace.
 */
package org.loaderlab.observe;
