package io.cityservices.testkit;

import io.cityservices.core.model.CityCode;
import java.util.Objects;

/**
 * One department behind the platform: a service in a city, such as Shanghai's traffic police.
 * Faults are injected per department.
 *
 * @param city the city
 * @param name the service category, as its module declares it
 */
public record Department(CityCode city, DepartmentName name) {
  /**
   * Checks that both parts are present.
   *
   * @param city the city
   * @param name the service category
   * @throws NullPointerException if either is null
   */
  public Department {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(name, "name");
  }
}
