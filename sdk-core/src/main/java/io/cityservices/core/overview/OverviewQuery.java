package io.cityservices.core.overview;

import io.cityservices.core.model.CityCode;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Which cities an overview covers: a citizen may have a car registered in one city and bills in
 * another. Immutable.
 *
 * @param cities the cities, in display order, without duplicates; empty means the client's
 *     default city
 */
public record OverviewQuery(List<CityCode> cities) {

  private static final OverviewQuery DEFAULT_CITY = new OverviewQuery(List.of());

  public OverviewQuery {
    cities = cities == null ? List.of() : cities.stream().map(Objects::requireNonNull).distinct().toList();
  }

  /** The client's default city. */
  public static OverviewQuery defaultCity() {
    return DEFAULT_CITY;
  }

  /**
   * These cities.
   *
   * @throws NullPointerException if a city is null
   */
  public static OverviewQuery cities(CityCode... cities) {
    return new OverviewQuery(Arrays.asList(cities));
  }
}
