package io.cityservices.core.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Which services each city offers ({@code GET /v1/catalog}). Immutable.
 *
 * @param cities the cities on the platform
 */
public record Catalog(List<CityEntry> cities) {

  /**
   * Copies the cities.
   *
   * @param cities the cities, or null for none; copied
   */
  public Catalog {
    cities = cities == null ? List.of() : List.copyOf(cities);
  }

  /**
   * The entry of a city, if the platform serves it.
   *
   * @param cityCode the GB/T 2260 code, e.g. {@code 310000}
   * @return the city's entry, or empty when the platform does not serve it
   */
  public Optional<CityEntry> city(String cityCode) {
    return cities.stream().filter(c -> c.cityCode().equals(cityCode)).findFirst();
  }

  /**
   * True when {@code cityCode} offers {@code service} (e.g. {@code traffic}).
   *
   * @param cityCode the GB/T 2260 code, e.g. {@code 310000}
   * @param service the service name, e.g. {@code traffic}
   * @return false also when the city is not served at all
   */
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
    /**
     * Copies the services.
     *
     * @param cityCode the GB/T 2260 code
     * @param name the city's name
     * @param services the services, or null for none; copied
     */
    public CityEntry {
      services = services == null ? List.of() : List.copyOf(services);
    }
  }
}
