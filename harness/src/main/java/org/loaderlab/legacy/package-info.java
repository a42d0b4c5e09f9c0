/**
 * A known-bad loader: a compact, deliberately unsafe model of Asterisk's module loader as it is
 * today (a use count instead of users; no references for optional APIs, channel technologies,
 * registrations or threadstorage; {@code dlclose} as soon as a module is unloaded), behind the
 * same {@link org.loaderlab.engine.lifecycle.ModuleLoader} interface and emitting the same events
 * as the engine, so the harness's oracles can be shown to fire. {@link org.loaderlab.legacy.LegacyLoader}
 * maps it; {@link org.loaderlab.legacy.LegacyFaults} switches on bugs past and present.
 */
package org.loaderlab.legacy;
