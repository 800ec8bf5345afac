package io.cityservices.core.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Which services each city offers ({@code GET /v1/catalog}). Immutable.
 *
 * @param cities the cities on the platform
 */
public record Catalog(List<CityEntry> cities) {

  public Catalog {
    cities = cities == null ? List.of() : List.copyOf(cities);
  }

  /** The entry of a city, if the platform serves it. */
  public Optional<CityEntry> city(String cityCode) {
    return cities.stream().filter(c -> c.cityCode().equals(cityCode)).findFirst();
  }

  /** True when {@code cityCode} offers {@code service} (e.g. {@code traffic}). */
  public boolean offers(String cityCode, String service) {
    return city(cityCode).map(c -> c.services().contains(service)).orElse(false);
  }

  /**
   * One city and its services.
   *
   * @param cityCode the GB/T 2260 code, e.g. {@code 310000}
   * @param name the city's name
   * @param services the services offered, e.g. {@code traffic}, {@code utilities}, {@code health}
   */
  public record CityEntry(String cityCode, String name, List<String> services) {
    public CityEntry {
      services = services == null ? List.of() : List.copyOf(services);
    }
  }
}
