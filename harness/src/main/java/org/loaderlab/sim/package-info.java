/**
 * The deterministic simulation runtime: the engine's {@code Runtime} and the world's actors
 * (channels, module threads, admin commands) as tasks run one step at a time on one thread, in an
 * order a swappable scheduler draws from the run's tape, on a virtual clock; every decision
 * recorded, replayable, and a hang a typed result. {@link org.loaderlab.sim.SimRuntime} maps it.
 */
package org.loaderlab.sim;
