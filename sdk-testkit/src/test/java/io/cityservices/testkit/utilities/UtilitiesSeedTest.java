package io.cityservices.testkit.utilities;

import static org.assertj.core.api.Assertions.assertThat;

import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.City;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The utilities module's seeded data: deterministic, complete for every city, and restored by reset. */
class UtilitiesSeedTest {

  @Test
  void theSameSeedGivesTheSameAccountsAndEveryNumberHasItsCompanysFormat() {
    try (CitySandbox first = CitySandbox.builder().seed(7).build().start();
        CitySandbox second = CitySandbox.builder().seed(7).build().start()) {
      UtilitiesData a = first.data(UtilitiesData.class);
      UtilitiesData b = second.data(UtilitiesData.class);
      for (City city : first.seed().cities()) {
        List<Company> companies = a.companies(city.code().value());
        assertThat(companies).extracting(Company::type).containsExactly("WATER", "ELECTRICITY", "GAS");
        for (Citizen citizen : first.seed().citizens(city.code())) {
          List<SeededAccount> accounts = a.accountsOf(citizen.id());
          assertThat(accounts).isEqualTo(b.accountsOf(citizen.id()));
          assertThat(accounts).hasSize(3).allSatisfy(account -> assertThat(companies.stream()
              .filter(c -> c.code().equals(account.companyCode())).findFirst().orElseThrow()
              .accepts(account.accountNumber())).isTrue());
        }
      }
    }
  }

  @Test
  void anIssuedBillOnAnUnboundAccountPublishesNothingAndResetForgetsIt() {
    // c-310000-001 has bound accounts from the seed; the third citizen has none bound.
    try (CitySandbox sandbox = CitySandbox.start()) {
      UtilitiesData data = sandbox.data(UtilitiesData.class);
      SeededAccount water = data.accountOf("c-310000-003", SeededAccount.Type.WATER);

      String billId = data.issueBill(water.companyCode(), water.accountNumber(), YearMonth.of(2026, 7), 10);

      assertThat(data.billStatus(billId)).contains("UNPAID");
      assertThat(sandbox.events().published()).isEmpty();
      sandbox.reset();
      assertThat(data.billStatus(billId)).isEmpty();
      assertThat(data.accountOf("c-310000-003", SeededAccount.Type.WATER)).isEqualTo(water);
    }
  }
}
