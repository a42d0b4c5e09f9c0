/**
 * The Jupiter hook: {@link org.loaderlab.property.PropertyDefaults} registers {@link
 * org.loaderlab.property.junit.PropertyDefaultsExtension}, which makes the nearest annotation
 * the defaults for every property checked during that test.
 */
package org.loaderlab.property.junit;
