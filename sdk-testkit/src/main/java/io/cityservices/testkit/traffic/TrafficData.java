package io.cityservices.testkit.traffic;

import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.SandboxContext;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The traffic sandbox's seeded data and test hooks, reached with
 * {@code sandbox.data(TrafficData.class)}: the vehicles (with their engine numbers, which the API never
 * returns), the stations, and hooks that make the platform record a violation or change licence points,
 * publishing the matching webhook events.
 */
public final class TrafficData {

  private final TrafficWorld world;
  private final SandboxContext context;
  private final SplittableRandom random = new SplittableRandom(2015);

  TrafficData(TrafficWorld world, SandboxContext context) {
    this.world = world;
    this.context = context;
  }

  /**
   * A seeded vehicle.
   *
   * @param plate the plate, e.g. {@code 沪A1B2C3}
   * @param plateType the GA 24.7 code, {@code 02} ordinary small or {@code 52} new-energy small
   * @param engineNumber the full engine number; lookups use its last six characters
   * @param vin the VIN
   */
  public record SeededVehicle(String plate, String plateType, String engineNumber, String vin) {
    /**
     * The last six characters of the engine number.
     *
     * @return what {@code engine_no} lookups take
     */
    public String engineNoSuffix() {
      return engineNumber.substring(engineNumber.length() - 6);
    }

    @Override
    public String toString() {
      return "SeededVehicle[plate=" + plate.substring(0, 2) + "***, plateType=" + plateType + "]";
    }
  }

  /**
   * The vehicles bound to a citizen; the first is always an ordinary small car.
   *
   * @param citizenId a seeded citizen's id
   * @return the vehicles, empty for a citizen of a city without traffic
   */
  public List<SeededVehicle> vehiclesOf(String citizenId) {
    return world.vehiclesOf(citizenId).stream()
        .map(v -> new SeededVehicle(v.plate, v.plateType, v.engineNumber, v.vin))
        .toList();
  }

  /**
   * The first vehicle of a citizen.
   *
   * @param citizen a seeded citizen of a city with traffic
   * @return the citizen's ordinary small car
   */
  public SeededVehicle firstVehicleOf(Citizen citizen) {
    return vehiclesOf(citizen.id()).stream().findFirst()
        .orElseThrow(() -> new NoSuchElementException("no vehicle seeded for " + citizen.id()));
  }

  /**
   * The ids of a city's inspection stations.
   *
   * @param cityCode a six-digit city code
   * @return the ids, empty for a city without traffic
   */
  public List<String> stationIds(String cityCode) {
    return world.stationsIn(cityCode).stream().map(Sim.Station::id).toList();
  }

  /**
   * How many payments the platform took for a violation (to prove a fine was never paid twice).
   *
   * @param violationId any violation id
   * @return the count, 0 for an unknown or unpaid violation
   */
  public int paymentCount(String violationId) {
    return world.paymentsFor(violationId);
  }

  /**
   * Records a new camera violation (UNPROCESSED) for a seeded vehicle and publishes
   * {@code traffic.violation.recorded}.
   *
   * @param plate a seeded vehicle's plate
   * @param plateType the vehicle's GA 24.7 plate type code
   * @param description what happened, as the camera system words it
   * @param fineFen the fine in fen (1/100 yuan)
   * @param points the licence points it costs
   * @return the new violation's id
   */
  public synchronized String recordViolation(String plate, String plateType, String description, long fineFen, int points) {
    Sim.Vehicle vehicle = world.vehicle(plate, plateType)
        .orElseThrow(() -> new NoSuchElementException("no seeded vehicle with that plate"));
    String id = "rec" + vehicle.city + String.format("%08d", random.nextInt(100_000_000));
    Sim.Violation violation = new Sim.Violation(id, vehicle, null, context.clock().instant(), vehicle.city + "0001",
        "中山北路与延安西路交叉口", "1625", description, null, null, fineFen, points, "公安局交通警察支队", "CAMERA",
        null, null, Sim.Stored.UNPROCESSED);
    world.record(violation);
    return id;
  }

  /**
   * Sets the points on a citizen's licence and publishes {@code traffic.licence.points_changed}.
   *
   * @param citizenId a seeded citizen's id
   * @param points the new points total
   */
  public void changeLicencePoints(String citizenId, int points) {
    Sim.Licence before = world.licenceOf(citizenId).orElseThrow(() -> new NoSuchElementException("no licence"));
    Set<String> statuses = points >= 12 ? Set.of("B") : before.statuses();
    world.putLicence(new Sim.Licence(before.citizenId(), before.number(), before.fileNumber(), before.licenceClass(),
        before.firstIssuedOn(), before.validFrom(), before.validUntil(), points, before.cycleEndsOn(), statuses));
    String city = context.seed().citizen(citizenId).map(c -> c.city().value()).orElseThrow();
    context.events().publish("traffic.licence.points_changed", city, context.mapper().valueToTree(java.util.Map.of(
        "citizen_id", citizenId, "previous_points", before.points(), "points", points,
        "cycle_ends_on", before.cycleEndsOn().toString())));
  }

  /**
   * Publishes {@code traffic.inspection.due} for a seeded vehicle.
   *
   * @param plate a seeded vehicle's plate
   * @param plateType the vehicle's GA 24.7 plate type code
   */
  public void announceInspectionDue(String plate, String plateType) {
    Sim.Vehicle v = world.vehicle(plate, plateType).orElseThrow(() -> new NoSuchElementException("no such vehicle"));
    LocalDate until = v.inspectionValidUntil;
    context.events().publish("traffic.inspection.due", v.city, context.mapper().valueToTree(java.util.Map.of(
        "citizen_id", v.citizenId, "plate", v.plate, "plate_type", v.plateType,
        "inspection_valid_until", until.toString())));
  }
}
