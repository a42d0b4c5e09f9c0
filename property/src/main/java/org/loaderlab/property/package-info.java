/**
 * loaderlab's choice-tape property testing, in the manner of Hypothesis. The front door is
 * {@link org.loaderlab.property.Property#forAll}; generators come from {@link
 * org.loaderlab.property.Gens}.
 *
 * <p>Map of the design: every decision of a case is a {@link org.loaderlab.property.Tape} choice,
 * recorded by the {@code tape} package, so a case is a pure function of its tape; the {@code gen}
 * package turns choices into values so that smaller choices give simpler values; the {@code
 * shrink} package makes a failing tape simpler without knowing any generator; the {@code junit}
 * package lets {@link org.loaderlab.property.PropertyDefaults} set per-test defaults. This package
 * runs cases ({@code CaseRunner}), drives a check ({@code PropertyCheck}) and writes its messages.
 */
package org.loaderlab.property;
