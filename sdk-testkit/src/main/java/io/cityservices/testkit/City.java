package io.cityservices.testkit;

import io.cityservices.core.model.CityCode;
import java.util.List;

/**
 * A city of the sandbox and the services it offers.
 *
 * @param code the GB/T 2260 code
 * @param name the city's Chinese name, as the catalog serves it
 * @param services the service categories offered, e.g. {@code traffic}
 * @param districts real district codes of the city, used as the area code of seeded identity numbers
 */
public record City(CityCode code, String name, List<String> services, List<String> districts) {
  public City {
    services = List.copyOf(services);
    districts = List.copyOf(districts);
  }

  /** Whether the city offers {@code service}. */
  public boolean offers(String service) {
    return services.contains(service);
  }
}
