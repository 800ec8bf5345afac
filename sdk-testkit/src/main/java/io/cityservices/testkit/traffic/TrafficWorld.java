package io.cityservices.testkit.traffic;

import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import io.cityservices.testkit.ConsoleRecord;

import static io.cityservices.testkit.traffic.TrafficSeeder.CHINA;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.testkit.Events;
import io.cityservices.testkit.SandboxClock;
import io.cityservices.testkit.SandboxProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The traffic department's state and rules. Every method holds the world's lock, so concurrent
 * requests see a consistent world.
 */
final class TrafficWorld {
  private static final Pattern UNDERSCORE = Pattern.compile("_");

  static final int DEFAULT_LIMIT = 20;
  static final int SLOTS_PER_DAY = 8;
  static final int SLOT_CAPACITY = 3;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final SandboxClock clock;
  private final Events events;
  private final ObjectMapper mapper;
  private final Map<String, Sim.Vehicle> vehicles = new LinkedHashMap<>();
  private final Map<String, Sim.Violation> violations = new LinkedHashMap<>();
  private final Map<String, Sim.Licence> licences = new LinkedHashMap<>();
  private final Map<String, Sim.Station> stations = new LinkedHashMap<>();
  private final Map<String, Sim.Payment> payments = new LinkedHashMap<>();
  private final Map<String, Sim.Booking> bookings = new LinkedHashMap<>();
  private final List<Sim.RoadEvent> roadEvents = new ArrayList<>();
  private int paymentSeq;
  private int bookingSeq;

  TrafficWorld(SandboxClock clock, Events events, ObjectMapper mapper) {
    this.clock = clock;
    this.events = events;
    this.mapper = mapper;
  }

  // ---- seeding

  synchronized void clear() {
    vehicles.clear();
    violations.clear();
    licences.clear();
    stations.clear();
    payments.clear();
    bookings.clear();
    roadEvents.clear();
  }

  synchronized void addVehicle(Sim.Vehicle v) {
    vehicles.put(v.plate + "/" + v.plateType, v);
  }

  synchronized void addViolation(Sim.Violation v) {
    violations.put(v.id, v);
  }

  synchronized void addLicence(Sim.Licence l) {
    licences.put(l.citizenId(), l);
  }

  synchronized void addStation(Sim.Station s) {
    stations.put(s.id(), s);
  }

  synchronized void addRoadEvent(Sim.RoadEvent e) {
    roadEvents.add(e);
  }

  synchronized List<Sim.Vehicle> vehiclesOf(String citizenId) {
    return vehicles.values().stream().filter(v -> v.citizenId.equals(citizenId)).toList();
  }

  synchronized List<Sim.Station> stationsIn(String city) {
    return stations.values().stream().filter(s -> s.city().equals(city)).toList();
  }

  synchronized Optional<Sim.Vehicle> vehicle(String plate, String plateType) {
    return Optional.ofNullable(vehicles.get(plate + "/" + plateType));
  }

  synchronized void putLicence(Sim.Licence licence) {
    licences.put(licence.citizenId(), licence);
  }

  synchronized Optional<Sim.Licence> licenceOf(String citizenId) {
    return Optional.ofNullable(licences.get(citizenId));
  }

  // ---- violations

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), CHINA);
  }

  private OffsetDateTime at(Instant instant) {
    return instant == null ? null : instant.atOffset(CHINA).truncatedTo(ChronoUnit.SECONDS);
  }

  private boolean overdue(Sim.Violation v) {
    return v.stored == Sim.Stored.PAYABLE && today().isAfter(v.deadline);
  }

  /** 3% of the fine per day overdue, capped at the fine. */
  private long lateFee(Sim.Violation v) {
    if (!overdue(v)) {
      return 0;
    }
    long days = ChronoUnit.DAYS.between(v.deadline, today());
    return Math.min(v.fineFen, v.fineFen * 3 * days / 100);
  }

  private String state(Sim.Violation v) {
    return overdue(v) ? "OVERDUE" : v.stored.name();
  }

  Wire.Violation render(Sim.Violation v) {
    String state = state(v);
    boolean decided = v.decisionNumber != null;
    return new Wire.Violation(v.id, v.vehicle.plate, v.vehicle.plateType, at(v.occurredAt), v.placeCode, v.address,
        v.code, v.description, v.measured, v.limit, Wire.Money.cny(v.fineFen),
        Wire.Money.cny(v.stored == Sim.Stored.PAID ? v.paidFen - v.fineFen : lateFee(v)), v.points,
        v.authority, decided ? v.authority : null, v.source, v.decisionNumber, state,
        decided ? "1" : "0", v.stored == Sim.Stored.PAID ? "1" : "0", v.deadline, at(v.paidAt),
        List.of("https://evidence.sandbox.cityservices.io/" + v.id + "/1.jpg"));
  }

  private boolean visibleTo(Sim.Violation v, String citizenId) {
    return v.vehicle.citizenId.equals(citizenId) || citizenId.equals(v.driverCitizenId);
  }

  synchronized List<Wire.Violation> vehicleViolations(String city, String plate, String plateType, String engineSuffix,
      Set<String> states) {
    Sim.Vehicle vehicle = vehicles.get(plate + "/" + plateType);
    if (vehicle == null || !vehicle.city.equals(city)
        || !vehicle.engineNumber.endsWith(engineSuffix.toUpperCase(java.util.Locale.ROOT))) {
      throw SandboxProblem.notFound("no vehicle matches the plate, plate type and engine number");
    }
    return page(v -> v.vehicle == vehicle, states);
  }

  synchronized List<Wire.Violation> ownViolations(String city, String citizenId, Set<String> states) {
    return page(v -> v.vehicle.city.equals(city) && v.vehicle.citizenId.equals(citizenId), states);
  }

  synchronized List<Wire.Violation> licenceViolations(String city, String citizenId, Set<String> states) {
    return page(v -> v.vehicle.city.equals(city) && citizenId.equals(v.driverCitizenId), states);
  }

  /** The violations {@code filter} admits, newest first, in one of {@code states} (all when empty). */
  private List<Wire.Violation> page(Predicate<Sim.Violation> filter, Set<String> states) {
    List<Wire.Violation> all = violations.values().stream()
        .filter(filter)
        .sorted(Comparator.comparing((Sim.Violation v) -> v.occurredAt).reversed().thenComparing(v -> v.id))
        .map(this::render)
        .filter(v -> states.isEmpty() || states.contains(v.status()))
        .toList();
    return all;
  }

  synchronized Wire.Violation violation(String city, String citizenId, String id) {
    return render(visibleViolation(city, citizenId, id));
  }

  private Sim.Violation visibleViolation(String city, String citizenId, String id) {
    Sim.Violation v = violations.get(id);
    if (v == null || !v.vehicle.city.equals(city) || !visibleTo(v, citizenId)) {
      throw SandboxProblem.notFound("no such violation");
    }
    return v;
  }

  synchronized Wire.Payment pay(String city, String citizenId, String violationId, Wire.Money expected) {
    Sim.Violation v = visibleViolation(city, citizenId, violationId);
    String state = state(v);
    if (!state.equals("PAYABLE") && !state.equals("OVERDUE")) {
      throw TrafficSandbox.conflict("violation_not_payable", "the violation is " + state + ", not payable");
    }
    long due = v.fineFen + lateFee(v);
    if (expected == null || expected.amount() != due || !"CNY".equals(expected.currency())) {
      throw TrafficSandbox.conflict("amount_mismatch", "the expected amount is not the amount due");
    }
    Instant now = clock.instant();
    v.stored = Sim.Stored.PAID;
    v.paidAt = now;
    v.paidFen = due;
    Sim.Payment payment = new Sim.Payment(String.format("pay_tr_%06d", ++paymentSeq), citizenId, v.id, due, now,
        "R" + city + String.format("%08d", paymentSeq));
    payments.put(payment.id(), payment);
    Map<String, Object> paid = new LinkedHashMap<>();
    paid.put("violation_id", v.id);
    paid.put("payment_id", payment.id());
    paid.put("citizen_id", citizenId);
    paid.put("amount", Wire.Money.cny(due));
    paid.put("paid_at", at(now));
    events.publish("traffic.violation.paid", city, mapper.valueToTree(paid));
    Map<String, Object> succeeded = new LinkedHashMap<>();
    succeeded.put("payment_id", payment.id());
    succeeded.put("service", "traffic");
    succeeded.put("reference", v.id);
    succeeded.put("citizen_id", citizenId);
    succeeded.put("amount", Wire.Money.cny(due));
    succeeded.put("paid_at", at(now));
    events.publish("traffic.payment.succeeded", city, mapper.valueToTree(succeeded));
    return render(payment);
  }

  /** Paid at the channel until the next day, when the treasury writes it off and issues the receipt. */
  private Wire.Payment render(Sim.Payment p) {
    boolean writtenOff = clock.instant().isAfter(p.paidAt().plus(Duration.ofDays(1)));
    return new Wire.Payment(p.id(), p.violationId(), Wire.Money.cny(p.amountFen()), "SUCCEEDED",
        writtenOff ? "WRITTEN_OFF_BY_TREASURY" : "PAID_AT_CHANNEL", writtenOff ? p.receiptNumber() : null,
        at(p.paidAt()), at(p.paidAt()));
  }

  synchronized Wire.Payment payment(String city, String citizenId, String paymentId) {
    Sim.Payment p = payments.get(paymentId);
    if (p == null || !p.citizenId().equals(citizenId) || !violations.get(p.violationId()).vehicle.city.equals(city)) {
      throw SandboxProblem.notFound("no such payment");
    }
    return render(p);
  }

  synchronized int paymentsFor(String violationId) {
    return (int) payments.values().stream().filter(p -> p.violationId().equals(violationId)).count();
  }

  /** Records a new UNPROCESSED violation for a vehicle and publishes {@code traffic.violation.recorded}. */
  synchronized Wire.Violation record(Sim.Violation v) {
    violations.put(v.id, v);
    Wire.Violation rendered = render(v);
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("violation_id", v.id);
    data.put("citizen_id", v.vehicle.citizenId);
    data.put("plate", v.vehicle.plate);
    data.put("plate_type", v.vehicle.plateType);
    data.put("occurred_at", rendered.occurredAt());
    data.put("description", v.description);
    data.put("fine", rendered.fine());
    data.put("points", v.points);
    data.put("status", rendered.status());
    events.publish("traffic.violation.recorded", v.vehicle.city, mapper.valueToTree(data));
    return rendered;
  }

  /** The sandbox console's view of a citizen: the fines of their vehicles and their inspection bookings. */
  synchronized List<ConsoleRecord> consoleRecords(String citizenId) {
    List<ConsoleRecord> records = new ArrayList<>();
    violations.values().stream()
        .filter(v -> visibleTo(v, citizenId))
        .sorted(Comparator.comparing((Sim.Violation v) -> v.occurredAt).reversed().thenComparing(v -> v.id))
        .forEach(v -> records.add(ConsoleRecord.of(TrafficSandbox.DEPARTMENT, "fine", v.id, state(v),
            Redactor.maskPlate(v.vehicle.plate) + " " + v.description,
            Money.cny(v.stored == Sim.Stored.PAID ? v.paidFen : v.fineFen + lateFee(v)))));
    bookings.values().stream()
        .filter(b -> b.citizenId.equals(citizenId))
        .forEach(b -> records.add(ConsoleRecord.of(TrafficSandbox.DEPARTMENT, "booking", b.id, b.state,
            "inspection of " + Redactor.maskPlate(b.plate) + " at " + b.stationId)));
    return records;
  }

  // ---- licence and vehicles

  synchronized Wire.Licence licence(String citizenId) {
    Sim.Licence l = licenceOf(citizenId).orElseThrow(() -> SandboxProblem.notFound("the citizen holds no licence"));
    return new Wire.Licence(l.number(), l.fileNumber(), l.licenceClass(), l.firstIssuedOn(), l.validFrom(),
        l.validUntil(), l.points(), l.cycleEndsOn(), l.statuses().stream().sorted().toList());
  }

  synchronized List<Wire.Vehicle> vehicles(String city, String citizenId) {
    List<Wire.Vehicle> list = vehicles.values().stream()
        .filter(v -> v.citizenId.equals(citizenId) && v.city.equals(city))
        .map(v -> new Wire.Vehicle(v.plate, v.plateType, v.vin, v.brand, List.of("A"), v.inspectionValidUntil))
        .toList();
    return list;
  }

  // ---- inspections

  synchronized List<Wire.Station> stations(String city, Double lat, Double lon, double radiusKm) {
    List<Wire.Station> list = new ArrayList<>();
    for (Sim.Station s : stationsIn(city)) {
      Double distance = lat == null ? null : Math.round(Geo.km(lat, lon, s.latitude(), s.longitude()) * 100) / 100.0;
      if (distance == null || distance <= radiusKm) {
        list.add(new Wire.Station(s.id(), s.name(), s.address(), new Wire.GeoPoint(s.latitude(), s.longitude()),
            s.phone(), "08:30-17:00", distance));
      }
    }
    if (lat != null) {
      list.sort(Comparator.comparing(Wire.Station::distanceKm));
    }
    return list;
  }

  private Sim.Station station(String city, String stationId) {
    Sim.Station s = stations.get(stationId);
    if (s == null || !s.city().equals(city)) {
      throw SandboxProblem.notFound("no such inspection station");
    }
    return s;
  }

  /** Slot ids are {@code <station>_<yyyyMMdd>_<hour>}; the first slot of a day takes one vehicle. */
  private static String slotId(String stationId, LocalDate date, int hour) {
    return stationId + "_" + date.format(DAY) + "_" + String.format("%02d", hour);
  }

  private record SlotRef(String stationId, LocalDate date, int hour) {
    int capacity() {
      return hour == 9 ? 1 : SLOT_CAPACITY;
    }
  }

  private Optional<SlotRef> parseSlot(String slotId) {
    String[] parts = UNDERSCORE.split(slotId, -1);
    if (parts.length != 3) {
      return Optional.empty();
    }
    try {
      int hour = Integer.parseInt(parts[2]);
      LocalDate date = LocalDate.parse(parts[1], DAY);
      return hour >= 9 && hour < 9 + SLOTS_PER_DAY && stations.containsKey(parts[0])
          ? Optional.of(new SlotRef(parts[0], date, hour)) : Optional.empty();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private int taken(String slotId) {
    return (int) bookings.values().stream().filter(b -> b.slotId.equals(slotId) && isActive(b)).count();
  }

  private static boolean isActive(Sim.Booking b) {
    return b.state.equals("BOOKED") || b.state.equals("HELD");
  }

  private Wire.Slot renderSlot(SlotRef ref) {
    String id = slotId(ref.stationId(), ref.date(), ref.hour());
    OffsetDateTime start = ref.date().atTime(LocalTime.of(ref.hour(), 0)).atOffset(CHINA);
    return new Wire.Slot(id, ref.stationId(), start, start.plusHours(1), ref.capacity(),
        Math.max(0, ref.capacity() - taken(id)));
  }

  synchronized Wire.Page slots(String city, String stationId, LocalDate date) {
    station(city, stationId);
    List<Wire.Slot> list = new ArrayList<>();
    if (!date.isBefore(today())) {
      for (int h = 9; h < 9 + SLOTS_PER_DAY; h++) {
        list.add(renderSlot(new SlotRef(stationId, date, h)));
      }
    }
    return new Wire.Page(list, null);
  }

  private SlotRef bookableSlot(String stationId, String slotId) {
    SlotRef ref = parseSlot(slotId).filter(r -> r.stationId().equals(stationId))
        .orElseThrow(() -> SandboxProblem.notFound("no such slot at this station"));
    if (ref.date().isBefore(today())) {
      throw TrafficSandbox.conflict("slot_past", "the slot is in the past");
    }
    if (taken(slotId) >= ref.capacity()) {
      throw TrafficSandbox.conflict("slot_full", "the slot has no place left");
    }
    return ref;
  }

  synchronized Wire.Booking book(String city, String citizenId, Wire.BookBody body) {
    station(city, body.stationId());
    Sim.Vehicle vehicle = vehicles.get(body.plate() + "/" + body.plateType());
    if (vehicle == null || !vehicle.citizenId.equals(citizenId)) {
      throw SandboxProblem.forbidden("the vehicle is not bound to the citizen");
    }
    SlotRef ref = bookableSlot(body.stationId(), body.slotId());
    if (bookings.values().stream().anyMatch(b -> b.plate.equals(vehicle.plate) && isActive(b))) {
      throw TrafficSandbox.conflict("booking_exists", "the vehicle already has an active inspection booking");
    }
    Sim.Booking booking = new Sim.Booking(String.format("ib_%s_%05d", city, ++bookingSeq), citizenId, ref.stationId(),
        body.slotId(), vehicle.plate, vehicle.plateType, clock.instant());
    bookings.put(booking.id, booking);
    return render(booking);
  }

  private Wire.Booking render(Sim.Booking b) {
    SlotRef ref = parseSlot(b.slotId).orElseThrow();
    return new Wire.Booking(b.id, b.stationId, b.slotId, b.plate, b.plateType, b.state, null,
        ref.date().atTime(LocalTime.of(ref.hour(), 0)).atOffset(CHINA), at(b.createdAt));
  }

  synchronized List<Wire.Booking> bookings(String city, String citizenId) {
    List<Wire.Booking> list = bookings.values().stream()
        .filter(b -> b.citizenId.equals(citizenId) && stations.get(b.stationId).city().equals(city))
        .sorted(Comparator.comparing((Sim.Booking b) -> b.createdAt).thenComparing(b -> b.id).reversed())
        .map(this::render)
        .toList();
    return list;
  }

  private Sim.Booking ownBooking(String city, String citizenId, String bookingId) {
    Sim.Booking b = bookings.get(bookingId);
    if (b == null || !b.citizenId.equals(citizenId) || !stations.get(b.stationId).city().equals(city)) {
      throw SandboxProblem.notFound("no such booking");
    }
    return b;
  }

  synchronized Wire.Booking cancel(String city, String citizenId, String bookingId) {
    Sim.Booking b = ownBooking(city, citizenId, bookingId);
    if (b.state.equals("CANCELLED")) {
      return render(b);
    }
    if (!isActive(b)) {
      throw TrafficSandbox.conflict("booking_not_active", "the booking is " + b.state);
    }
    b.state = "CANCELLED";
    return render(b);
  }

  synchronized Wire.Booking reschedule(String city, String citizenId, String bookingId, String slotId) {
    Sim.Booking b = ownBooking(city, citizenId, bookingId);
    if (!isActive(b)) {
      throw TrafficSandbox.conflict("booking_not_active", "the booking is " + b.state);
    }
    if (!b.slotId.equals(Objects.requireNonNull(slotId))) {
      bookableSlot(b.stationId, slotId);
      b.slotId = slotId;
    }
    return render(b);
  }

  // ---- road conditions

  synchronized List<Wire.RoadEvent> roadEvents(String city, Predicate<Sim.RoadEvent> where) {
    List<Wire.RoadEvent> list = roadEvents.stream()
        .filter(e -> e.city().equals(city))
        .filter(where)
        .map(e -> new Wire.RoadEvent(e.id(), e.type(), e.roadNames(), e.direction(), e.impact(), e.severity(),
            e.description(), at(e.startsAt()), at(e.endsAt()), geometry(e.points())))
        .toList();
    return list;
  }

  private static Wire.Geometry geometry(List<double[]> points) {
    List<List<Double>> coordinates = points.stream().map(p -> List.of(p[1], p[0])).toList();
    return points.size() == 1
        ? new Wire.Geometry("Point", coordinates.get(0))
        : new Wire.Geometry("LineString", coordinates);
  }
}
