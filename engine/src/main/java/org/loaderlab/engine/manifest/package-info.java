/**
 * What a module says about itself: its name, the {@code name.manifest} model ({@code [module]},
 * {@code [uses]}, {@code [canuse]}, {@code [provides]}), and the parser and writer of that file.
 */
package org.loaderlab.engine.manifest;
