/**
 * The test kit for engine tests: an in-memory {@link org.loaderlab.engine.spi.Linker} that
 * knows which libs are open, scripted module code, a writer of module catalogs with true
 * checksums, and a runtime whose tasks run only when the test says so. Every engine test
 * package may use it, building its own small fixture on top (as the lifecycle tests' world
 * does); nothing here is shipped.
 */
package org.loaderlab.engine.testkit;
