/**
 * The production {@link org.loaderlab.engine.spi.Runtime}: the engine's asynchronous work on a
 * fixed pool of real threads, with the accounting (tasks queued, running, failed) that lets a
 * caller see when the engine has gone quiet and close it in order.
 */
package org.loaderlab.engine.runtime;
