/**
 * What the administrator configured, read from Asterisk's own files: {@code modules.conf}
 * ({@link org.loaderlab.engine.config.ModulesConfParser}: what to load, require, ban, and
 * admin-declared dependencies), {@code extconfig.conf}
 * ({@link org.loaderlab.engine.config.ExtConfigParser}: which realtime driver serves a config file
 * or family) and {@code extensions.conf} ({@link org.loaderlab.engine.config.DialplanParser}:
 * which applications and functions the dialplan uses).
 *
 * <p>The syntax is {@link org.loaderlab.engine.conf}'s; this package gives the keys their meaning.
 * Every parser returns a value plus {@link org.loaderlab.engine.diagnostic.Diagnostic}s at
 * file:line and never throws at a user; every value keeps the location of each line it came
 * from, so later checks can say "chan_sip requires cdr_custom because modules.conf:12".
 */
package org.loaderlab.engine.config;
