package org.loaderlab.property.junit;

import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.loaderlab.property.PropertyDefaults;

/**
 * Makes the nearest {@link PropertyDefaults} (on the test method, else its class, else an
 * enclosing class of a {@code @Nested} test) the defaults that {@code PropertyRunner.check}
 * reads while that test runs, from before {@code @BeforeEach} until after {@code @AfterEach}.
 *
 * <p>The defaults are held per thread because {@code Property.forAll(..).check(..)} is a plain
 * static call with no handle on JUnit; Jupiter runs a test's callbacks and body on one thread,
 * also when tests run in parallel.
 */
@API(status = API.Status.INTERNAL, since = "0.1", consumers = "org.loaderlab.property")
public final class PropertyDefaultsExtension implements BeforeEachCallback, AfterEachCallback {

  private static final ThreadLocal<PropertyDefaults> ACTIVE = new ThreadLocal<>();

  /** The defaults of the test running on this thread, if it (or a class around it) has them. */
  public static Optional<PropertyDefaults> active() {
    return Optional.ofNullable(ACTIVE.get());
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ACTIVE.remove();
    nearest(context).ifPresent(ACTIVE::set);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ACTIVE.remove();
  }

  /** Walks from the method up through its classes: the innermost annotation wins. */
  static Optional<PropertyDefaults> nearest(ExtensionContext context) {
    Optional<ExtensionContext> current = Optional.of(context);
    while (current.isPresent()) {
      Optional<PropertyDefaults> found =
          current
              .get()
              .getElement()
              .flatMap(
                  element -> AnnotationSupport.findAnnotation(element, PropertyDefaults.class));
      if (found.isPresent()) {
        return found;
      }
      current = current.get().getParent();
    }
    return Optional.empty();
  }
}
