package io.cityservices.testkit.marriage;

import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.model.Sex;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SeedData;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The national marital registry behind the platform's eligibility checks, seeded from each city's
 * adult citizens in seed order: the first man and woman are married to each other, the second man is
 * married to someone outside the seed, the third man and woman are siblings (close kin), and everyone
 * else is unmarried. Anyone not seeded is unmarried and kin to nobody. Not thread-safe: the state's
 * lock guards it.
 */
final class MaritalRegistry {
  /** Stands for a spouse who is not a seeded citizen. */
  private static final String OUTSIDE_SEED = "outside-seed";

  private final Map<String, String> spouses = new HashMap<>();
  private final Set<Set<String>> kin = new HashSet<>();
  private final Map<String, Fixtures> fixtures = new LinkedHashMap<>();

  /**
   * The well-known citizens of one city, for tests.
   *
   * @param marriedCouple a man and a woman married to each other
   * @param marriedElsewhere a man married to someone who is not seeded
   * @param closeKin a brother and a sister
   * @param unmarriedMen the remaining adult men, unmarried
   * @param unmarriedWomen the remaining adult women, unmarried
   */
  record Fixtures(List<Citizen> marriedCouple, Citizen marriedElsewhere, List<Citizen> closeKin,
      List<Citizen> unmarriedMen, List<Citizen> unmarriedWomen) {}

  MaritalRegistry(SeedData seed, List<String> cities, LocalDate today) {
    for (String city : cities) {
      List<Citizen> men = new ArrayList<>();
      List<Citizen> women = new ArrayList<>();
      for (Citizen c : seed.citizens(city)) {
        Sex sex = c.idNumber().sex();
        int age = Period.between(c.idNumber().birthDate(), today).getYears();
        if (sex == Sex.MALE && age >= 22) {
          men.add(c);
        } else if (sex == Sex.FEMALE && age >= 20) {
          women.add(c);
        }
      }
      if (men.size() < 4 || women.size() < 4) {
        continue;
      }
      marry(men.get(0).idNumber(), women.get(0).idNumber());
      marryOutsideSeed(men.get(1).idNumber());
      kin.add(Set.of(men.get(2).idNumber().value(), women.get(2).idNumber().value()));
      List<Citizen> unmarriedWomen = new ArrayList<>(women.subList(3, women.size()));
      unmarriedWomen.add(0, women.get(1));
      fixtures.put(city, new Fixtures(List.of(men.get(0), women.get(0)), men.get(1), List.of(men.get(2), women.get(2)),
          List.copyOf(men.subList(3, men.size())), List.copyOf(unmarriedWomen)));
    }
  }

  Fixtures fixtures(String city) {
    Fixtures f = fixtures.get(city);
    if (f == null) {
      throw new IllegalStateException("the seed has too few adults in " + city + " for marriage fixtures");
    }
    return f;
  }

  boolean isMarried(ResidentIdNumber id) {
    return spouses.containsKey(id.value());
  }

  boolean marriedToEachOther(ResidentIdNumber a, ResidentIdNumber b) {
    return b.value().equals(spouses.get(a.value()));
  }

  boolean closeKin(ResidentIdNumber a, ResidentIdNumber b) {
    return kin.contains(Set.of(a.value(), b.value()));
  }

  void marry(ResidentIdNumber a, ResidentIdNumber b) {
    spouses.put(a.value(), b.value());
    spouses.put(b.value(), a.value());
  }

  void marryOutsideSeed(ResidentIdNumber id) {
    spouses.put(id.value(), OUTSIDE_SEED);
  }

  void divorce(ResidentIdNumber a, ResidentIdNumber b) {
    spouses.remove(a.value());
    spouses.remove(b.value());
  }
}
