package io.cityservices.testkit;

import java.util.Objects;

/**
 * One department behind the platform: a service in a city, such as Shanghai's traffic police.
 * Faults are injected per department.
 *
 * @param cityCode the six-digit GB/T 2260 code of the city
 * @param service the service category: {@code traffic}, {@code utilities} or {@code health}
 */
public record Department(String cityCode, String service) {
  public Department {
    Objects.requireNonNull(cityCode, "cityCode");
    Objects.requireNonNull(service, "service");
  }
}
