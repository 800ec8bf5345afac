package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.ResidentIdNumber;
import org.junit.jupiter.api.Test;

class SeedDataTest {
  @Test
  void sameSeedGivesSameData() {
    SeedData a = SeedData.generate(7);
    SeedData b = SeedData.generate(7);

    for (City city : a.cities()) {
      assertThat(a.citizens(city.code())).isEqualTo(b.citizens(city.code()));
    }
    assertThat(a.randomFor("traffic").nextLong()).isEqualTo(b.randomFor("traffic").nextLong());
  }

  @Test
  void otherSeedOrModuleGivesOtherData() {
    assertThat(SeedData.generate(7).citizens(CityCode.SHANGHAI)).isNotEqualTo(SeedData.generate(8).citizens(CityCode.SHANGHAI));
    SeedData seed = SeedData.generate(7);
    assertThat(seed.randomFor("traffic").nextLong()).isNotEqualTo(seed.randomFor("health").nextLong());
  }

  @Test
  void citizensHaveValidIdentityNumbersIssuedInTheirCity() {
    SeedData seed = SeedData.generate(42);
    for (City city : seed.cities()) {
      assertThat(seed.citizens(city.code())).hasSize(SeedData.CITIZENS_PER_CITY).allSatisfy(c -> {
        ResidentIdNumber parsed = ResidentIdNumber.of(c.idNumber().value());
        assertThat(city.districts()).contains(parsed.areaCode());
        assertThat(parsed.birthDate()).isBetween(java.time.LocalDate.of(1950, 1, 1), java.time.LocalDate.of(2005, 12, 31));
        assertThat(c.city()).isEqualTo(city.code());
      });
    }
  }

  @Test
  void firstCitizenHasTheWellKnownId() {
    SeedData seed = SeedData.generate(42);

    assertThat(seed.firstCitizen(CityCode.SHENZHEN).id()).isEqualTo("c-440300-001");
    assertThat(seed.citizen("c-440300-001")).contains(seed.firstCitizen(CityCode.SHENZHEN));
  }

  @Test
  void toStringShowsNoPersonalDataInClear() {
    Citizen citizen = SeedData.generate(42).firstCitizen(CityCode.SHANGHAI);

    assertThat(citizen.toString())
        .doesNotContain(citizen.idNumber().value())
        .doesNotContain(citizen.phone().value())
        .doesNotContain(citizen.name().value());
  }
}
