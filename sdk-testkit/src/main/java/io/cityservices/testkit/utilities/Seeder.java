package io.cityservices.testkit.utilities;

import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.City;
import io.cityservices.testkit.SeedData;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generates the module's data from the seed: three companies per city and, for every seeded citizen, a
 * postpaid water account with paid, overdue and unpaid bills, a postpaid electricity account with a
 * bill in every state, and a prepaid gas account.
 */
final class Seeder {

  /** Statuses of the electricity bills, oldest period first: one of every state. */
  static final List<String> EVERY_STATE = List.of(
      "PAID", "REFUNDED", "WRITE_OFF_FAILED", "PAYMENT_FAILED", "PAID_PENDING_WRITE_OFF", "PAYING", "OVERDUE", "UNPAID");

  private static final List<String> STREETS = List.of("长寿路", "人民路", "建国路", "文三路", "解放路", "中山路", "环城北路", "滨江大道");

  /** Companies per city: water, electricity (both postpaid) and gas (prepaid), with real names. */
  private static final Map<String, List<Company>> COMPANIES = Map.of(
      "310000", List.of(
          new Company("310000", "310000-water", "上海城投水务(集团)有限公司", "WATER", false, 10, "962740"),
          new Company("310000", "310000-power", "国网上海市电力公司", "ELECTRICITY", false, 10, "95598"),
          new Company("310000", "310000-gas", "上海燃气有限公司", "GAS", true, 8, "962777")),
      "330100", List.of(
          new Company("330100", "330100-water", "杭州市水务集团有限公司", "WATER", false, 8, "96390"),
          new Company("330100", "330100-power", "国网浙江省电力有限公司杭州供电公司", "ELECTRICITY", false, 10, "95598"),
          new Company("330100", "330100-gas", "杭州市燃气集团有限公司", "GAS", true, 9, "96777")),
      "440300", List.of(
          new Company("440300", "440300-water", "深圳市水务(集团)有限公司", "WATER", false, 9, "0755-82137777"),
          new Company("440300", "440300-power", "深圳供电局有限公司", "ELECTRICITY", false, 13, "95598"),
          new Company("440300", "440300-gas", "深圳市燃气集团股份有限公司", "GAS", true, 10, "0755-83601139")),
      "440100", List.of(
          new Company("440100", "440100-water", "广州市自来水有限公司", "WATER", false, 10, "96968"),
          new Company("440100", "440100-power", "广州供电局有限公司", "ELECTRICITY", false, 13, "95598"),
          new Company("440100", "440100-gas", "广州燃气集团有限公司", "GAS", true, 12, "96833")));

  private final UtilitiesState state;
  private final RandomGenerator random;
  private final Set<String> numbers = new HashSet<>();

  private Seeder(UtilitiesState state, RandomGenerator random) {
    this.state = state;
    this.random = random;
  }

  /** Fills {@code state} for every city of {@code seed} that offers utilities. */
  static void seed(UtilitiesState state, SeedData seed, RandomGenerator random, Clock clock) {
    new Seeder(state, random).run(seed, clock);
  }

  private void run(SeedData seed, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(UtilitiesState.ZONE));
    for (City city : seed.cities()) {
      List<Company> companies = COMPANIES.get(city.code().value());
      if (companies == null || !city.offers("utilities")) {
        continue;
      }
      companies.forEach(state::addCompany);
      for (Citizen citizen : seed.citizens(city.code())) {
        String address = city.name() + "市" + STREETS.get(random.nextInt(STREETS.size()))
            + (random.nextInt(900) + 1) + "号" + (random.nextInt(30) + 1) + "0" + (random.nextInt(4) + 1) + "室";
        Household water = household(companies.get(0), citizen, address, 0);
        Household power = household(companies.get(1), citizen, address, 0);
        household(companies.get(2), citizen, address, random.nextInt(20_000));
        YearMonth current = YearMonth.from(today);
        List<String> waterStates = List.of("PAID", "PAID", "PAID", "OVERDUE", "UNPAID");
        for (int i = 0; i < waterStates.size(); i++) {
          bill(water, current.minusMonths(waterStates.size() - i), waterStates.get(i), today);
        }
        for (int i = 0; i < EVERY_STATE.size(); i++) {
          bill(power, current.minusMonths(EVERY_STATE.size() - i), EVERY_STATE.get(i), today);
        }
      }
    }
  }

  private Household household(Company company, Citizen citizen, String address, long balance) {
    Household h = new Household(company, number(company.digits()), citizen.id(), citizen.name(), address, balance);
    state.addHousehold(h);
    return h;
  }

  private void bill(Household household, YearMonth period, String status, LocalDate today) {
    long quantity = quantity(household.company);
    long lateFee = status.equals("OVERDUE") ? 50 + random.nextInt(450) : 0;
    LocalDate due = status.equals("UNPAID") ? today.plusDays(10) : period.plusMonths(1).atDay(25);
    state.addBill(household, period, quantity, lateFee, due, status);
  }

  private long quantity(Company company) {
    return company.type().equals("ELECTRICITY") ? 100 + random.nextInt(500) : 8 + random.nextInt(32);
  }

  private String number(int digits) {
    while (true) {
      StringBuilder sb = new StringBuilder().append(1 + random.nextInt(9));
      for (int i = 1; i < digits; i++) {
        sb.append(random.nextInt(10));
      }
      if (numbers.add(sb.toString())) {
        return sb.toString();
      }
    }
  }
}
