package io.cityservices.testkit;

import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The sandbox's deterministic seeded data: the same seed gives the same cities and citizens, byte for
 * byte. Service modules derive their own data from {@link #randomFor(String)}, so adding a module never
 * changes another module's data.
 */
public final class SeedData {
  /** How many citizens each city gets. */
  public static final int CITIZENS_PER_CITY = 20;

  private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭");
  private static final List<String> GIVEN = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "平");
  private static final List<String> MOBILE_PREFIXES = List.of("138", "139", "135", "136", "150", "158", "186", "188", "177", "199");
  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String CHECK_CHARS = "0123456789X";

  private final long seed;
  private final List<City> cities;
  private final Map<String, List<Citizen>> citizens;

  private SeedData(long seed, List<City> cities, Map<String, List<Citizen>> citizens) {
    this.seed = seed;
    this.cities = cities;
    this.citizens = citizens;
  }

  /**
   * Generates the data for {@code seed}.
   *
   * @param seed any value; equal seeds give equal data
   * @return the cities and their {@value #CITIZENS_PER_CITY} citizens each
   */
  public static SeedData generate(long seed) {
    List<City> cities = defaultCities();
    Map<String, List<Citizen>> citizens = new LinkedHashMap<>();
    SplittableRandom random = new SplittableRandom(mix(seed, "citizens"));
    for (City city : cities) {
      List<Citizen> list = new ArrayList<>();
      for (int i = 1; i <= CITIZENS_PER_CITY; i++) {
        list.add(citizen(city, i, random));
      }
      citizens.put(city.code().value(), List.copyOf(list));
    }
    return new SeedData(seed, cities, Map.copyOf(citizens));
  }

  /**
   * The ten cities of the original city-services launch. New cities go at the end: citizens are drawn
   * from one random sequence in this order, so appending keeps every existing citizen as it was.
   */
  private static List<City> defaultCities() {
    return List.of(
        new City(CityCode.SHANGHAI, "上海", List.of("310101", "310104", "310105", "310115")),
        new City(CityCode.HANGZHOU, "杭州", List.of("330102", "330105", "330106", "330108")),
        new City(CityCode.SHENZHEN, "深圳", List.of("440303", "440304", "440305", "440306")),
        new City(CityCode.GUANGZHOU, "广州", List.of("440103", "440104", "440105", "440106")),
        new City(CityCode.NINGBO, "宁波", List.of("330203", "330205", "330206", "330212")),
        new City(CityCode.NANCHANG, "南昌", List.of("360102", "360103", "360104", "360111")),
        new City(CityCode.QINGDAO, "青岛", List.of("370202", "370203", "370211", "370212")),
        new City(CityCode.TAIYUAN, "太原", List.of("140105", "140106", "140107", "140109")),
        new City(CityCode.FOSHAN, "佛山", List.of("440604", "440605", "440606", "440607")),
        new City(CityCode.WUHAN, "武汉", List.of("420102", "420103", "420106", "420111")));
  }

  private static Citizen citizen(City city, int index, SplittableRandom random) {
    String area = city.districts().get(random.nextInt(city.districts().size()));
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 55));
    String sequence = String.format("%03d", random.nextInt(1000));
    ResidentIdNumber idNumber = withCheckCharacter(area + birth.format(BASIC) + sequence);
    String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN.get(random.nextInt(GIVEN.size()));
    String phone = MOBILE_PREFIXES.get(random.nextInt(MOBILE_PREFIXES.size()))
        + String.format("%08d", random.nextInt(100_000_000));
    String id = String.format("c-%s-%03d", city.code().value(), index);
    return new Citizen(id, city.code(), idNumber, PersonName.of(name), PhoneNumber.of(phone));
  }

  /**
   * Completes 17 digits with the one check character the data model accepts, so the ISO 7064 rule lives
   * only in {@link ResidentIdNumber}.
   */
  private static ResidentIdNumber withCheckCharacter(String first17) {
    for (int i = 0; i < CHECK_CHARS.length(); i++) {
      char c = CHECK_CHARS.charAt(i);
      try {
        return ResidentIdNumber.of(first17 + c);
      } catch (IllegalArgumentException wrongCheck) {
        // exactly one of the eleven candidates is valid
      }
    }
    throw new IllegalStateException("no valid check character for generated identity number");
  }

  /**
   * The seed this data was generated from.
   *
   * @return the seed passed to {@link #generate(long)}
   */
  public long seed() {
    return seed;
  }

  /**
   * The seeded cities, in catalog order.
   *
   * @return the ten launch cities, Shanghai first
   */
  public List<City> cities() {
    return cities;
  }

  /**
   * A city by code.
   *
   * @param cityCode a six-digit city code, e.g. {@code 310000}
   * @return the city, or empty when it is not seeded
   */
  public Optional<City> city(String cityCode) {
    return cities.stream().filter(c -> c.code().value().equals(cityCode)).findFirst();
  }

  /**
   * A city by code.
   *
   * @param city the city code
   * @return the city, or empty when it is not seeded
   */
  public Optional<City> city(CityCode city) {
    return city(city.value());
  }

  /**
   * The citizens of a city (empty for an unknown city).
   *
   * @param cityCode a six-digit city code, e.g. {@code 310000}
   * @return the citizens in id order
   */
  public List<Citizen> citizens(String cityCode) {
    return citizens.getOrDefault(cityCode, List.of());
  }

  /**
   * The citizens of a city.
   *
   * @param city the city code
   * @return the citizens in id order, empty for a city that is not seeded
   */
  public List<Citizen> citizens(CityCode city) {
    return citizens(city.value());
  }

  /**
   * The well-known first citizen of a city, for examples ({@code c-<city>-001}).
   *
   * @param city a seeded city
   * @return the citizen {@code c-<city>-001}
   * @throws NoSuchElementException if the city is not seeded
   */
  public Citizen firstCitizen(CityCode city) {
    List<Citizen> list = citizens(city);
    if (list.isEmpty()) {
      throw new NoSuchElementException("no citizens seeded for " + city);
    }
    return list.get(0);
  }

  /**
   * A citizen by id.
   *
   * @param citizenId an id such as {@code c-310000-001}
   * @return the citizen, or empty when no city has it
   */
  public Optional<Citizen> citizen(String citizenId) {
    return citizens.values().stream().flatMap(List::stream).filter(c -> c.id().equals(citizenId)).findFirst();
  }

  /**
   * A random generator for one module's data, derived from the seed and the module's name: the same
   * seed and name always give the same sequence, independent of other modules.
   *
   * @param moduleName the module's {@link SandboxModule#name()}, or any stable label
   * @return a new generator at the start of the sequence
   */
  public RandomGenerator randomFor(String moduleName) {
    return new SplittableRandom(mix(seed, moduleName));
  }

  private static long mix(long seed, String name) {
    long h = seed;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ b) * 0x100000001B3L;
    }
    // SplitMix64 finaliser, so nearby seeds give unrelated streams
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }
}
