package io.cityservices.testkit;

import io.cityservices.core.model.CityCode;
import java.util.List;

/**
 * A city of the sandbox. Which services it offers is not the city's to say: each department's
 * {@link SandboxModule} declares the cities it serves ({@link DepartmentSpec#cities()}).
 *
 * @param code the GB/T 2260 code
 * @param name the city's Chinese name, as the catalog serves it
 * @param districts real district codes of the city, used as the area code of seeded identity numbers
 */
public record City(CityCode code, String name, List<String> districts) {
  /**
   * Copies the districts.
   *
   * @param code the GB/T 2260 code
   * @param name the city's Chinese name
   * @param districts district codes; copied
   */
  public City {
    districts = List.copyOf(districts);
  }
}
