/**
 * The oracles: rebuild the truth of one run from the engine's event trace and the fake world's
 * own observations, beside the world's facts, and report typed {@link org.loaderlab.oracle.Violation}s.
 * They never ask the engine whether it is fine.
 *
 * <p>The map: a {@link org.loaderlab.oracle.TraceRecorder} listens to the engine and reads the
 * linker's log into a {@link org.loaderlab.oracle.Trace} (entries interleaved by step, checkpoints
 * of quiescence, the operations asked with their dry runs, the simulator's run results), next to
 * {@link org.loaderlab.oracle.WorldFacts} (manifests, modules.conf, extconfig, tampered binaries,
 * threadstorage destructors). Each {@link org.loaderlab.oracle.Oracle} is one family, pure: a
 * trace in, violations out. {@link org.loaderlab.oracle.Oracles#all()} runs them all in a fixed
 * order and sorts what they find by step, then kind.
 *
 * <p>Behind them, package-private: a ledger that replays holders, phases, mappings, threads and
 * users entry by entry, walked once for all the oracles that read it; the split of a trace into
 * operation windows; the needs graph of the facts.
 */
package org.loaderlab.oracle;
