package io.cityservices.micrometer;

import org.jspecify.annotations.Nullable;

/**
 * A department key ({@code <city>/<service>}, or the service alone for city-independent calls)
 * split into the two low-cardinality tags it is made of.
 */
record DepartmentKey(String city, String service) {

  static final String NO_CITY = "none";

  static DepartmentKey parse(@Nullable String key) {
    if (key == null) {
      return new DepartmentKey(NO_CITY, "unknown");
    }
    int slash = key.indexOf('/');
    return slash < 0
        ? new DepartmentKey(NO_CITY, key)
        : new DepartmentKey(key.substring(0, slash), key.substring(slash + 1));
  }
}
