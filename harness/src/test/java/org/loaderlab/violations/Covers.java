package org.loaderlab.violations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The violation kind a test of this package makes the oracles report against the legacy loader,
 * as its category ({@code family/code}); {@link ViolationCoverageTest} checks every kind has one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface Covers {
  String value();
}
