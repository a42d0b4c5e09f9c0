/**
 * The fake {@code .so} format: a small text file, in Asterisk config syntax, that says what a
 * module's code does when it is loaded and run. {@link org.loaderlab.binary.FakeBinaryParser}
 * reads it with file:line diagnostics, {@link org.loaderlab.binary.FakeBinaryWriter} writes it
 * back, and {@link org.loaderlab.binary.FakeBinary} is the value between them. The format is
 * documented in {@code fixtures/README.md}.
 */
package org.loaderlab.binary;
