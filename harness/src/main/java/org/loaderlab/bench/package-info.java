/**
 * Benchmarks behind {@code loaderlab bench}: JMH measures, this package generates the inputs
 * and prints medians with a ratio against a baseline measured in the same run.
 */
package org.loaderlab.bench;
