package io.cityservices.testkit.socialinsurance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.City;
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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The social insurance department of the simulated platform ({@code
 * /v1/cities/{city}/social-insurance/...}). Seeds a record for every citizen of every city offering
 * the service; contributions post, pensions are paid, certificates become ready and yearly
 * contributions fall overdue as the sandbox clock moves. Implements {@code social-insurance.yaml}
 * independently of the SDK's classes.
 */
public final class SocialInsuranceSandboxModule implements SandboxModule {
  static final String SERVICE = "social-insurance";
  /** The department's path segment. */
  public static final DepartmentName DEPARTMENT = DepartmentName.of(SERVICE);
  /** Offered where records are seeded; its OAuth scope is {@code social_insurance}. */
  static final DepartmentSpec SPEC = new DepartmentSpec(DEPARTMENT, "social_insurance",
      Set.of(CityCode.SHANGHAI, CityCode.HANGZHOU, CityCode.SHENZHEN));
  private static final String BASE = "/v1/cities/{city}/" + SERVICE;
  private static final Set<String> CONTRIBUTION_STATUSES = Set.of("POSTED", "NOT_POSTED");

  private final Object lock = new Object();
  private SeedData seed;
  private SandboxClock clock;
  private Events events;
  private ObjectMapper mapper;
  private SocialInsuranceState state;

  /** For the service loader; the sandbox calls {@link #register} before anything else. */
  public SocialInsuranceSandboxModule() {}

  @Override
  public String name() {
    return SERVICE;
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
    this.state = newState();
    Router router = context.router();
    RouteFlags citizen = RouteFlags.DEFAULT.withCitizen();
    router.get(BASE + "/enrolments", citizen, r -> read(r, p -> p.enrolmentViews()));
    router.get(BASE + "/contributions", citizen, r -> here(r, p -> Pages.slice(r, contributions(r, p), 50, 100)));
    router.get(BASE + "/accounts", citizen, r -> here(r, p -> accounts(r, p)));
    router.get(BASE + "/pension-payments", citizen, r -> here(r, p -> Pages.slice(r, pensions(r, p), 24, 100)));
    router.get(BASE + "/medical-insurance", citizen, r -> here(r, this::medical));
    router.post(BASE + "/certificates", citizen.withIdempotentCreate(), this::requestCertificate);
    router.get(BASE + "/certificates/{certificate_id}", citizen,
        r -> read(r, p -> certificate(r, p).view(clock.instant())));
    router.get(BASE + "/certificates/{certificate_id}/document", citizen, r -> read(r, p -> document(r, p)));
    router.get(BASE + "/voluntary-contributions", citizen, r -> read(r, p -> voluntary(r, p)));
    router.post(BASE + "/voluntary-contributions/{contribution_id}/payment", RouteFlags.payment(), this::pay);
    context.provide(SocialInsuranceSandbox.class, new SocialInsuranceSandbox(this));
  }

  @Override
  public void reset() {
    synchronized (lock) {
      state = newState();
    }
  }

  private SocialInsuranceState newState() {
    List<City> offering = seed.cities().stream().filter(c -> SPEC.offeredIn(c.code())).toList();
    Seeder seeder = new Seeder(seed.randomFor(name()), today(), offering);
    SocialInsuranceState fresh = new SocialInsuranceState();
    for (City city : offering) {
      List<Citizen> citizens = seed.citizens(city.code());
      for (int i = 0; i < citizens.size(); i++) {
        fresh.add(seeder.seed(citizens.get(i), i + 1));
      }
    }
    return fresh;
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(Seeder.CHINA));
  }

  Object lock() {
    return lock;
  }

  SocialInsuranceState state() {
    return state;
  }

  Events events() {
    return events;
  }

  /** A read of the citizen's record from any city: no pooling-area check. */
  private SandboxResponse read(SandboxRequest r, Function<InsuredPerson, Object> handler) {
    synchronized (lock) {
      InsuredPerson person = person(r);
      announce(person);
      return SandboxResponse.ok(handler.apply(person));
    }
  }

  /** A read that only the pooling area can answer: the person must be insured, and insured here. */
  private SandboxResponse here(SandboxRequest r, Function<InsuredPerson, Object> handler) {
    synchronized (lock) {
      InsuredPerson person = person(r);
      requireInsuredHere(r, person);
      announce(person);
      return SandboxResponse.ok(handler.apply(person));
    }
  }

  private InsuredPerson person(SandboxRequest r) {
    Citizen citizen = seed.citizen(r.requireCitizen())
        .orElseThrow(() -> SandboxProblem.invalidToken("unknown citizen"));
    // A citizen of a city without the service has no record there: treat them as never insured.
    return state.person(citizen).orElseGet(() -> new InsuredPerson(citizen, Profile.NOT_INSURED, null));
  }

  private static void requireInsuredHere(SandboxRequest r, InsuredPerson person) {
    if (!person.insured()) {
      throw notInsured("the person has no social insurance enrolment");
    }
    String city = r.pathParam("city");
    if (!city.equals(person.poolingArea)) {
      throw new SandboxProblem(409, "pooling_area_mismatch", "Pooling area mismatch",
          "the person is insured in pooling area " + person.poolingArea + ", not in " + city, List.of(),
          Map.of("pooling_area", person.poolingArea), Map.of());
    }
  }

  private static SandboxProblem notInsured(String detail) {
    return new SandboxProblem(404, "not_insured", "Not insured", detail, List.of(), Map.of(), Map.of());
  }

  private static SandboxProblem conflict(String code, String title, String detail) {
    return new SandboxProblem(409, code, title, detail, List.of(), Map.of(), Map.of());
  }

  /** Publishes what the clock has brought about since the last look: postings and ready certificates. */
  private void announce(InsuredPerson person) {
    LocalDate today = today();
    Map<YearMonth, List<String>> newlyPosted = new TreeMap<>();
    for (InsuredPerson.Entry e : person.contributions) {
      if (!e.postedOn().isAfter(today) && person.announcedPostings.add(e)) {
        newlyPosted.computeIfAbsent(e.month(), m -> new ArrayList<>()).add(e.type());
      }
    }
    newlyPosted.forEach((month, types) -> {
      ObjectNode data = mapper.createObjectNode();
      data.put("citizen_id", person.citizen.id());
      data.put("month", month.toString());
      types.stream().sorted().distinct().forEach(data.putArray("insurance_types")::add);
      data.put("pooling_area", person.poolingArea);
      events.publish("social_insurance.contribution.posted", person.poolingArea, data);
    });
    for (CertificateRecord c : state.certificates.values()) {
      if (c.citizenId.equals(person.citizen.id()) && !c.announced && c.status(clock.instant()).equals("READY")) {
        c.announced = true;
        ObjectNode data = mapper.createObjectNode();
        data.put("citizen_id", c.citizenId);
        data.put("certificate_id", c.id);
        data.put("size", c.document().length);
        events.publish("social_insurance.certificate.ready", c.city, data);
      }
    }
  }

  private List<Views.Contribution> contributions(SandboxRequest r, InsuredPerson person) {
    String type = r.query("insurance_type").orElse(null);
    if (type != null && !type.matches("\\d{3}")) {
      throw SandboxProblem.validation("insurance_type", "must be a three-digit AAE140 code");
    }
    String status = r.query("status").orElse(null);
    if (status != null && !CONTRIBUTION_STATUSES.contains(status)) {
      throw SandboxProblem.validation("status", "must be POSTED or NOT_POSTED");
    }
    YearMonth from = month(r, "from");
    YearMonth to = month(r, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw SandboxProblem.validation("to", "must not be before from");
    }
    return person.contributionViews(today()).stream()
        .filter(c -> type == null || c.insuranceType().equals(type))
        .filter(c -> status == null || c.status().equals(status))
        .filter(c -> from == null || !c.month().isBefore(from))
        .filter(c -> to == null || !c.month().isAfter(to))
        .toList();
  }

  private Object accounts(SandboxRequest r, InsuredPerson person) {
    Integer year;
    try {
      year = r.query("year").map(Integer::valueOf).orElse(null);
    } catch (NumberFormatException e) {
      throw SandboxProblem.validation("year", "must be a year");
    }
    return person.accounts(today()).stream().filter(a -> year == null || a.year() == year).toList();
  }

  private List<Views.PensionPayment> pensions(SandboxRequest r, InsuredPerson person) {
    YearMonth from = month(r, "from");
    YearMonth to = month(r, "to");
    if (from != null && to != null && to.isBefore(from)) {
      throw SandboxProblem.validation("to", "must not be before from");
    }
    return person.pensionsPaid(today()).stream()
        .filter(p -> from == null || !p.month().isBefore(from))
        .filter(p -> to == null || !p.month().isAfter(to))
        .toList();
  }

  private Object medical(InsuredPerson person) {
    InsuredPerson.EnrolmentState e = person.medicalEnrolment()
        .orElseThrow(() -> notInsured("the person has no basic medical insurance"));
    LocalDate today = today();
    return new Views.MedicalInsurance(person.citizen.idNumber().value(), person.citizen.name().value(), e.type,
        e.status, person.medicalPersonType, person.poolingArea, e.statusSince, person.medicalBalance(today));
  }

  private static YearMonth month(SandboxRequest r, String name) {
    try {
      return r.query(name).map(YearMonth::parse).orElse(null);
    } catch (DateTimeParseException e) {
      throw SandboxProblem.validation(name, "must be a month yyyy-MM");
    }
  }

  private SandboxResponse requestCertificate(SandboxRequest r) {
    JsonNode body = r.json();
    List<FieldViolation> violations = new ArrayList<>();
    List<String> types = new ArrayList<>();
    body.path("insurance_types").forEach(t -> types.add(t.asText("")));
    if (types.isEmpty() || types.stream().anyMatch(t -> !t.matches("\\d{3}"))) {
      violations.add(new FieldViolation("insurance_types", "must list three-digit AAE140 codes"));
    }
    if (body.path("purpose").asText("").length() > 64) {
      violations.add(new FieldViolation("purpose", "must be at most 64 characters"));
    }
    YearMonth from = bodyMonth(body, "from", violations);
    YearMonth to = bodyMonth(body, "to", violations);
    if (!violations.isEmpty()) {
      throw SandboxProblem.validation(violations);
    }
    synchronized (lock) {
      InsuredPerson person = person(r);
      requireInsuredHere(r, person);
      requireVerified(person);
      for (String type : types) {
        if (!person.enrolments.containsKey(type)) {
          throw notInsured("the person was never insured in insurance type " + type);
        }
      }
      LocalDate today = today();
      YearMonth latestPosted = person.latestPostedMonth(today)
          .orElseThrow(() -> conflict("period_not_posted", "Period not posted", "no contribution is posted yet"));
      YearMonth first = person.contributions.stream().filter(c -> types.contains(c.type()))
          .map(InsuredPerson.Entry::month).min(Comparator.naturalOrder()).orElse(latestPosted);
      YearMonth start = from == null ? first : from;
      YearMonth end = to == null ? latestPosted : to;
      if (end.isBefore(start)) {
        throw SandboxProblem.validation("to", "must not be before from");
      }
      if (end.isAfter(latestPosted) || person.hasUnposted(start, end, today)) {
        throw conflict("period_not_posted", "Period not posted",
            "the period includes months not posted yet; the latest posted month is " + latestPosted);
      }
      CertificateRecord c = new CertificateRecord(state.nextCertificateId(), person.citizen.id(), r.pathParam("city"),
          types.stream().distinct().toList(), start, end, clock.instant());
      state.certificates.put(c.id, c);
      return SandboxResponse.created(c.view(clock.instant()));
    }
  }

  private static YearMonth bodyMonth(JsonNode body, String field, List<FieldViolation> violations) {
    if (!body.hasNonNull(field)) {
      return null;
    }
    try {
      return YearMonth.parse(body.get(field).asText());
    } catch (DateTimeParseException e) {
      violations.add(new FieldViolation(field, "must be a month yyyy-MM"));
      return null;
    }
  }

  private static void requireVerified(InsuredPerson person) {
    if (!person.identityVerified) {
      throw new SandboxProblem(403, "identity_not_verified", "Identity not verified",
          "a fresh real-name check of the citizen is required", List.of(), Map.of(), Map.of());
    }
  }

  private CertificateRecord certificate(SandboxRequest r, InsuredPerson person) {
    CertificateRecord c = state.certificates.get(r.pathParam("certificate_id"));
    if (c == null || !c.citizenId.equals(person.citizen.id())) {
      throw SandboxProblem.notFound("no such certificate");
    }
    return c;
  }

  private Object document(SandboxRequest r, InsuredPerson person) {
    CertificateRecord c = certificate(r, person);
    String status = c.status(clock.instant());
    if (!status.equals("READY")) {
      throw conflict("certificate_not_ready", "Certificate not ready", "the certificate is " + status);
    }
    byte[] pdf = c.document();
    return new Views.CertificateDocument(c.id, "application/pdf", pdf.length, sha256(pdf), pdf);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Object voluntary(SandboxRequest r, InsuredPerson person) {
    if (!person.insured()) {
      return List.of();
    }
    requireInsuredHere(r, person);
    LocalDate today = today();
    return person.voluntary.stream()
        .sorted(Comparator.comparing((InsuredPerson.Voluntary v) -> !v.status(today).equals("DUE"))
            .thenComparing(v -> -v.year).thenComparing(v -> v.type))
        .map(v -> v.view(today))
        .collect(Collectors.toList());
  }

  private SandboxResponse pay(SandboxRequest r) {
    JsonNode expected = r.json().path("expected_amount");
    if (!expected.path("amount").canConvertToLong() || !"CNY".equals(expected.path("currency").asText())) {
      throw SandboxProblem.validation("expected_amount", "is required as {amount, currency: CNY}");
    }
    Money expectedAmount = Money.cny(expected.get("amount").asLong());
    synchronized (lock) {
      InsuredPerson person = person(r);
      requireInsuredHere(r, person);
      InsuredPerson.Voluntary v = person.voluntary(r.pathParam("contribution_id"))
          .orElseThrow(() -> SandboxProblem.notFound("no such contribution"));
      requireVerified(person);
      InsuredPerson.EnrolmentState enrolment = person.enrolments.get(v.type);
      if (enrolment != null && !enrolment.status.equals("INSURED")) {
        throw conflict("enrolment_suspended", "Enrolment suspended",
            "the enrolment in insurance type " + v.type + " is " + enrolment.status.toLowerCase(Locale.ROOT));
      }
      LocalDate today = today();
      String status = v.status(today);
      if (!status.equals("DUE")) {
        throw conflict("not_due", "Not due", "the contribution is " + status);
      }
      if (!v.amount.equals(expectedAmount)) {
        throw conflict("amount_changed", "Amount changed", "the amount due has changed; nothing was charged");
      }
      v.paidAt = clock.instant().atOffset(Seeder.CHINA);
      v.paymentId = state.nextPaymentId();
      person.contributions.add(new InsuredPerson.Entry(YearMonth.of(v.year, 1), v.type, null, Money.cny(0), v.amount,
          v.type.equals("170") ? v.amount.amount() : 0, 12, today, today.plusDays(3)));
      return SandboxResponse.ok(v.view(today));
    }
  }
}
