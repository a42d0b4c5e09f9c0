/**
 * The simulation driver: seeded random actions (loads, unloads, calls, thread exits, dialplan
 * reloads, hot installs, shutdown), optionally with every release postponed, run by actors on the
 * deterministic simulation runtime against a loader in a fake world, recorded as one
 * deterministic trace and judged. {@link org.loaderlab.simulate.Simulation} runs one;
 * {@link org.loaderlab.simulate.LoaderFactory} and {@link org.loaderlab.simulate.Judge} are where
 * other loaders and the oracles plug in.
 */
package org.loaderlab.simulate;
