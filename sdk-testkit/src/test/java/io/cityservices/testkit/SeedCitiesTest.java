package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.CityServices;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.junit.CitySandboxTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every launch city is seeded and its catalog, which comes from the modules, differs between cities. */
@CitySandboxTest
class SeedCitiesTest {
  static final List<CityCode> LAUNCH_CITIES = List.of(CityCode.SHANGHAI, CityCode.GUANGZHOU, CityCode.SHENZHEN,
      CityCode.HANGZHOU, CityCode.NINGBO, CityCode.NANCHANG, CityCode.QINGDAO, CityCode.TAIYUAN, CityCode.FOSHAN,
      CityCode.WUHAN);

  CitySandbox sandbox;

  @Test
  void seedsTheTenLaunchCitiesWithTwentyCitizensEachAndANameForEveryCode() {
    assertThat(sandbox.seed().cities()).extracting(City::code).containsExactlyInAnyOrderElementsOf(LAUNCH_CITIES);
    for (CityCode city : LAUNCH_CITIES) {
      assertThat(sandbox.seed().citizens(city)).hasSize(SeedData.CITIZENS_PER_CITY);
      assertThat(city.displayName()).as(city.value()).isPresent();
      assertThat(sandbox.seed().firstCitizen(city).idNumber().value()).startsWith(city.value().substring(0, 2));
    }
  }

  @Test
  void theCatalogDiffersBetweenCities() {
    try (CityServices client = client()) {
      Set<List<String>> offers = LAUNCH_CITIES.stream()
          .map(c -> client.catalog().city(c.value()).orElseThrow().services())
          .collect(Collectors.toSet());
      assertThat(offers).hasSizeGreaterThan(1);
      assertThat(client.catalog().offers("420100", "health")).isTrue();
      assertThat(client.catalog().offers("140100", "health")).isFalse();
      assertThat(client.catalog().offers("440600", "utilities")).isTrue();
    }
  }

  @Test
  void theSameSeedGivesTheSameCitiesAndCitizens() {
    SeedData a = SeedData.generate(7);
    SeedData b = SeedData.generate(7);
    for (CityCode city : LAUNCH_CITIES) {
      assertThat(a.citizens(city)).isEqualTo(b.citizens(city));
    }
    assertThat(SeedData.generate(8).citizens(CityCode.WUHAN)).isNotEqualTo(a.citizens(CityCode.WUHAN));
  }

  private CityServices client() {
    return CityServices.builder().baseUrl(sandbox.baseUrl()).credentials(sandbox.defaultApp().credentials()).build();
  }
}
