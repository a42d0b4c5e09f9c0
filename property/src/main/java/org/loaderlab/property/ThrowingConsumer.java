package org.loaderlab.property;

import org.apiguardian.api.API;

/**
 * The body of a property: checks one generated value and throws if the property does not hold.
 * Any throwable counts as a failure, except a JUnit assumption failure ({@code
 * TestAbortedException}), which discards the case.
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface ThrowingConsumer<T> {

  void accept(T value) throws Throwable;
}
