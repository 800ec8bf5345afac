package io.cityservices.testkit.traffic;

import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.City;
import io.cityservices.testkit.SeedData;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Generates the traffic data of every seeded city from the module's random generator: vehicles with
 * plates of the city's province, violations in every state, licences, inspection stations and road
 * events. The first citizen of each city gets a violation in every state, so examples find them.
 */
final class TrafficSeeder {
  private static final List<Sim.Stored> STORED_STATES = List.of(Sim.Stored.values());

  static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

  private static final String SERIAL = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String AUTHORITIES = "ABCDEFGHJKLMN";
  private static final List<String> BRANDS = List.of("大众朗逸", "丰田卡罗拉", "比亚迪秦PLUS", "特斯拉Model 3", "本田雅阁", "吉利星瑞");
  private static final List<String[]> OFFENCES = List.of(
      new String[] {"1352", "机动车超过规定时速未达20%", "20000", "3"},
      new String[] {"1625", "机动车违反禁令标志指示", "20000", "3"},
      new String[] {"1039", "机动车违反规定停放、临时停车", "20000", "0"},
      new String[] {"1208", "机动车不按规定车道行驶", "10000", "2"},
      new String[] {"1345", "机动车通过有灯控路口时，不按所需行进方向驶入导向车道", "10000", "2"},
      new String[] {"1302", "机动车违反交通信号灯通行", "20000", "6"});
  private static final List<String> EVENT_TYPES = List.of(
      "ACCIDENT", "ROADWORK", "TRAFFIC_CONTROL", "CONGESTION", "WEATHER", "DISASTER", "BREAKDOWN", "ROAD_ANOMALY", "DETOUR");
  private static final List<String> DIRECTIONS = List.of("NORTHBOUND", "SOUTHBOUND", "EASTBOUND", "WESTBOUND", "BOTH");
  private static final List<String> IMPACTS = List.of("ALL_LANES_OPEN", "SOME_LANES_CLOSED", "ALL_LANES_CLOSED", "ALTERNATING_ONE_WAY");
  private static final List<String> SEVERITIES = List.of("LOW", "MEDIUM", "HIGH", "HIGHEST");

  private final RandomGenerator random;
  private final Instant now;
  private final LocalDate today;
  private final Set<String> plates = new HashSet<>();
  private int violationSeq;

  TrafficSeeder(RandomGenerator random, Instant now) {
    this.random = random;
    this.now = now;
    this.today = LocalDate.ofInstant(now, CHINA);
  }

  static double[] centre(String city) {
    TrafficCity c = TrafficCity.require(city);
    return new double[] {c.latitude(), c.longitude()};
  }

  void seed(SeedData seed, TrafficWorld world) {
    for (City city : seed.cities()) {
      if (!TrafficSandbox.SPEC.offeredIn(city.code())) {
        continue;
      }
      String code = city.code().value();
      List<Citizen> citizens = seed.citizens(city.code());
      for (int i = 0; i < citizens.size(); i++) {
        Citizen citizen = citizens.get(i);
        world.addLicence(licence(citizen, i));
        Sim.Vehicle car = vehicle(citizen.id(), code, false);
        world.addVehicle(car);
        if (i == 0) {
          for (Sim.Stored state : Sim.Stored.values()) {
            world.addViolation(violation(car, citizen.id(), state, state == Sim.Stored.PAYABLE ? 10 : 0));
          }
          world.addViolation(violation(car, citizen.id(), Sim.Stored.PAYABLE, -4));
          world.addViolation(violation(car, citizen.id(), Sim.Stored.PAYABLE, 20));
        } else {
          int count = random.nextInt(4);
          for (int v = 0; v < count; v++) {
            Sim.Stored state = STORED_STATES.get(random.nextInt(STORED_STATES.size()));
            world.addViolation(violation(car, citizen.id(), state, random.nextInt(-10, 15)));
          }
        }
        if (i % 3 == 0) {
          Sim.Vehicle ev = vehicle(citizen.id(), code, true);
          world.addVehicle(ev);
          world.addViolation(violation(ev, citizen.id(), Sim.Stored.PAYABLE, 12));
        }
      }
      double[] centre = centre(code);
      for (int s = 1; s <= 4; s++) {
        world.addStation(new Sim.Station(
            "st-" + code + "-" + s, code, city.name() + "第" + s + "机动车检测站", city.name() + "市检测路" + (s * 11) + "号",
            round(centre[0] + (s - 2.5) * 0.03), round(centre[1] + (s % 2 == 0 ? 0.04 : -0.04)),
            TrafficCity.require(code).areaCode() + "-" + (60000000 + random.nextInt(10_000_000))));
      }
      for (int e = 0; e < EVENT_TYPES.size(); e++) {
        world.addRoadEvent(roadEvent(code, e, centre));
      }
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  private Sim.Licence licence(Citizen citizen, int index) {
    LocalDate first = today.minusYears(2 + random.nextInt(20)).minusDays(random.nextInt(365));
    LocalDate validFrom = first.plusYears(6L * ((today.getYear() - first.getYear()) / 6));
    Set<String> statuses = index == 2 ? Set.of("A", "Z") : index == 1 ? Set.of("A", "H") : Set.of("A");
    return new Sim.Licence(citizen.id(), citizen.idNumber().value(), String.format("%012d", random.nextLong(1_000_000_000_000L)),
        index % 4 == 3 ? "A2D" : "C1", first, validFrom, validFrom.plusYears(6), index == 0 ? 3 : random.nextInt(12),
        first.withYear(today.getYear()).isAfter(today) ? first.withYear(today.getYear()) : first.withYear(today.getYear() + 1),
        statuses);
  }

  Sim.Vehicle vehicle(String citizenId, String city, boolean newEnergy) {
    String plate;
    do {
      String prefix = TrafficCity.require(city).platePrefix();
      if (prefix.length() == 1) {
        prefix += AUTHORITIES.charAt(random.nextInt(AUTHORITIES.length()));
      }
      StringBuilder serial = new StringBuilder();
      if (newEnergy) {
        serial.append(random.nextBoolean() ? 'D' : 'F').append(SERIAL.charAt(random.nextInt(SERIAL.length())));
        for (int i = 0; i < 4; i++) {
          serial.append(random.nextInt(10));
        }
      } else {
        serial.append(random.nextInt(10));
        for (int i = 0; i < 4; i++) {
          serial.append(SERIAL.charAt(random.nextInt(SERIAL.length())));
        }
      }
      plate = prefix + serial;
    } while (!plates.add(plate));
    StringBuilder engine = new StringBuilder(newEnergy ? "TZ" : "EA");
    StringBuilder vin = new StringBuilder("LSV");
    for (int i = 0; i < 6; i++) {
      engine.append(SERIAL.charAt(random.nextInt(SERIAL.length())));
    }
    for (int i = 0; i < 14; i++) {
      vin.append(SERIAL.charAt(random.nextInt(SERIAL.length())));
    }
    return new Sim.Vehicle(citizenId, city, plate, newEnergy ? "52" : "02", engine.toString(), vin.toString(),
        BRANDS.get(random.nextInt(BRANDS.size())), today.plusDays(random.nextInt(20, 700)));
  }

  /**
   * A violation in {@code state}; for PAYABLE, {@code deadlineInDays} below zero makes it OVERDUE by that
   * many days.
   */
  Sim.Violation violation(Sim.Vehicle vehicle, String citizenId, Sim.Stored state, int deadlineInDays) {
    String[] offence = OFFENCES.get(random.nextInt(OFFENCES.size()));
    boolean speeding = offence[0].equals("1352");
    int limit = speeding ? 60 + 20 * random.nextInt(3) : 0;
    Instant occurred = now.minusSeconds(86_400L * (20 + random.nextInt(300)) + random.nextInt(86_400));
    String id = String.format("%s%010d", vehicle.city, ++violationSeq);
    boolean decided = state != Sim.Stored.UNPROCESSED && state != Sim.Stored.WITHDRAWN;
    long fine = state == Sim.Stored.CLOSED ? 0 : Long.parseLong(offence[2]);
    Sim.Violation violation = new Sim.Violation(id, vehicle, state == Sim.Stored.UNPROCESSED ? null : citizenId, occurred,
        vehicle.city.substring(0, 4) + String.format("%06d", random.nextInt(1_000_000)),
        crossing(vehicle.city),
        offence[0], offence[1], speeding ? limit + 1 + random.nextInt(limit / 5) : null, speeding ? limit : null,
        fine, Integer.parseInt(offence[3]), "公安局交通警察支队", random.nextInt(5) == 0 ? "ON_SITE" : "CAMERA",
        decided ? vehicle.city + String.format("%09d", random.nextInt(1_000_000_000)) : null,
        state == Sim.Stored.PAYABLE ? today.plusDays(deadlineInDays) : null, state);
    if (state == Sim.Stored.PAID) {
      violation.paidAt = occurred.plusSeconds(86_400L * (1 + random.nextInt(14)));
      violation.paidFen = fine;
    }
    return violation;
  }

  private String road(String city) {
    List<String> roads = TrafficCity.require(city).roads();
    return roads.get(random.nextInt(roads.size()));
  }

  private String crossing(String city) {
    String first = road(city);
    String second = road(city);
    while (second.equals(first)) {
      second = road(city);
    }
    return first + "与" + second + "交叉口";
  }

  private Sim.RoadEvent roadEvent(String city, int index, double[] centre) {
    List<double[]> points = new ArrayList<>();
    double lat = centre[0] + (random.nextDouble() - 0.5) * 0.1;
    double lon = centre[1] + (random.nextDouble() - 0.5) * 0.1;
    points.add(new double[] {round(lat), round(lon)});
    if (index % 2 == 0) {
      points.add(new double[] {round(lat + 0.01), round(lon + 0.01)});
    }
    Instant starts = now.minusSeconds(3600L * random.nextInt(1, 48));
    return new Sim.RoadEvent("re-" + city + "-" + (index + 1), city, EVENT_TYPES.get(index),
        List.of(road(city)), DIRECTIONS.get(random.nextInt(DIRECTIONS.size())),
        IMPACTS.get(random.nextInt(IMPACTS.size())), SEVERITIES.get(random.nextInt(SEVERITIES.size())),
        EVENT_TYPES.get(index).toLowerCase(java.util.Locale.ROOT).replace('_', ' '), starts,
        index % 3 == 0 ? null : starts.plusSeconds(3600L * random.nextInt(2, 72)), points);
  }
}
