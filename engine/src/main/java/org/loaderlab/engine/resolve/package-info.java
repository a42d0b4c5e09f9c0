/**
 * Pure resolution over manifests: which module provides what a module needs, and where the
 * dependency graph has cycles. Facts in, values out; nothing here changes state.
 */
package org.loaderlab.engine.resolve;
