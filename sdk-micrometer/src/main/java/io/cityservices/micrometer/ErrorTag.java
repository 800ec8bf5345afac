package io.cityservices.micrometer;

import io.cityservices.core.error.CityServicesException;
import org.jspecify.annotations.Nullable;

/** The {@code error} tag: a failure's stable code or class, never its message. */
final class ErrorTag {

  private ErrorTag() {}

  static String of(@Nullable RuntimeException failure) {
    if (failure == null) {
      return "none";
    }
    // Messages may name a resource (a plate, an id); codes and class names cannot.
    if (failure instanceof CityServicesException e && e.code() != null) {
      return e.code();
    }
    return failure == ObservationInterceptor.abandoned() ? "abandoned" : failure.getClass().getSimpleName();
  }
}
