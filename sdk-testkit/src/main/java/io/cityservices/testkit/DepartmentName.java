package io.cityservices.testkit;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of a service category as the platform spells it: the path segment after the city
 * ({@code /v1/cities/{city}/<name>/...}), the catalog's service name and, by default, the OAuth scope.
 * The testkit defines no names itself: each {@link SandboxModule} declares its own (the traffic module's
 * is {@code TrafficSandbox.DEPARTMENT}).
 *
 * @param value lower case letters, digits and hyphens, starting with a letter, e.g. {@code social-insurance}
 */
public record DepartmentName(String value) {
  private static final Pattern SEGMENT = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  /**
   * Checks the name.
   *
   * @param value lower case letters, digits and hyphens, starting with a letter
   * @throws IllegalArgumentException if it is not a lower-case path segment
   */
  public DepartmentName {
    Objects.requireNonNull(value, "value");
    if (!SEGMENT.matcher(value).matches()) {
      throw new IllegalArgumentException("a department name is a lower-case path segment ([a-z][a-z0-9-]*), got: " + value);
    }
  }

  /**
   * The name; see {@link #DepartmentName(String)}.
   *
   * @param value lower case letters, digits and hyphens, starting with a letter
   * @return the name
   * @throws IllegalArgumentException if it is not a lower-case path segment
   */
  public static DepartmentName of(String value) {
    return new DepartmentName(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
