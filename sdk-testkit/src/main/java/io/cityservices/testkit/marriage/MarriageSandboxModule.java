package io.cityservices.testkit.marriage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.PersonName;
import io.cityservices.core.model.ResidentIdNumber;
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
import java.util.List;
import java.util.Set;

/**
 * The marriage-registration department of the simulated platform ({@code /v1/cities/{city}/marriage/...}):
 * seeded offices in Shanghai, Hangzhou and Shenzhen, slots released per city, bookings that wait for the
 * partner's consent and move along the sandbox clock, a seeded marital registry behind the eligibility
 * checks, and {@code marriage.booking.*} events. Implements {@code marriage.yaml} independently of the
 * SDK's classes.
 */
public final class MarriageSandboxModule implements SandboxModule {
  private static final String BASE = "/v1/cities/{city}/marriage";
  private static final Set<String> TYPES = Set.of("MARRIAGE", "DIVORCE", "CERTIFICATE_REISSUE");
  private static final Set<String> STATUSES = Set.of("PENDING_PARTNER_CONSENT", "CONFIRMED", "CHECKED_IN", "REGISTERED",
      "DECLINED", "CANCELLED", "EXPIRED", "NO_SHOW", "REFUSED");
  private static final Set<String> ROLES = Set.of("INITIATOR", "PARTNER");

  private final MarriageCatalog catalog = new MarriageCatalog();
  private SeedData seed;
  private SandboxClock clock;
  private Events events;
  private ObjectMapper mapper;
  private long capacitySeed;
  private volatile MarriageState state;

  /** The department's path segment and scope. */
  public static final DepartmentName DEPARTMENT = DepartmentName.of("marriage");
  /** Registration offices are seeded in these cities only; Guangzhou and the rest do not offer it. */
  static final DepartmentSpec SPEC =
      DepartmentSpec.of(DEPARTMENT, List.of(CityCode.SHANGHAI, CityCode.HANGZHOU, CityCode.SHENZHEN));

  /** For the service loader; the sandbox calls {@link #register} before anything else. */
  public MarriageSandboxModule() {}

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
    this.capacitySeed = context.random().nextLong();
    this.state = newState();
    Router router = context.router();
    RouteFlags reference = RouteFlags.DEFAULT.withPublicCache();
    RouteFlags citizen = RouteFlags.DEFAULT.withCitizen();
    RouteFlags change = citizen.withIdempotentCreate();
    router.get(BASE + "/offices", reference, this::offices);
    router.get(BASE + "/offices/{office_id}", reference, r -> SandboxResponse.ok(office(r, r.pathParam("office_id"))));
    router.get(BASE + "/booking-types", reference, r -> SandboxResponse.ok(MarriageCatalog.BOOKING_TYPES));
    router.get(BASE + "/slots", RouteFlags.DEFAULT, this::slots);
    router.post(BASE + "/bookings", RouteFlags.payment(), this::book);
    router.get(BASE + "/bookings", citizen, this::bookings);
    router.get(BASE + "/bookings/{booking_id}", citizen,
        r -> SandboxResponse.ok(state.booking(citizen(r), r.pathParam("booking_id"))));
    router.post(BASE + "/bookings/{booking_id}/consent", RouteFlags.payment(), this::consent);
    router.post(BASE + "/bookings/{booking_id}/decline", change,
        r -> SandboxResponse.ok(state.decline(citizen(r), r.pathParam("booking_id"))));
    router.post(BASE + "/bookings/{booking_id}/cancellation", change,
        r -> SandboxResponse.ok(state.cancel(citizen(r), r.pathParam("booking_id"))));
    router.post(BASE + "/bookings/{booking_id}/check-in", change,
        r -> SandboxResponse.ok(state.checkIn(citizen(r), r.pathParam("booking_id"))));
    context.provide(MarriageSandbox.class, new MarriageSandbox(this));
  }

  @Override
  public void reset() {
    state = newState();
  }

  /** The citizen's registration bookings, as initiator or partner, with their status. */
  @Override
  public List<ConsoleRecord> consoleRecords(Citizen citizen) {
    return state.bookings(citizen, null, null).stream()
        .map(b -> ConsoleRecord.of(DEPARTMENT, "booking", b.id(), b.status(),
            b.type() + " at " + b.officeId() + " on " + b.date() + " (" + b.role() + ")"))
        .toList();
  }

  private MarriageState newState() {
    List<String> cities = seed.cities().stream().filter(c -> SPEC.offeredIn(c.code())).map(c -> c.code().value()).toList();
    MaritalRegistry registry = new MaritalRegistry(seed, cities, LocalDate.now(clock.withZone(MarriageState.ZONE)));
    return new MarriageState(catalog, clock, capacitySeed, registry, this::publish);
  }

  MarriageCatalog catalog() {
    return catalog;
  }

  MarriageState state() {
    return state;
  }

  void publish(String type, BookingState b) {
    ObjectNode data = mapper.createObjectNode();
    data.put("booking_id", b.id);
    data.put("type", b.type);
    data.put("office_id", b.officeId);
    data.put("date", b.date.toString());
    data.put("start", b.start.toString());
    data.put("consent_due_at", b.consentDueAt == null ? null : b.consentDueAt.toString());
    events.publish(type, b.city, data);
  }

  private SandboxResponse offices(SandboxRequest r) {
    String district = r.query("district").orElse(null);
    Boolean crossBorder = r.query("handles_cross_border").map(v -> switch (v) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> throw SandboxProblem.validation("handles_cross_border", "must be true or false");
    }).orElse(null);
    List<OfficeRecord> found = catalog.offices(r.pathParam("city")).stream()
        .filter(o -> district == null || o.district().equals(district))
        .filter(o -> crossBorder == null || o.handlesCrossBorder() == crossBorder)
        .toList();
    return SandboxResponse.ok(Pages.slice(r, found, 20, 100));
  }

  private OfficeRecord office(SandboxRequest r, String officeId) {
    return catalog.office(r.pathParam("city"), officeId).orElseThrow(() -> SandboxProblem.notFound("no such office"));
  }

  private SandboxResponse slots(SandboxRequest r) {
    String officeId = r.query("office_id").orElseThrow(() -> SandboxProblem.validation("office_id", "is required"));
    OfficeRecord office = office(r, officeId);
    List<SlotView> found = state.slots(r.pathParam("city"), office, date(r, "from"), date(r, "to"));
    return SandboxResponse.ok(Pages.slice(r, found, 50, 200));
  }

  private static LocalDate date(SandboxRequest r, String name) {
    try {
      return r.query(name).map(LocalDate::parse).orElse(null);
    } catch (DateTimeParseException e) {
      throw SandboxProblem.validation(name, "must be a date yyyy-MM-dd");
    }
  }

  private SandboxResponse book(SandboxRequest r) {
    MarriageState.Draft draft = draft(r.json());
    Citizen initiator = citizen(r);
    if (!initiator.idNumber().equals(draft.initiatorId())) {
      throw SandboxProblem.forbidden("initiator_id_number must be the signed-in citizen's own");
    }
    return SandboxResponse.created(state.book(r.pathParam("city"), initiator, draft).view("INITIATOR"));
  }

  /** The booking's fields, each checked; one 400 names every broken one. */
  private static MarriageState.Draft draft(JsonNode body) {
    List<FieldViolation> violations = new ArrayList<>();
    String type = body.path("type").asText("");
    if (!TYPES.contains(type)) {
      violations.add(new FieldViolation("type", "must be MARRIAGE, DIVORCE or CERTIFICATE_REISSUE"));
    }
    String slotId = body.path("slot_id").asText("");
    if (slotId.isBlank()) {
      violations.add(new FieldViolation("slot_id", "is required"));
    }
    ResidentIdNumber initiatorId =
        RequestFields.parse(body, "initiator_id_number", "initiator_id_number", ResidentIdNumber::of, violations);
    if (!body.path("declaration_accepted").asBoolean(false)) {
      violations.add(new FieldViolation("declaration_accepted", "must be true"));
    }
    JsonNode partner = body.path("partner");
    PersonName partnerName = null;
    ResidentIdNumber partnerId = null;
    boolean needsPartner = type.equals("MARRIAGE") || type.equals("DIVORCE");
    if (needsPartner && !partner.isObject()) {
      violations.add(new FieldViolation("partner", "is required for a " + type));
    } else if (needsPartner) {
      partnerName = RequestFields.parse(partner, "name", "partner.name", PersonName::of, violations);
      partnerId = RequestFields.parse(partner, "id_number", "partner.id_number", ResidentIdNumber::of, violations);
    } else if (!partner.isMissingNode() && !partner.isNull()) {
      violations.add(new FieldViolation("partner", "must be absent for a " + type));
    }
    if (initiatorId != null && initiatorId.equals(partnerId)) {
      violations.add(new FieldViolation("partner.id_number", "must not be the initiator's own"));
    } else if (type.equals("MARRIAGE") && initiatorId != null && partnerId != null
        && initiatorId.sex() == partnerId.sex()) {
      violations.add(new FieldViolation("partner.id_number", "a marriage is registered between a man and a woman"));
    }
    if (!violations.isEmpty()) {
      throw SandboxProblem.validation(violations);
    }
    return new MarriageState.Draft(type, slotId, initiatorId, partnerName, partnerId);
  }

  private SandboxResponse consent(SandboxRequest r) {
    if (!r.json().path("declaration_accepted").asBoolean(false)) {
      throw SandboxProblem.validation("declaration_accepted", "must be true: consenting is signing the declaration");
    }
    return SandboxResponse.ok(state.consent(citizen(r), r.pathParam("booking_id")));
  }

  private SandboxResponse bookings(SandboxRequest r) {
    String status = r.query("status").orElse(null);
    if (status != null && !STATUSES.contains(status)) {
      throw SandboxProblem.validation("status", "is not a known booking status");
    }
    String role = r.query("role").orElse(null);
    if (role != null && !ROLES.contains(role)) {
      throw SandboxProblem.validation("role", "must be INITIATOR or PARTNER");
    }
    return SandboxResponse.ok(Pages.slice(r, state.bookings(citizen(r), status, role), 20, 100));
  }

  private Citizen citizen(SandboxRequest r) {
    return seed.citizen(r.requireCitizen()).orElseThrow(() -> SandboxProblem.invalidToken("unknown citizen"));
  }
}
