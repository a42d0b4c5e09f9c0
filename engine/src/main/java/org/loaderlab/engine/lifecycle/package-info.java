/**
 * The lifecycle: reference-counted libs and instances with named holders, users with cancel
 * callbacks, the registry of applications and functions, and the engine that plans each
 * operation and then applies it, one at a time, with no module code run under its lock.
 */
package org.loaderlab.engine.lifecycle;
