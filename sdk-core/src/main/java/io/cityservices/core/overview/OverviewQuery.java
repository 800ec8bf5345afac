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

  /**
   * Drops duplicate cities, keeping the first of each.
   *
   * @param cities the cities in display order, or null for the default city
   * @throws NullPointerException if a city is null
   */
  public OverviewQuery {
    cities = cities == null ? List.of() : cities.stream().map(Objects::requireNonNull).distinct().toList();
  }

  /**
   * The client's default city.
   *
   * @return a query of no cities, which means the client's default city
   */
  public static OverviewQuery defaultCity() {
    return DEFAULT_CITY;
  }

  /**
   * These cities.
   *
   * @param cities the cities in display order; duplicates are dropped
   * @return a query of {@code cities}
   * @throws NullPointerException if a city is null
   */
  public static OverviewQuery cities(CityCode... cities) {
    return new OverviewQuery(Arrays.asList(cities));
  }
}
