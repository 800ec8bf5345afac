package io.cityservices.testkit.traffic;

import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.ConsoleAction;
import io.cityservices.testkit.ConsoleRecord;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.DepartmentSpec;
import io.cityservices.testkit.Pages;
import io.cityservices.testkit.RouteFlags;
import io.cityservices.testkit.Router;
import io.cityservices.testkit.SandboxContext;
import io.cityservices.testkit.SandboxModule;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.SandboxRequest;
import io.cityservices.testkit.SandboxResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The traffic department of the simulated platform: the routes of {@code traffic.yaml} over a seeded
 * {@link TrafficWorld}. Tests reach its data and hooks through {@code sandbox.data(TrafficData.class)}.
 */
public final class TrafficSandbox implements SandboxModule {
  private static final Pattern SEMICOLON = Pattern.compile(";");
  private static final Pattern COMMA = Pattern.compile(",");
  /** The traffic department's name: paths {@code /v1/cities/{city}/traffic/...}, scope {@code traffic}. */
  public static final DepartmentName DEPARTMENT = DepartmentName.of("traffic");
  /** Traffic is offered in every seeded city. */
  static final DepartmentSpec SPEC = DepartmentSpec.of(DEPARTMENT, TrafficCity.served());

  private static final String BASE = "/v1/cities/{city}/traffic";
  private static final int MAX_LIMIT = 100;
  private static final Pattern ENGINE_SUFFIX = Pattern.compile("[A-Za-z0-9]{6}");
  private static final Pattern PLATE_TYPE = Pattern.compile("[0-9]{2}");
  private static final Set<String> STATES = Set.of("UNPROCESSED", "PAYABLE", "OVERDUE", "PAID", "CLOSED", "WITHDRAWN");
  private static final double DEFAULT_RADIUS_KM = 10;
  private static final double ROUTE_CORRIDOR_KM = 2;

  private SandboxContext context;
  private TrafficWorld world;
  private TrafficData data;

  /** For the service loader; the sandbox calls {@link #register} before anything else. */
  public TrafficSandbox() {}

  @Override
  public String name() {
    return "traffic";
  }

  @Override
  public List<DepartmentSpec> departments() {
    return List.of(SPEC);
  }

  @Override
  public void register(SandboxContext context) {
    this.context = context;
    this.world = new TrafficWorld(context.clock(), context.events(), context.mapper());
    seed();
    this.data = new TrafficData(world, context);
    context.provide(TrafficData.class, data);
    Router router = context.router();
    RouteFlags citizen = RouteFlags.DEFAULT.withCitizen();
    RouteFlags reference = RouteFlags.DEFAULT.withPublicCache();
    router.get(BASE + "/violations", citizen, this::listViolations);
    router.get(BASE + "/licence/violations", citizen, r -> page(r, world.licenceViolations(
        city(r), r.requireCitizen(), status(r))));
    router.get(BASE + "/violations/{violation_id}", citizen,
        r -> SandboxResponse.ok(world.violation(city(r), r.requireCitizen(), r.pathParam("violation_id"))));
    router.post(BASE + "/violations/{violation_id}/payments", RouteFlags.payment(), r -> SandboxResponse.created(
        world.pay(city(r), r.requireCitizen(), r.pathParam("violation_id"), r.bodyAs(Wire.PayBody.class).expectedAmount())));
    router.get(BASE + "/payments/{payment_id}", citizen,
        r -> SandboxResponse.ok(world.payment(city(r), r.requireCitizen(), r.pathParam("payment_id"))));
    router.get(BASE + "/licence", citizen, r -> SandboxResponse.ok(world.licence(r.requireCitizen())));
    router.get(BASE + "/vehicles", citizen,
        r -> page(r, world.vehicles(city(r), r.requireCitizen())));
    router.get(BASE + "/inspection-stations", reference, this::listStations);
    router.get(BASE + "/inspection-stations/{station_id}/slots", RouteFlags.DEFAULT, this::listSlots);
    router.post(BASE + "/inspection-bookings", citizen.withIdempotentCreate(), this::book);
    router.get(BASE + "/inspection-bookings", citizen,
        r -> page(r, world.bookings(city(r), r.requireCitizen())));
    router.delete(BASE + "/inspection-bookings/{booking_id}", citizen,
        r -> SandboxResponse.ok(world.cancel(city(r), r.requireCitizen(), r.pathParam("booking_id"))));
    router.put(BASE + "/inspection-bookings/{booking_id}", citizen, this::reschedule);
    router.get(BASE + "/road-conditions", reference, this::roadConditions);
  }

  @Override
  public void reset() {
    seed();
  }

  @Override
  public List<ConsoleRecord> consoleRecords(Citizen citizen) {
    return world.consoleRecords(citizen.id());
  }

  /** Records a camera violation on the citizen's first vehicle (publishes {@code traffic.violation.recorded}). */
  @Override
  public List<ConsoleAction> consoleActions() {
    return List.of(new ConsoleAction("traffic.record-violation", DEPARTMENT, "Record a violation", citizen -> {
      TrafficData.SeededVehicle vehicle = data.firstVehicleOf(citizen);
      String id = data.recordViolation(vehicle.plate(), vehicle.plateType(), "机动车违反禁令标志指示", 20_000, 3);
      return "recorded violation " + id + " (UNPROCESSED, 200.00 CNY, 3 points)";
    }));
  }

  private void seed() {
    world.clear();
    new TrafficSeeder(context.seed().randomFor(name()), context.clock().instant()).seed(context.seed(), world);
  }

  // ---- handlers that parse more than a path parameter

  private SandboxResponse listViolations(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    Optional<String> plate = r.query("plate");
    Optional<String> plateType = r.query("plate_type");
    Optional<String> suffix = r.query("engine_no_suffix");
    if (plate.isEmpty() && plateType.isEmpty() && suffix.isEmpty()) {
      return page(r, world.ownViolations(city(r), citizenId, status(r)));
    }
    List<FieldViolation> errors = new ArrayList<>();
    if (plate.isEmpty()) {
      errors.add(new FieldViolation("plate", "is required with plate_type and engine_no_suffix"));
    }
    if (plateType.filter(t -> PLATE_TYPE.matcher(t).matches()).isEmpty()) {
      errors.add(new FieldViolation("plate_type", "must be a two-digit GA 24.7 code"));
    }
    if (suffix.filter(s -> ENGINE_SUFFIX.matcher(s).matches()).isEmpty()) {
      errors.add(new FieldViolation("engine_no_suffix", "must be 6 letters or digits"));
    }
    if (!errors.isEmpty()) {
      throw SandboxProblem.validation(errors);
    }
    return page(r, world.vehicleViolations(
        city(r), plate.get(), plateType.get(), suffix.get(), status(r)));
  }

  private SandboxResponse listStations(SandboxRequest r) {
    Optional<String> near = r.query("near");
    double radius = r.query("radius_km").map(v -> number(v, "radius_km")).orElse(DEFAULT_RADIUS_KM);
    if (radius <= 0 || radius > 100) {
      throw SandboxProblem.validation("radius_km", "must be greater than 0 and at most 100");
    }
    if (near.isEmpty()) {
      return page(r, world.stations(city(r), null, null, radius));
    }
    double[] point = latLon(near.get(), "near");
    return page(r, world.stations(city(r), point[0], point[1], radius));
  }

  private SandboxResponse listSlots(SandboxRequest r) {
    String date = r.query("date").orElseThrow(() -> SandboxProblem.validation("date", "is required"));
    try {
      return SandboxResponse.ok(world.slots(city(r), r.pathParam("station_id"), LocalDate.parse(date)));
    } catch (DateTimeParseException e) {
      throw SandboxProblem.validation("date", "must be yyyy-MM-dd");
    }
  }

  private SandboxResponse book(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    Wire.BookBody body = r.bodyAs(Wire.BookBody.class);
    List<FieldViolation> errors = new ArrayList<>();
    requireText(errors, "station_id", body.stationId());
    requireText(errors, "slot_id", body.slotId());
    requireText(errors, "plate", body.plate());
    requireText(errors, "plate_type", body.plateType());
    if (!errors.isEmpty()) {
      throw SandboxProblem.validation(errors);
    }
    return SandboxResponse.created(world.book(city(r), citizenId, body));
  }

  private static void requireText(List<FieldViolation> errors, String field, String value) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldViolation(field, "is required"));
    }
  }

  private SandboxResponse reschedule(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    Wire.RescheduleBody body = r.bodyAs(Wire.RescheduleBody.class);
    if (body.slotId() == null || body.slotId().isBlank()) {
      throw SandboxProblem.validation("slot_id", "is required");
    }
    return SandboxResponse.ok(world.reschedule(city(r), citizenId, r.pathParam("booking_id"), body.slotId()));
  }

  private SandboxResponse roadConditions(SandboxRequest r) {
    Optional<String> bbox = r.query("bbox");
    Optional<String> route = r.query("route");
    if (bbox.isPresent() == route.isPresent()) {
      throw SandboxProblem.validation("route", "give exactly one of route and bbox");
    }
    Predicate<Sim.RoadEvent> where;
    if (bbox.isPresent()) {
      String[] parts = COMMA.split(bbox.get(), -1);
      if (parts.length != 4) {
        throw SandboxProblem.validation("bbox", "must be min_lon,min_lat,max_lon,max_lat");
      }
      double minLon = number(parts[0], "bbox");
      double minLat = number(parts[1], "bbox");
      double maxLon = number(parts[2], "bbox");
      double maxLat = number(parts[3], "bbox");
      where = e -> e.points().stream()
          .anyMatch(p -> p[0] >= minLat && p[0] <= maxLat && p[1] >= minLon && p[1] <= maxLon);
    } else {
      String[] parts = SEMICOLON.split(route.get(), -1);
      if (parts.length < 2) {
        throw SandboxProblem.validation("route", "must have at least 2 points");
      }
      List<double[]> points = new ArrayList<>();
      for (String p : parts) {
        points.add(latLon(p, "route"));
      }
      where = e -> e.points().stream().anyMatch(p -> nearRoute(p, points));
    }
    return page(r, world.roadEvents(city(r), where));
  }

  private static boolean nearRoute(double[] p, List<double[]> route) {
    for (int i = 1; i < route.size(); i++) {
      double[] a = route.get(i - 1);
      double[] b = route.get(i);
      if (Geo.kmToSegment(p[0], p[1], a[0], a[1], b[0], b[1]) <= ROUTE_CORRIDOR_KM) {
        return true;
      }
    }
    return false;
  }

  // ---- shared parsing

  private static String city(SandboxRequest r) {
    return r.pathParam("city");
  }

  /** The {@code status} query parameter, repeated for several statuses; empty for all. */
  private static Set<String> status(SandboxRequest r) {
    List<String> states = r.queryParams().getOrDefault("status", List.of());
    if (!STATES.containsAll(states)) {
      throw SandboxProblem.validation("status", "must be one of " + STATES);
    }
    return Set.copyOf(states);
  }

  private static double number(String value, String field) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw SandboxProblem.validation(field, "must be a number");
    }
  }

  private static double[] latLon(String value, String field) {
    String[] parts = COMMA.split(value, -1);
    if (parts.length != 2) {
      throw SandboxProblem.validation(field, "must be lat,lon");
    }
    double lat = number(parts[0], field);
    double lon = number(parts[1], field);
    if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
      throw SandboxProblem.validation(field, "is not a point on the earth");
    }
    return new double[] {lat, lon};
  }

  /** One page of a list answer; see {@link Pages}. */
  private static SandboxResponse page(SandboxRequest r, List<?> items) {
    return SandboxResponse.ok(Pages.slice(r, items, TrafficWorld.DEFAULT_LIMIT, MAX_LIMIT));
  }

  static SandboxProblem conflict(String code, String detail) {
    return new SandboxProblem(409, code, "Conflict", detail, List.of(), Map.of(), Map.of());
  }
}
