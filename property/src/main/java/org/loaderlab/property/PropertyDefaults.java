package org.loaderlab.property;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtendWith;
import org.loaderlab.property.junit.PropertyDefaultsExtension;

/**
 * Per-test defaults for every property checked in the annotated test method or class (the
 * innermost annotation wins; {@code @Nested} classes see their enclosing class's).
 *
 * <p>Where a setting comes from, first match wins:
 *
 * <ol>
 *   <li>the runner, e.g. {@code .seed(7)}: a pin in code, which nothing overrides;
 *   <li>the system properties {@value #SEED_PROPERTY} and {@value #TRIES_PROPERTY}, so CI can
 *       vary every unpinned property at once;
 *   <li>this annotation;
 *   <li>{@link #DEFAULT_SEED} and {@link #DEFAULT_TRIES}.
 * </ol>
 *
 * <p>There is no clock-based default: the same build checks the same cases.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PropertyDefaultsExtension.class)
public @interface PropertyDefaults {

  String SEED_PROPERTY = "loaderlab.property.seed";
  String TRIES_PROPERTY = "loaderlab.property.tries";

  /** Fixed, so an unpinned property is as reproducible as a pinned one. */
  long DEFAULT_SEED = 0x5EED_10ADL;

  int DEFAULT_TRIES = 100;

  /** Passing cases to run, {@code >= 1}. */
  int tries() default DEFAULT_TRIES;

  /** The root seed every case seed is split from. */
  long seed() default DEFAULT_SEED;
}
