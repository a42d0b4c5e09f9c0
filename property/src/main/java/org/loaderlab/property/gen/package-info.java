/**
 * The generators behind {@link org.loaderlab.property.Gens}: each maps tape choices to values so
 * that the all-zeros tape gives the simplest value and lowering a choice simplifies the value.
 * Only {@link org.loaderlab.property.gen.Generators} is public, as the wiring for the front door.
 */
package org.loaderlab.property.gen;
