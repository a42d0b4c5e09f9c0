/**
 * The administrator's side of a module loader: Asterisk's CLI commands ({@code module load},
 * {@code module show}, {@code core stop}, ...) interpreted over a
 * {@link org.loaderlab.engine.lifecycle.ModuleLoader}, and plans rendered for people (an
 * indented text) and for tools (JSON with a stable schema).
 */
package org.loaderlab.engine.admin;
