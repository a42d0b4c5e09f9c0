/**
 * One end-to-end scenario per violation kind: a small world, a fixed action list, the oracles
 * reporting the kind against the known-bad legacy loader and nothing on the engine (or, where
 * no loader can prevent it, on both, said in the test). {@code ViolationCoverageTest} keeps the
 * suite complete.
 */
package org.loaderlab.violations;
