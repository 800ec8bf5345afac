package io.cityservices.testkit.exitentry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.ResidentIdNumber;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.ConsoleAction;
import io.cityservices.testkit.ConsoleRecord;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.DepartmentSpec;
import io.cityservices.testkit.Events;
import io.cityservices.testkit.Pages;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The exit-entry administration of the simulated platform ({@code /v1/cities/{city}/exit-entry/...}):
 * seeded offices in Shanghai, Hangzhou and Guangzhou, a week of half-hour slots, appointments that
 * hold places exactly under concurrency, applications that move through review, production and issue
 * on the sandbox clock (publishing {@code exit_entry.application.status_changed}), and the citizens'
 * seeded passports and permits. Implements {@code exit-entry.yaml} independently of the SDK's classes.
 */
public final class ExitEntrySandboxModule implements SandboxModule {
  private static final String BASE = "/v1/cities/{city}/exit-entry";
  private static final Set<String> DOCUMENT_TYPES = Set.of("PASSPORT", "HK_MACAO_PERMIT", "TAIWAN_PERMIT");
  private static final Set<String> SERVICE_TYPES = Set.of("FIRST_ISSUE", "RENEWAL", "REPLACEMENT", "ENDORSEMENT");
  private static final Set<String> ENDORSEMENT_TYPES = Set.of("G", "L", "T", "S", "Q", "D");
  private static final Set<String> APPOINTMENT_STATUSES = Set.of("BOOKED", "ATTENDED", "CANCELLED", "NO_SHOW");
  private static final Set<String> APPLICATION_STATUSES = Set.of("ACCEPTED", "UNDER_REVIEW", "APPROVED",
      "IN_PRODUCTION", "ISSUED", "MAILED", "READY_FOR_PICKUP", "COLLECTED", "RETURNED_FOR_CORRECTION", "REFUSED",
      "WITHDRAWN");

  private SeedData seed;
  private SandboxClock clock;
  private Events events;
  private ObjectMapper mapper;
  private ExitEntryCatalog catalog;
  private volatile ExitEntryState state;

  /** The department's path segment. */
  public static final DepartmentName DEPARTMENT = DepartmentName.of("exit-entry");
  /** Offered where offices are seeded (not in Shenzhen); its OAuth scope is {@code exit_entry}. */
  static final DepartmentSpec SPEC = new DepartmentSpec(DEPARTMENT, "exit_entry",
      Set.of(CityCode.SHANGHAI, CityCode.HANGZHOU, CityCode.GUANGZHOU));

  /** For the service loader; the sandbox calls {@link #register} before anything else. */
  public ExitEntrySandboxModule() {}

  @Override
  public String name() {
    return DEPARTMENT.value();
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
    this.catalog = new ExitEntryCatalog();
    this.state = newState();
    Router router = context.router();
    RouteFlags reference = RouteFlags.DEFAULT.withPublicCache();
    RouteFlags citizen = RouteFlags.DEFAULT.withCitizen();
    RouteFlags create = citizen.withIdempotentCreate();
    router.get(BASE + "/offices", reference, this::offices);
    router.get(BASE + "/offices/{office_id}", reference, r -> SandboxResponse.ok(
        catalog.office(r.pathParam("city"), r.pathParam("office_id"))
            .orElseThrow(() -> SandboxProblem.notFound("no such office"))));
    router.get(BASE + "/endorsement-types", reference, r -> SandboxResponse.ok(ExitEntryCatalog.ENDORSEMENT_KINDS));
    router.get(BASE + "/slots", RouteFlags.DEFAULT, this::slots);
    router.post(BASE + "/appointments", create, this::book);
    router.get(BASE + "/appointments", citizen, r -> SandboxResponse.ok(Pages.slice(r,
        state.appointments(citizen(r), status(r, APPOINTMENT_STATUSES)), 20, 100)));
    router.get(BASE + "/appointments/{appointment_id}", citizen,
        r -> SandboxResponse.ok(state.appointment(citizen(r), r.pathParam("appointment_id"))));
    router.post(BASE + "/appointments/{appointment_id}/reschedule", create, this::reschedule);
    router.post(BASE + "/appointments/{appointment_id}/cancellation", create,
        r -> SandboxResponse.ok(state.cancel(citizen(r), r.pathParam("appointment_id"))));
    router.get(BASE + "/applications", citizen, r -> progressed(() -> SandboxResponse.ok(Pages.slice(r,
        state.applications(citizen(r), status(r, APPLICATION_STATUSES)), 20, 100))));
    router.get(BASE + "/applications/{receipt_number}", citizen, r -> progressed(
        () -> SandboxResponse.ok(state.application(citizen(r), r.pathParam("receipt_number")))));
    router.get(BASE + "/documents", citizen, r -> SandboxResponse.ok(state.documents(citizen(r).id())));
    context.provide(ExitEntrySandbox.class, new ExitEntrySandbox(this));
  }

  @Override
  public void reset() {
    state = newState();
  }

  /** The citizen's appointments and applications, each with its status as last moved along the clock. */
  @Override
  public List<ConsoleRecord> consoleRecords(Citizen citizen) {
    List<ConsoleRecord> records = new ArrayList<>();
    state.appointments(citizen, null).forEach(a -> records.add(ConsoleRecord.of(DEPARTMENT, "booking", a.id(), a.status(),
        a.documentType() + " " + a.serviceType() + " at " + a.officeId() + ", " + a.start())));
    state.applications(citizen, null).forEach(a -> records.add(ConsoleRecord.of(DEPARTMENT, "application",
        a.receiptNumber(), a.status(), a.documentType() + " " + a.serviceType() + ", due " + a.issueDueOn())));
    return records;
  }

  /**
   * Moves every application to the sandbox clock, as the bureau's own processing would, publishing
   * {@code exit_entry.application.status_changed} for each step (move the clock first to see steps).
   */
  @Override
  public List<ConsoleAction> consoleActions() {
    return List.of(new ConsoleAction("exit-entry.advance-applications", DEPARTMENT, "Move applications to the clock",
        citizen -> advance() + " application status changes announced"));
  }

  private ExitEntryState newState() {
    return new ExitEntryState(catalog, clock, seed, seed.randomFor(name() + ".state"));
  }

  ExitEntryCatalog catalog() {
    return catalog;
  }

  ExitEntryState state() {
    return state;
  }

  private SandboxResponse offices(SandboxRequest r) {
    String type = r.query("document_type").orElse(null);
    if (type != null && !DOCUMENT_TYPES.contains(type)) {
      throw SandboxProblem.validation("document_type", "is not a known document type");
    }
    String district = r.query("district").orElse(null);
    List<OfficeRecord> found = catalog.offices(r.pathParam("city")).stream()
        .filter(o -> type == null || o.documentTypes().contains(type))
        .filter(o -> district == null || o.district().equals(district))
        .toList();
    return SandboxResponse.ok(Pages.slice(r, found, 20, 100));
  }

  private SandboxResponse slots(SandboxRequest r) {
    String officeId = r.query("office_id").orElseThrow(() -> SandboxProblem.validation("office_id", "is required"));
    String date = r.query("date").orElseThrow(() -> SandboxProblem.validation("date", "is required"));
    if (catalog.office(r.pathParam("city"), officeId).isEmpty()) {
      throw SandboxProblem.notFound("no such office");
    }
    LocalDate day;
    try {
      day = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw SandboxProblem.validation("date", "must be a date yyyy-MM-dd");
    }
    return SandboxResponse.ok(Pages.slice(r, state.slots(officeId, day), 20, 100));
  }

  private SandboxResponse book(SandboxRequest r) {
    JsonNode body = r.json();
    List<FieldViolation> violations = new ArrayList<>();
    String slotId = required(body, "slot_id", violations);
    String documentType = oneOf(body, "document_type", DOCUMENT_TYPES, violations);
    String serviceType = oneOf(body, "service_type", SERVICE_TYPES, violations);
    String endorsement = body.path("endorsement_type").isTextual() ? body.get("endorsement_type").asText() : null;
    if ("ENDORSEMENT".equals(serviceType) && (endorsement == null || !ENDORSEMENT_TYPES.contains(endorsement))) {
      violations.add(new FieldViolation("endorsement_type", "is required for an endorsement"));
    } else if (!"ENDORSEMENT".equals(serviceType) && endorsement != null) {
      violations.add(new FieldViolation("endorsement_type", "is only for the ENDORSEMENT service"));
    }
    ResidentIdNumber applicant = idNumber(body, "applicant_id_number", violations);
    ResidentIdNumber guardian = idNumber(body, "guardian_id_number", violations);
    if (!violations.isEmpty()) {
      throw SandboxProblem.validation(violations);
    }
    return SandboxResponse.created(state.book(r.pathParam("city"), citizen(r),
        new ExitEntryState.Booking(slotId, documentType, serviceType, endorsement, applicant, guardian)));
  }

  private SandboxResponse reschedule(SandboxRequest r) {
    String slotId = r.json().path("slot_id").asText("");
    if (slotId.isBlank()) {
      throw SandboxProblem.validation("slot_id", "is required");
    }
    return SandboxResponse.ok(state.reschedule(citizen(r), r.pathParam("appointment_id"), slotId));
  }

  private static String required(JsonNode body, String field, List<FieldViolation> violations) {
    String value = body.path(field).asText("");
    if (value.isBlank()) {
      violations.add(new FieldViolation(field, "is required"));
    }
    return value;
  }

  private static String oneOf(JsonNode body, String field, Set<String> allowed, List<FieldViolation> violations) {
    String value = body.path(field).asText("");
    if (!allowed.contains(value)) {
      violations.add(new FieldViolation(field, "must be one of " + allowed.stream().sorted().toList()));
    }
    return value;
  }

  private static ResidentIdNumber idNumber(JsonNode body, String field, List<FieldViolation> violations) {
    if (!body.path(field).isTextual()) {
      return null;
    }
    try {
      return ResidentIdNumber.of(body.get(field).asText());
    } catch (IllegalArgumentException e) {
      // Name the field, never echo the value: it is personal data.
      violations.add(new FieldViolation(field, "is not a valid identity number"));
      return null;
    }
  }

  private static String status(SandboxRequest r, Set<String> allowed) {
    String status = r.query("status").orElse(null);
    if (status != null && !allowed.contains(status)) {
      throw SandboxProblem.validation("status", "is not a known status");
    }
    return status;
  }

  /** Answers after moving applications along the clock, so a read sees where they are now. */
  private SandboxResponse progressed(Supplier<SandboxResponse> answer) {
    advance();
    return answer.get();
  }

  /** Moves every application to the clock and publishes a status change event for each step. */
  int advance() {
    List<Map.Entry<ApplicationRecord, ApplicationRecord.Change>> changes = state.advance();
    changes.forEach(e -> publishChange(e.getKey(), e.getValue()));
    return changes.size();
  }

  void publishChange(ApplicationRecord application, ApplicationRecord.Change change) {
    ObjectNode data = mapper.createObjectNode();
    data.put("receipt_number", application.receiptNumber);
    data.put("citizen_id", application.ownerCitizenId);
    data.put("document_type", application.documentType);
    data.put("previous_status", change.from());
    data.put("status", change.to());
    data.put("changed_at", change.at().toString());
    events.publish("exit_entry.application.status_changed", application.city, data);
  }

  int publishExpiryWarnings(String city) {
    int published = 0;
    for (Citizen citizen : seed.citizens(city)) {
      for (DocumentView d : state.documents(citizen.id())) {
        if (d.expiryWarning()) {
          ObjectNode data = mapper.createObjectNode();
          data.put("citizen_id", citizen.id());
          data.put("document_type", d.type());
          data.put("number", d.number());
          data.put("expires_on", d.expiresOn().toString());
          events.publish("exit_entry.document.expiring", city, data);
          published++;
        }
      }
    }
    return published;
  }

  private Citizen citizen(SandboxRequest r) {
    String id = r.requireCitizen();
    return seed.citizen(id).orElseThrow(() -> SandboxProblem.invalidToken("unknown citizen"));
  }
}
