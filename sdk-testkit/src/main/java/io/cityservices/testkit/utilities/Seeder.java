package io.cityservices.testkit.utilities;

import io.cityservices.core.model.CityCode;
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
 * Generates the module's data from the seed: three companies per city (real names; where a company's
 * own hotline is not well known, the city's 12345 citizen hotline stands in) and, for every seeded citizen, a
 * postpaid water account with paid, overdue and unpaid bills, a postpaid electricity account with a
 * bill in every state, and a prepaid gas account. The first citizen of each city has the two postpaid
 * accounts bound.
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
          new Company("440100", "440100-gas", "广州燃气集团有限公司", "GAS", true, 12, "96833")),
      "330200", List.of(
          new Company("330200", "330200-water", "宁波市自来水有限公司", "WATER", false, 9, "12345"),
          new Company("330200", "330200-power", "国网浙江省电力有限公司宁波供电公司", "ELECTRICITY", false, 10, "95598"),
          new Company("330200", "330200-gas", "宁波兴光燃气集团有限公司", "GAS", true, 9, "12345")),
      "360100", List.of(
          new Company("360100", "360100-water", "南昌水业集团有限责任公司", "WATER", false, 9, "12345"),
          new Company("360100", "360100-power", "国网江西省电力有限公司南昌供电分公司", "ELECTRICITY", false, 10, "95598"),
          new Company("360100", "360100-gas", "南昌市燃气集团有限公司", "GAS", true, 9, "12345")),
      "370200", List.of(
          new Company("370200", "370200-water", "青岛水务集团有限公司", "WATER", false, 9, "12345"),
          new Company("370200", "370200-power", "国网山东省电力公司青岛供电公司", "ELECTRICITY", false, 10, "95598"),
          new Company("370200", "370200-gas", "青岛能源华润燃气有限公司", "GAS", true, 9, "12345")),
      "140100", List.of(
          new Company("140100", "140100-water", "太原供水集团有限公司", "WATER", false, 9, "12345"),
          new Company("140100", "140100-power", "国网山西省电力公司太原供电公司", "ELECTRICITY", false, 10, "95598"),
          new Company("140100", "140100-gas", "太原天然气有限公司", "GAS", true, 9, "12345")),
      "440600", List.of(
          new Company("440600", "440600-water", "佛山水务环保股份有限公司", "WATER", false, 9, "12345"),
          new Company("440600", "440600-power", "广东电网有限责任公司佛山供电局", "ELECTRICITY", false, 13, "95598"),
          new Company("440600", "440600-gas", "佛山市燃气集团股份有限公司", "GAS", true, 10, "12345")),
      "420100", List.of(
          new Company("420100", "420100-water", "武汉市水务集团有限公司", "WATER", false, 9, "12345"),
          new Company("420100", "420100-power", "国网湖北省电力有限公司武汉供电公司", "ELECTRICITY", false, 10, "95598"),
          new Company("420100", "420100-gas", "武汉市燃气集团有限公司", "GAS", true, 9, "12345")));

  private final UtilitiesState state;
  private final RandomGenerator random;
  private final Set<String> numbers = new HashSet<>();

  private Seeder(UtilitiesState state, RandomGenerator random) {
    this.state = state;
    this.random = random;
  }

  /** The cities with seeded companies. */
  static Set<CityCode> cities() {
    return COMPANIES.keySet().stream().map(CityCode::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Fills {@code state} for every city of {@code seed} that offers utilities. */
  static void seed(UtilitiesState state, SeedData seed, RandomGenerator random, Clock clock) {
    new Seeder(state, random).run(seed, clock);
  }

  private void run(SeedData seed, Clock clock) {
    LocalDate today = LocalDate.now(clock.withZone(UtilitiesState.ZONE));
    for (City city : seed.cities()) {
      List<Company> companies = COMPANIES.get(city.code().value());
      if (companies == null || !UtilitiesSandbox.SPEC.offeredIn(city.code())) {
        continue;
      }
      companies.forEach(state::addCompany);
      List<Citizen> citizens = seed.citizens(city.code());
      for (Citizen citizen : citizens) {
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
        if (citizen.equals(citizens.get(0))) {
          // The city's first citizen has bound the postpaid accounts already, so a newcomer's first
          // "list my unpaid bills" shows bills.
          state.bind(city.code().value(), citizen.id(), water.company.code(), water.accountNumber);
          state.bind(city.code().value(), citizen.id(), power.company.code(), power.accountNumber);
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
