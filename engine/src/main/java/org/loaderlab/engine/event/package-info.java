/**
 * The typed, immutable events the engine reports for every transition, in the order they
 * happened. The harness rebuilds the truth from these and from the linker's own observations;
 * it never asks the engine whether it is fine.
 */
package org.loaderlab.engine.event;
