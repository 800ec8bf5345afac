package io.cityservices.testkit.socialinsurance;

import io.cityservices.core.model.Money;
import io.cityservices.core.model.UnifiedSocialCreditCode;
import io.cityservices.core.privacy.Redactor;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.City;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * Makes each seeded citizen's insurance record from the module's random generator and the date the
 * sandbox starts on: the same seed and date give the same records. Rates are per mille of the base and
 * near the published ones (pension 16 % + 8 %, unemployment 0.5 % + 0.5 %, medical 9 % + 2 %, work
 * injury 0.4 %, maternity 1 %; flexible employment 20 % and 10 %).
 */
final class Seeder {
  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
  private static final int WINDOW_MONTHS = 36;
  private static final List<String> EMPLOYER_NAMES = List.of("数据科技有限公司", "精密机械股份有限公司", "物流有限公司",
      "生物医药有限公司", "商贸有限公司", "建筑工程有限公司");
  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final Map<String, String> CITY_PREFIX = Map.of("310000", "上海浦江", "330100", "杭州钱塘",
      "440300", "深圳南山");

  private final RandomGenerator random;
  private final LocalDate today;
  private final List<City> offering;

  Seeder(RandomGenerator random, LocalDate today, List<City> offering) {
    this.random = random;
    this.today = today;
    this.offering = offering;
  }

  InsuredPerson seed(Citizen citizen, int index) {
    String idNumber = citizen.idNumber().value();
    LocalDate birth = LocalDate.parse(idNumber.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE);
    boolean male = (idNumber.charAt(16) - '0') % 2 == 1;
    long age = ChronoUnit.YEARS.between(birth, today);
    Profile profile = profile(index, age, male);
    String city = citizen.city().value();
    String pooling = profile == Profile.ELSEWHERE ? otherCity(city) : city;
    InsuredPerson person = new InsuredPerson(citizen, profile, pooling);
    switch (profile) {
      case EMPLOYEE, ELSEWHERE -> employee(person, birth, pooling);
      case FLEXIBLE -> flexible(person, birth, pooling);
      case RETIREE -> retiree(person, birth, male, pooling);
      case RESIDENT -> resident(person, pooling);
      case NOT_INSURED -> { }
    }
    for (InsuredPerson.Entry e : person.contributions) {
      if (!e.postedOn().isAfter(today)) {
        person.announcedPostings.add(e);
      }
    }
    return person;
  }

  /** The first citizen of each city is an employee, so examples have a full record to show. */
  private static Profile profile(int index, long age, boolean male) {
    if (index == 1) {
      return Profile.EMPLOYEE;
    }
    if (age >= (male ? 60 : 55)) {
      return Profile.RETIREE;
    }
    if (index % 10 == 0) {
      return Profile.NOT_INSURED;
    }
    return switch (index % 5) {
      case 2 -> Profile.RESIDENT;
      case 3 -> Profile.FLEXIBLE;
      case 4 -> Profile.ELSEWHERE;
      default -> Profile.EMPLOYEE;
    };
  }

  private String otherCity(String city) {
    for (int i = 0; i < offering.size(); i++) {
      if (offering.get(i).code().value().equals(city)) {
        return offering.get((i + 1) % offering.size()).code().value();
      }
    }
    return offering.get(0).code().value();
  }

  private void employee(InsuredPerson person, LocalDate birth, String pooling) {
    CityRates rates = CityRates.of(pooling);
    LocalDate firstInsured = firstInsured(birth);
    Views.Employer employer = employer(pooling);
    long base = base(rates, 1.0 + random.nextDouble() * 2.2);
    YearMonth gap = YearMonth.from(today).minusMonths(4 + random.nextInt(7));
    Map<String, long[]> rates1000 = Map.of("110", new long[] {160, 80}, "210", new long[] {5, 5},
        "310", new long[] {90, 20}, "410", new long[] {4, 0}, "510", new long[] {10, 0});
    for (String type : List.of("110", "210", "310", "410", "510")) {
      person.enrolments.put(type, new InsuredPerson.EnrolmentState(type, firstInsured, employer, false));
    }
    Set<YearMonth> gaps = Set.of(gap);
    monthly(person, firstInsured, base, rates1000, gaps);
    baseline(person, firstInsured, base, List.of("110", "310"), new long[] {80, 20});
    person.medicalPersonType = "EMPLOYEE";
  }

  private void flexible(InsuredPerson person, LocalDate birth, String pooling) {
    CityRates rates = CityRates.of(pooling);
    LocalDate firstInsured = firstInsured(birth);
    long base = rates.baseMin();
    Set<YearMonth> gaps = new HashSet<>();
    while (gaps.size() < 2) {
      gaps.add(YearMonth.from(today).minusMonths(1 + random.nextInt(11)));
    }
    for (String type : List.of("110", "310")) {
      person.enrolments.put(type, new InsuredPerson.EnrolmentState(type, firstInsured, null, true));
    }
    monthly(person, firstInsured, base, Map.of("110", new long[] {0, 200}, "310", new long[] {0, 100}), gaps);
    baseline(person, firstInsured, base, List.of("110", "310"), new long[] {80, 20});
    person.medicalPersonType = "EMPLOYEE";
  }

  private void retiree(InsuredPerson person, LocalDate birth, boolean male, String pooling) {
    CityRates rates = CityRates.of(pooling);
    LocalDate firstInsured = firstInsured(birth);
    YearMonth retired = YearMonth.from(birth.plusYears(male ? 60 : 55)).plusMonths(1);
    for (String type : List.of("110", "310")) {
      InsuredPerson.EnrolmentState e = new InsuredPerson.EnrolmentState(type, firstInsured, null, false);
      e.statusSince = retired.atDay(1);
      person.enrolments.put(type, e);
    }
    long pension = (rates.pensionLow() + random.nextLong(rates.pensionHigh() - rates.pensionLow())) * 100;
    String account = Redactor.maskAccountNumber("6222" + String.format("%012d", random.nextLong(1_000_000_000_000L)));
    YearMonth now = YearMonth.from(today);
    YearMonth first = retired.isAfter(now.minusMonths(59)) ? retired : now.minusMonths(59);
    for (YearMonth m = first; !m.isAfter(now); m = m.plusMonths(1)) {
      long amount = pension;
      // Pensions rise about 3 % each January: earlier years paid less.
      for (int y = m.getYear(); y < now.getYear(); y++) {
        amount = amount * 1000 / 1030;
      }
      person.pensions.add(new Views.PensionPayment("pp-" + person.citizen.id() + "-" + m, m, "110",
          Money.cny(amount / 100 * 100), account, m.atDay(10)));
    }
    long months = ChronoUnit.MONTHS.between(YearMonth.from(firstInsured), retired);
    person.accountBaseline.put("310", new long[] {months, 0});
    person.fixedMedicalBalance = (2_000 + random.nextLong(18_000)) * 100;
    person.medicalPersonType = "RETIREE";
  }

  private void resident(InsuredPerson person, String pooling) {
    CityRates rates = CityRates.of(pooling);
    int firstYear = 2014 + random.nextInt(7);
    LocalDate firstInsured = LocalDate.of(firstYear, 1, 1);
    for (String type : List.of("170", "390")) {
      person.enrolments.put(type, new InsuredPerson.EnrolmentState(type, firstInsured, null, false));
    }
    int year = today.getYear();
    Money tier = Money.cny(rates.residentPensionTier() * 100);
    Money premium = Money.cny(rates.residentMedicalPremium() * 100);
    String id = person.citizen.id();
    for (int y = year - 3; y < year; y++) {
      yearly(person, y, "170", tier, LocalDate.of(y, 6, 15), true);
    }
    for (int y = year - 2; y <= year; y++) {
      yearly(person, y, "390", premium, LocalDate.of(y - 1, 11, 15), false);
    }
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    person.voluntary.add(new InsuredPerson.Voluntary("vc-" + id + "-170-" + year, year, "170", tier, yearEnd));
    // The next year's medical premium is collected from September to December.
    if (today.getMonthValue() >= 9) {
      person.voluntary.add(new InsuredPerson.Voluntary("vc-" + id + "-390-" + (year + 1), year + 1, "390", premium,
          yearEnd));
    }
    long pastYears = Math.max(0, year - 3 - firstYear);
    person.accountBaseline.put("170", new long[] {pastYears * 12, pastYears * tier.amount()});
    person.fixedMedicalBalance = 0L;
    person.medicalPersonType = "RESIDENT";
  }

  private void yearly(InsuredPerson person, int year, String type, Money amount, LocalDate paidOn, boolean toAccount) {
    person.contributions.add(new InsuredPerson.Entry(YearMonth.of(year, 1), type, null, Money.cny(0), amount,
        toAccount ? amount.amount() : 0, 12, paidOn, paidOn.plusDays(25)));
    InsuredPerson.Voluntary paid = new InsuredPerson.Voluntary(
        "vc-" + person.citizen.id() + "-" + type + "-" + year, year, type, amount, LocalDate.of(year, 12, 31));
    paid.paidAt = paidOn.atTime(10, 0).atOffset(CHINA);
    paid.paymentId = "pay-" + person.citizen.id() + "-" + type + "-" + year;
    person.voluntary.add(paid);
  }

  private void monthly(InsuredPerson person, LocalDate firstInsured, long base, Map<String, long[]> rates1000,
      Set<YearMonth> gaps) {
    YearMonth start = YearMonth.from(today).minusMonths(WINDOW_MONTHS - 1L);
    if (YearMonth.from(firstInsured).isAfter(start)) {
      start = YearMonth.from(firstInsured);
    }
    // Through next month: it shows once paid, as the clock moves on.
    for (YearMonth m = start; !m.isAfter(YearMonth.from(today).plusMonths(1)); m = m.plusMonths(1)) {
      if (gaps.contains(m)) {
        continue;
      }
      for (Map.Entry<String, long[]> rate : new TreeMap<>(rates1000).entrySet()) {
        long employer = base * 100 * rate.getValue()[0] / 1000;
        long personal = base * 100 * rate.getValue()[1] / 1000;
        // A flexibly employed person's 20 % pension goes 8 points to the account, 12 to the pool.
        long credit = rate.getKey().equals("110") ? base * 100 * 80 / 1000
            : rate.getKey().equals("310") ? base * 100 * 20 / 1000 : 0;
        person.contributions.add(new InsuredPerson.Entry(m, rate.getKey(), Money.cny(base * 100), Money.cny(employer),
            Money.cny(personal), credit, 1, m.atDay(15), m.plusMonths(1).atDay(10)));
      }
    }
  }

  private void baseline(InsuredPerson person, LocalDate firstInsured, long base, List<String> types, long[] perMille) {
    YearMonth windowStart = YearMonth.from(today).minusMonths(WINDOW_MONTHS - 1L);
    long before = Math.max(0, ChronoUnit.MONTHS.between(YearMonth.from(firstInsured), windowStart));
    // Earlier wages were lower: credit the months before the window at 70 % of today's base.
    for (int i = 0; i < types.size(); i++) {
      long credit = base * 100 * perMille[i] / 1000 * 7 / 10;
      person.accountBaseline.put(types.get(i), new long[] {before, before * credit});
    }
  }

  private LocalDate firstInsured(LocalDate birth) {
    LocalDate first = birth.plusYears(22 + random.nextInt(4)).withDayOfMonth(1);
    LocalDate latest = today.minusYears(3).withDayOfMonth(1);
    return first.isAfter(latest) ? latest : first;
  }

  private long base(CityRates rates, double factor) {
    long wage = Math.round(rates.baseMin() * factor / 10) * 10;
    return Math.max(rates.baseMin(), Math.min(rates.baseMax(), wage));
  }

  private Views.Employer employer(String city) {
    String name = CITY_PREFIX.getOrDefault(city, "城市") + EMPLOYER_NAMES.get(random.nextInt(EMPLOYER_NAMES.size()));
    return new Views.Employer(name, creditCode(city));
  }

  /** A valid GB 32100 code for a company registered in {@code city}: check characters found by trial. */
  private String creditCode(String city) {
    while (true) {
      StringBuilder body = new StringBuilder("91").append(city);
      for (int i = 0; i < 8; i++) {
        body.append(ALPHABET.charAt(random.nextInt(10)));
      }
      for (char org : "0123456789X".toCharArray()) {
        for (int i = 0; i < ALPHABET.length(); i++) {
          char check = ALPHABET.charAt(i);
          String candidate = body.toString() + org + check;
          try {
            return UnifiedSocialCreditCode.of(candidate).value();
          } catch (IllegalArgumentException wrong) {
            // exactly one pair is valid for a valid body
          }
        }
      }
    }
  }
}
