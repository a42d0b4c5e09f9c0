/**
 * Problems found in user input, each tied to a file and line: what every parser returns
 * instead of throwing at a user.
 */
package org.loaderlab.engine.diagnostic;
