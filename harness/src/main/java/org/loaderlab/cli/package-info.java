/** The {@code loaderlab} command line: picocli commands over the engine and the harness. */
package org.loaderlab.cli;
