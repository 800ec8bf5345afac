package io.cityservices.testkit.library;

import io.cityservices.core.model.GeoPoint;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.City;
import io.cityservices.testkit.SeedData;
import io.cityservices.testkit.library.LibraryJson.HoursJson;
import io.cityservices.testkit.library.LibraryState.Book;
import io.cityservices.testkit.library.LibraryState.Branch;
import io.cityservices.testkit.library.LibraryState.Copy;
import io.cityservices.testkit.library.LibraryState.LoanRec;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generates the library data from the seed, for every seed city offering the service: three real
 * libraries per city, a catalogue of well-known Chinese titles (four of them so popular that every copy
 * is out), and for every citizen but each fifth a reader card with six loans (one renewable and one
 * for each reason a renewal can be refused), three holds (on the hold shelf, queuing, filled) and two
 * charges (one owed, one paid). Citizen 3 owes over the limit, citizen 7's card is blocked and
 * citizen 9's expired; of the citizens without a card, 5 and 15 qualify for a credit-based card and
 * 10 and 20 do not.
 */
final class Seeder {

  /** The loans every card holder has, by the renewal answer they get (for an active card under the fines limit). */
  static final List<String> LOAN_KINDS =
      List.of("renewable", "too_soon", "too_many", "on_hold", "overdue", "item_denied_renewal");

  private static final List<HoursJson> DAILY = hours("09:00", "20:30", false);
  private static final List<HoursJson> CLOSED_MONDAY = hours("09:00", "21:00", true);

  private static final Map<String, List<Branch>> BRANCHES = Map.of(
      "310000", List.of(
          new Branch("310000", "lib-310000-east", "上海图书馆东馆", "310115", "上海市浦东新区合欢路300号",
              GeoPoint.of(31.2183, 121.5432), "021-64455555", CLOSED_MONDAY),
          new Branch("310000", "lib-310000-huaihai", "上海图书馆淮海路馆", "310104", "上海市徐汇区淮海中路1555号",
              GeoPoint.of(31.2077, 121.4416), "021-64455555", DAILY),
          new Branch("310000", "lib-310000-yangpu", "杨浦区图书馆", "310110", "上海市杨浦区长海路366号",
              GeoPoint.of(31.3022, 121.5170), "021-65882008", CLOSED_MONDAY)),
      "330100", List.of(
          new Branch("330100", "lib-330100-main", "杭州图书馆", "330102", "杭州市上城区解放东路58号",
              GeoPoint.of(30.2467, 120.2095), "0571-87221000", DAILY),
          new Branch("330100", "lib-330100-zhejiang", "浙江图书馆曙光路馆", "330106", "杭州市西湖区曙光路73号",
              GeoPoint.of(30.2787, 120.1439), "0571-87988500", CLOSED_MONDAY),
          new Branch("330100", "lib-330100-gongshu", "拱墅区图书馆", "330105", "杭州市拱墅区湖墅南路197号",
              GeoPoint.of(30.2812, 120.1523), "0571-88390715", CLOSED_MONDAY)),
      "440300", List.of(
          new Branch("440300", "lib-440300-main", "深圳图书馆", "440304", "深圳市福田区福中一路2001号",
              GeoPoint.of(22.5468, 114.0562), "0755-83841000", CLOSED_MONDAY),
          new Branch("440300", "lib-440300-north", "深圳图书馆北馆", "440309", "深圳市龙华区腾龙路与北站东路交汇处",
              GeoPoint.of(22.6552, 114.0265), "0755-83841000", CLOSED_MONDAY),
          new Branch("440300", "lib-440300-nanshan", "南山图书馆", "440305", "深圳市南山区南山大道2093号",
              GeoPoint.of(22.5333, 113.9300), "0755-26421415", DAILY)));

  /** Title, author, publisher, year, call number, ISBN prefix of the publisher (first 12 digits come from it). */
  private static final List<String[]> TITLES = List.of(
      new String[] {"三体", "刘慈欣", "重庆出版社", "2008", "I247.55/L727", "97875366"},
      new String[] {"活着", "余华", "作家出版社", "2012", "I247.57/Y96", "97875063"},
      new String[] {"平凡的世界", "路遥", "北京十月文艺出版社", "2017", "I247.5/L877", "97875302"},
      new String[] {"百年孤独", "加西亚·马尔克斯", "南海出版公司", "2011", "I775.45/M123", "97875442"},
      new String[] {"围城", "钱锺书", "人民文学出版社", "1991", "I246.5/Q246", "9787020"},
      new String[] {"红楼梦", "曹雪芹", "人民文学出版社", "2008", "I242.47/C11", "9787020"},
      new String[] {"朝花夕拾", "鲁迅", "人民文学出版社", "2006", "I210.6/L97", "9787020"},
      new String[] {"骆驼祥子", "老舍", "人民文学出版社", "2008", "I246.5/L36", "9787020"},
      new String[] {"边城", "沈从文", "北京十月文艺出版社", "2009", "I246.5/S588", "97875302"},
      new String[] {"白鹿原", "陈忠实", "人民文学出版社", "2012", "I247.5/C657", "9787020"},
      new String[] {"长安的荔枝", "马伯庸", "湖南文艺出版社", "2022", "I247.5/M125", "97875726"},
      new String[] {"人类简史", "尤瓦尔·赫拉利", "中信出版社", "2017", "K02/H423", "97875086"},
      new String[] {"乡土中国", "费孝通", "北京大学出版社", "2012", "C912.82/F364", "9787301"},
      new String[] {"万历十五年", "黄仁宇", "生活·读书·新知三联书店", "2015", "K248.06/H855", "9787108"},
      new String[] {"额尔古纳河右岸", "迟子建", "北京十月文艺出版社", "2010", "I247.5/C532", "97875302"},
      new String[] {"文化苦旅", "余秋雨", "长江文艺出版社", "2014", "I267/Y786", "97875354"},
      new String[] {"繁花", "金宇澄", "上海文艺出版社", "2013", "I247.5/J568", "97875321"},
      new String[] {"人间词话", "王国维", "中华书局", "2016", "I207.23/W236", "9787101"},
      new String[] {"追风筝的人", "卡勒德·胡赛尼", "上海人民出版社", "2006", "I712.45/H875", "9787208"},
      new String[] {"解忧杂货店", "东野圭吾", "南海出版公司", "2014", "I313.45/D636", "97875442"},
      new String[] {"明朝那些事儿", "当年明月", "北京联合出版公司", "2017", "K248.09/D234", "97875596"},
      new String[] {"呐喊", "鲁迅", "人民文学出版社", "2005", "I210.6/L97-2", "9787020"},
      new String[] {"倾城之恋", "张爱玲", "北京十月文艺出版社", "2012", "I246.7/Z133", "97875302"},
      new String[] {"城南旧事", "林海音", "中国青年出版社", "2010", "I246.5/L573", "9787515"});

  private static final int POPULAR = 4;
  private static final List<String> SHELF_STATES =
      List.of("AVAILABLE", "AVAILABLE", "AVAILABLE", "IN_TRANSIT", "MISSING", "ON_LOAN");

  private final LibraryState state;
  private final RandomGenerator random;
  private final LocalDate today;
  private final Map<String, Map<String, String>> loansByKind = new HashMap<>();
  private final Map<String, Map<String, String>> holdsByStatus = new HashMap<>();
  private final Map<String, Boolean> creditEligible = new HashMap<>();

  private Seeder(LibraryState state, RandomGenerator random, Clock clock) {
    this.state = state;
    this.random = random;
    this.today = LocalDate.ofInstant(clock.instant(), LibraryState.ZONE);
  }

  /** What the seeding produced that tests look up. */
  record Seeded(Map<String, Map<String, String>> loansByKind, Map<String, Map<String, String>> holdsByStatus,
      Map<String, Boolean> creditEligible) {}

  static Seeded seed(LibraryState state, SeedData seed, RandomGenerator random, Clock clock) {
    Seeder seeder = new Seeder(state, random, clock);
    for (City city : seed.cities()) {
      List<Branch> branches = BRANCHES.get(city.code().value());
      if (branches != null && LibrarySandboxModule.SPEC.offeredIn(city.code())) {
        seeder.city(city, branches, seed.citizens(city.code()));
      }
    }
    return new Seeded(Map.copyOf(seeder.loansByKind), Map.copyOf(seeder.holdsByStatus),
        Map.copyOf(seeder.creditEligible));
  }

  private void city(City city, List<Branch> branches, List<Citizen> citizens) {
    String code = city.code().value();
    branches.forEach(state::addBranch);
    List<Book> books = new ArrayList<>();
    for (int i = 0; i < TITLES.size(); i++) {
      String[] t = TITLES.get(i);
      Book book = new Book(code, String.format("rec-%s-%03d", code, i + 1), t[0], t[1], isbn13(t[5], i), t[2],
          Integer.parseInt(t[3]), t[4]);
      state.addBook(book);
      books.add(book);
      for (int c = 0; c < 2 + random.nextInt(2); c++) {
        Branch branch = branches.get(random.nextInt(branches.size()));
        String status = i < POPULAR ? "ON_LOAN" : c == 0 ? "AVAILABLE" : SHELF_STATES.get(random.nextInt(SHELF_STATES.size()));
        Copy copy = state.addCopy(book, branch, "中文借阅区", true, status);
        copy.dueDate = status.equals("ON_LOAN") ? today.plusDays(5 + random.nextInt(20)) : null;
      }
    }
    List<Book> popular = books.subList(0, POPULAR);
    List<Book> ordinary = books.subList(POPULAR, books.size());
    for (int n = 0; n < citizens.size(); n++) {
      int index = n + 1;
      Citizen citizen = citizens.get(n);
      if (index % 5 == 0) {
        creditEligible.put(citizen.id(), index % 10 != 0);
        continue;
      }
      reader(code, citizen.id(), index, branches, popular, ordinary);
    }
  }

  private void reader(String city, String citizenId, int index, List<Branch> branches, List<Book> popular,
      List<Book> ordinary) {
    Branch home = branches.get(index % branches.size());
    boolean expired = index == 9;
    state.addCard(city, citizenId, index % 2 == 0 ? "CREDIT" : "DEPOSIT", home.id(),
        today.minusYears(expired ? 5 : 1).atStartOfDay(LibraryState.ZONE).toInstant(),
        expired ? today.minusDays(12) : today.plusYears(4));
    if (index == 7) {
      state.block(city, citizenId, "BLOCKED", "OVERDUE_ITEMS");
    } else if (expired) {
      state.block(city, citizenId, "EXPIRED", null);
    }
    List<Book> picks = new ArrayList<>(ordinary);
    java.util.Collections.shuffle(picks, new java.util.Random(random.nextLong()));
    Map<String, String> loans = new LinkedHashMap<>();
    loans.put("renewable", loan(citizenId, picks.get(0), home, true, today.plusDays(2), 0));
    loans.put("too_soon", loan(citizenId, picks.get(1), home, true, today.plusDays(20), 0));
    loans.put("too_many", loan(citizenId, picks.get(2), home, true, today.plusDays(5), LibraryState.LIMITS.maxRenewals()));
    loans.put("on_hold", loan(citizenId, popular.get(index % POPULAR), home, true, today.plusDays(6), 0));
    String overdue = loan(citizenId, picks.get(3), home, true, today.minusDays(3), 1);
    loans.put("overdue", overdue);
    loans.put("item_denied_renewal", loan(citizenId, picks.get(4), home, false, today.plusDays(4), 0));
    loansByKind.put(citizenId, loans);

    Map<String, String> holds = new LinkedHashMap<>();
    Copy shelved = state.addCopy(picks.get(5), home, "预约架", true, "ON_HOLD_SHELF");
    holds.put("OPEN_AWAITING_PICKUP", state.addHold(citizenId, picks.get(5), shelved, home.id(),
        "OPEN_AWAITING_PICKUP", today.plusDays(3)).id);
    holds.put("OPEN_NOT_YET_FILLED", state.addHold(citizenId, popular.get((index + 1) % POPULAR), null, home.id(),
        "OPEN_NOT_YET_FILLED", null).id);
    holds.put("CLOSED_FILLED", state.addHold(citizenId, picks.get(6), null, home.id(), "CLOSED_FILLED", null).id);
    holdsByStatus.put(citizenId, holds);

    state.addCharge(city, citizenId, "OVERDUE_FINE", LibraryState.FINE_PER_DAY_FEN * (5 + random.nextInt(25)), null,
        "OUTSTANDING");
    state.addCharge(city, citizenId, "OVERDUE_FINE", 120, null, "PAID");
    if (index == 3) {
      state.addCharge(city, citizenId, "LOST_ITEM", 4_500, null, "OUTSTANDING");
    }
  }

  private String loan(String citizenId, Book book, Branch branch, boolean renewable, LocalDate due, int renewals) {
    Copy copy = state.addCopy(book, branch, renewable ? "中文借阅区" : "新书速递", renewable, "ON_LOAN");
    LoanRec loan = state.addLoan(citizenId, copy, due, renewals);
    return loan.id;
  }

  /** The publisher's prefix padded with the title's number to 12 digits, and the EAN-13 check digit. */
  static String isbn13(String prefix, int number) {
    return withCheckDigit(prefix + String.format("%0" + (12 - prefix.length()) + "d", 1_000 + number * 37));
  }

  /** Twelve digits and their EAN-13 check digit (weights 1 and 3, modulo 10). */
  static String withCheckDigit(String twelve) {
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return twelve + (10 - sum % 10) % 10;
  }

  private static List<HoursJson> hours(String opens, String closes, boolean closedMonday) {
    List<HoursJson> list = new ArrayList<>();
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      if (!(closedMonday && day == java.time.DayOfWeek.MONDAY)) {
        list.add(new HoursJson(day.name(), opens, closes));
      }
    }
    return List.copyOf(list);
  }

  static Set<String> cities() {
    return BRANCHES.keySet();
  }
}
