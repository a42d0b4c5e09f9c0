/**
 * {@code manifest check}, the seed's {@code make check}: every problem of a modules folder (or a
 * whole world with its {@code etc/}) in one report, each with file and line.
 */
package org.loaderlab.engine.check;
