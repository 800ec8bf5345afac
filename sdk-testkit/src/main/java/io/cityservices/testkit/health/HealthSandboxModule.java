package io.cityservices.testkit.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.model.Money;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.PhoneNumber;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.ConsoleRecord;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.DepartmentSpec;
import io.cityservices.testkit.Events;
import io.cityservices.testkit.Pages;
import io.cityservices.testkit.RequestFields;
import io.cityservices.testkit.RouteFlags;
import io.cityservices.testkit.Router;
import io.cityservices.testkit.SandboxClock;
import io.cityservices.testkit.SandboxContext;
import io.cityservices.testkit.SandboxModule;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.SandboxRequest;
import io.cityservices.testkit.SandboxResponse;
import io.cityservices.testkit.SeedData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The health department of the simulated platform ({@code /v1/cities/{city}/health/...}): seeded
 * hospitals, departments, doctors and 14 days of slots per city; patients; bookings that consume
 * capacity exactly under concurrency; cancellation until 24 hours before the visit; clinic suspension
 * with {@code health.appointment.cancelled_by_hospital} events. Implements {@code health.yaml}
 * independently of the SDK's classes.
 */
public final class HealthSandboxModule implements SandboxModule {
  /** The health department's name: paths {@code /v1/cities/{city}/health/...}, scope {@code health}. */
  public static final DepartmentName DEPARTMENT = DepartmentName.of("health");
  /** Health is offered where hospitals are seeded; not in Guangzhou, Nanchang, Taiyuan or Foshan. */
  static final DepartmentSpec SPEC = DepartmentSpec.of(DEPARTMENT,
      HealthCatalog.CITIES.stream().map(io.cityservices.core.model.CityCode::of).toList());
  private static final String BASE = "/v1/cities/{city}/health";
  private static final Set<String> STATUSES = Set.of("PENDING_PAYMENT", "BOOKED", "CHECKED_IN", "FULFILLED",
      "CANCELLED", "NO_SHOW", "EXPIRED", "WAITLIST");
  private static final Set<String> CARD_TYPES = Set.of("HOSPITAL_CARD", "E_HEALTH_CARD", "MEDICAL_INSURANCE");

  private SeedData seed;
  private SandboxClock clock;
  private Events events;
  private ObjectMapper mapper;
  private HealthCatalog catalog;
  private volatile HealthState state;

  /** For the service loader; the sandbox calls {@link #register} before anything else. */
  public HealthSandboxModule() {}

  @Override
  public String name() {
    return "health";
  }

  @Override
  public List<DepartmentSpec> departments() {
    return List.of(SPEC);
  }

  @Override
  public void register(SandboxContext context) {
    this.seed = context.seed();
    this.clock = context.clock();
    this.events = context.events();
    this.mapper = context.mapper();
    this.catalog = new HealthCatalog(context.random());
    this.state = newState();
    Router router = context.router();
    RouteFlags reference = RouteFlags.DEFAULT.withPublicCache();
    RouteFlags citizen = RouteFlags.DEFAULT.withCitizen();
    router.get(BASE + "/hospitals", reference, this::searchHospitals);
    router.get(BASE + "/hospitals/{hospital_id}", reference, r -> SandboxResponse.ok(hospital(r)));
    router.get(BASE + "/hospitals/{hospital_id}/departments", reference,
        r -> SandboxResponse.ok(catalog.departments(hospital(r).id())));
    router.get(BASE + "/hospitals/{hospital_id}/doctors", reference, this::doctors);
    router.get(BASE + "/slots", RouteFlags.DEFAULT, this::slots);
    router.get(BASE + "/patients", citizen, r -> SandboxResponse.ok(state.patients(citizen(r))));
    router.post(BASE + "/patients", citizen.withIdempotentCreate(), this::addPatient);
    router.delete(BASE + "/patients/{patient_id}", citizen, r -> {
      state.removePatient(citizen(r), r.pathParam("patient_id"));
      return SandboxResponse.noContent();
    });
    router.post(BASE + "/appointments", RouteFlags.payment(), this::book);
    router.get(BASE + "/appointments", citizen, this::appointments);
    router.get(BASE + "/appointments/{appointment_id}", citizen,
        r -> SandboxResponse.ok(state.appointment(citizen(r), r.pathParam("appointment_id"))));
    router.post(BASE + "/appointments/{appointment_id}/cancellation", citizen.withIdempotentCreate(),
        r -> SandboxResponse.ok(state.cancel(citizen(r), r.pathParam("appointment_id"), "PATIENT_REQUEST")));
    context.provide(HealthSandbox.class, new HealthSandbox(this));
  }

  @Override
  public void reset() {
    state = newState();
  }

  /** The citizen's appointments (for themselves and the patients they manage), with their status. */
  @Override
  public List<ConsoleRecord> consoleRecords(Citizen citizen) {
    return state.appointments(citizen, null, null).stream()
        .map(a -> new ConsoleRecord(DEPARTMENT, "booking", a.id(), a.status(),
            "appointment at " + a.hospitalId() + " / " + a.departmentId() + ", " + a.start(), Optional.ofNullable(a.fee())))
        .toList();
  }

  private HealthState newState() {
    return new HealthState(catalog, clock, seed.randomFor(name() + ".slots"));
  }

  HealthCatalog catalog() {
    return catalog;
  }

  HealthState state() {
    return state;
  }

  private SandboxResponse searchHospitals(SandboxRequest r) {
    String city = r.pathParam("city");
    String name = r.query("name").orElse(null);
    String district = r.query("district").orElse(null);
    String level = r.query("level").orElse(null);
    String department = r.query("department").orElse(null);
    List<HospitalRecord> found = catalog.hospitals(city).stream()
        .filter(h -> name == null || h.name().contains(name))
        .filter(h -> district == null || h.district().equals(district))
        .filter(h -> level == null || h.level().equals(level))
        .filter(h -> department == null
            || catalog.departments(h.id()).stream().anyMatch(d -> d.name().contains(department)))
        .toList();
    return SandboxResponse.ok(Pages.slice(r, found, 20, 100));
  }

  private HospitalRecord hospital(SandboxRequest r) {
    return catalog.hospital(r.pathParam("city"), r.pathParam("hospital_id"))
        .orElseThrow(() -> SandboxProblem.notFound("no such hospital"));
  }

  private SandboxResponse doctors(SandboxRequest r) {
    HospitalRecord hospital = hospital(r);
    String department = r.query("department_id").orElse(null);
    if (department != null && catalog.departments(hospital.id()).stream().noneMatch(d -> d.id().equals(department))) {
      throw SandboxProblem.notFound("no such department");
    }
    return SandboxResponse.ok(catalog.doctors(hospital.id()).stream()
        .filter(d -> department == null || d.departmentId().equals(department)).toList());
  }

  private SandboxResponse slots(SandboxRequest r) {
    String city = r.pathParam("city");
    String hospitalId = r.query("hospital_id")
        .orElseThrow(() -> SandboxProblem.validation("hospital_id", "is required"));
    if (catalog.hospital(city, hospitalId).isEmpty()) {
      throw SandboxProblem.notFound("no such hospital");
    }
    LocalDate today = LocalDate.now(clock.withZone(HealthState.ZONE));
    LocalDate from = date(r, "from", today);
    LocalDate to = date(r, "to", from.plusDays(HealthState.HORIZON_DAYS - 1L));
    if (to.isBefore(from)) {
      throw SandboxProblem.validation("to", "must not be before from");
    }
    List<SlotView> found = state.slots(city, hospitalId, r.query("department_id").orElse(null),
        r.query("doctor_id").orElse(null), from, to);
    return SandboxResponse.ok(Pages.slice(r, found, 50, 200));
  }

  private static LocalDate date(SandboxRequest r, String name, LocalDate otherwise) {
    try {
      return r.query(name).map(LocalDate::parse).orElse(otherwise);
    } catch (DateTimeParseException e) {
      throw SandboxProblem.validation(name, "must be a date yyyy-MM-dd");
    }
  }

  private SandboxResponse addPatient(SandboxRequest r) {
    JsonNode body = r.json();
    List<FieldViolation> violations = new ArrayList<>();
    PersonName name = RequestFields.parse(body, "name", "name", PersonName::of, violations);
    ResidentIdNumber idNumber = RequestFields.parse(body, "id_number", "id_number", ResidentIdNumber::of, violations);
    PhoneNumber phone = RequestFields.parse(body, "phone", "phone", PhoneNumber::of, violations);
    String relationship = body.path("relationship").asText("");
    if (relationship.isEmpty()) {
      violations.add(new FieldViolation("relationship", "is required"));
    }
    List<VisitCardRecord> cards = new ArrayList<>();
    for (JsonNode card : body.path("visit_cards")) {
      String type = card.path("type").asText("");
      String number = card.path("number").asText("");
      if (!CARD_TYPES.contains(type) || number.isBlank()) {
        violations.add(new FieldViolation("visit_cards", "each card needs a known type and a number"));
      } else {
        cards.add(new VisitCardRecord(type, number, card.hasNonNull("hospital_id") ? card.get("hospital_id").asText() : null));
      }
    }
    if (!violations.isEmpty()) {
      throw SandboxProblem.validation(violations);
    }
    PatientRecord added = state.addPatient(citizen(r),
        new PatientRecord(null, name, idNumber, relationship, phone, List.copyOf(cards)));
    return SandboxResponse.created(added);
  }

  private SandboxResponse book(SandboxRequest r) {
    JsonNode body = r.json();
    List<FieldViolation> violations = new ArrayList<>();
    String slotId = body.path("slot_id").asText("");
    String patientId = body.path("patient_id").asText("");
    if (slotId.isBlank()) {
      violations.add(new FieldViolation("slot_id", "is required"));
    }
    if (patientId.isBlank()) {
      violations.add(new FieldViolation("patient_id", "is required"));
    }
    Money fee = null;
    JsonNode feeNode = body.path("expected_fee");
    if (!feeNode.path("amount").canConvertToLong() || feeNode.path("currency").asText("").length() != 3) {
      violations.add(new FieldViolation("expected_fee", "is required as {amount, currency}"));
    } else {
      fee = Money.of(feeNode.get("amount").asLong(), Currency.getInstance(feeNode.get("currency").asText()));
    }
    if (!violations.isEmpty()) {
      throw SandboxProblem.validation(violations);
    }
    AppointmentView booked = state.book(r.pathParam("city"), citizen(r), slotId, patientId, fee).view();
    ObjectNode data = mapper.createObjectNode();
    data.put("appointment_id", booked.id());
    data.put("patient_id", booked.patientId());
    data.put("hospital_id", booked.hospitalId());
    data.put("department_id", booked.departmentId());
    data.put("doctor_id", booked.doctorId());
    data.put("slot_id", booked.slotId());
    data.put("start", booked.start().toString());
    data.put("end", booked.end().toString());
    data.set("fee", mapper.valueToTree(booked.fee()));
    events.publish("health.appointment.booked", r.pathParam("city"), data);
    return SandboxResponse.created(booked);
  }

  private SandboxResponse appointments(SandboxRequest r) {
    String status = r.query("status").orElse(null);
    if (status != null && !STATUSES.contains(status)) {
      throw SandboxProblem.validation("status", "is not a known appointment status");
    }
    return SandboxResponse.ok(Pages.slice(
        r, state.appointments(citizen(r), status, r.query("patient_id").orElse(null)), 20, 100));
  }

  List<AppointmentView> suspendClinic(String doctorId, LocalDate date) {
    List<AppointmentView> cancelled = state.suspendClinic(doctorId, date);
    for (AppointmentView a : cancelled) {
      ObjectNode data = mapper.createObjectNode();
      data.put("appointment_id", a.id());
      data.put("patient_id", a.patientId());
      data.put("hospital_id", a.hospitalId());
      data.put("doctor_id", a.doctorId());
      data.put("slot_id", a.slotId());
      data.put("start", a.start().toString());
      data.put("reason", a.cancellationReason());
      data.set("refund", mapper.valueToTree(a.refund()));
      events.publish("health.appointment.cancelled_by_hospital", catalog.cityOf(a.hospitalId()), data);
    }
    return cancelled;
  }

  void remind(String appointmentId) {
    AppointmentView a = state.anyAppointment(appointmentId)
        .orElseThrow(() -> new IllegalArgumentException("no appointment " + appointmentId));
    ObjectNode data = mapper.createObjectNode();
    data.put("appointment_id", a.id());
    data.put("patient_id", a.patientId());
    data.put("hospital_id", a.hospitalId());
    data.put("start", a.start().toString());
    events.publish("health.appointment.reminder", catalog.cityOf(a.hospitalId()), data);
  }

  private Citizen citizen(SandboxRequest r) {
    String id = r.requireCitizen();
    return seed.citizen(id).orElseThrow(() -> SandboxProblem.invalidToken("unknown citizen"));
  }
}
