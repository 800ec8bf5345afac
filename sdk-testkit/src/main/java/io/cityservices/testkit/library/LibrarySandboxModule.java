package io.cityservices.testkit.library;

import io.cityservices.core.model.CityCode;
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
import io.cityservices.testkit.library.LibraryJson.ListOf;
import io.cityservices.testkit.library.LibraryJson.PaymentView;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The library department of the simulated platform ({@code /v1/cities/{city}/library/...}): the routes
 * of {@code library.yaml} over {@link LibraryState}, implemented independently of the SDK's classes.
 * Seeded data is regenerated from the seed on {@link #reset()}.
 */
public final class LibrarySandboxModule implements SandboxModule {
  private static final String BASE = "/v1/cities/{city}/library";
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;
  private static final Set<String> HOLD_STATUSES = Set.of("OPEN_NOT_YET_FILLED", "OPEN_AWAITING_PICKUP",
      "OPEN_AWAITING_DELIVERY", "OPEN_IN_TRANSIT", "CLOSED_FILLED", "CLOSED_CANCELLED", "CLOSED_UNFILLED",
      "CLOSED_PICKUP_EXPIRED");
  private static final Set<String> CHARGE_STATUSES = Set.of("OUTSTANDING", "PAID", "WAIVED");

  private SandboxContext context;
  private volatile LibraryState state;
  private volatile Seeder.Seeded seeded;

  /** The department's path segment and scope. */
  public static final DepartmentName DEPARTMENT = DepartmentName.of("library");
  /** Libraries are seeded in these cities only; Guangzhou and the rest do not offer the service. */
  static final DepartmentSpec SPEC =
      DepartmentSpec.of(DEPARTMENT, List.of(CityCode.SHANGHAI, CityCode.HANGZHOU, CityCode.SHENZHEN));

  /** For the service loader; the sandbox calls {@link #register} before anything else. */
  public LibrarySandboxModule() {}

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
    this.context = context;
    reset();
    context.provide(LibrarySandbox.class, new LibrarySandbox(this));
    Router router = context.router();
    RouteFlags reference = RouteFlags.DEFAULT.withPublicCache();
    RouteFlags citizen = RouteFlags.DEFAULT.withCitizen();
    RouteFlags keyed = citizen.withIdempotentCreate();
    router.get(BASE + "/libraries", reference, r -> SandboxResponse.ok(new ListOf<>(state.libraries(city(r)), null)));
    router.get(BASE + "/libraries/{library_id}", reference,
        r -> SandboxResponse.ok(state.library(city(r), r.pathParam("library_id"))));
    router.get(BASE + "/catalogue", reference, this::search);
    router.get(BASE + "/catalogue/{record_id}", reference,
        r -> SandboxResponse.ok(state.record(city(r), r.pathParam("record_id"))));
    router.get(BASE + "/catalogue/{record_id}/items", RouteFlags.DEFAULT, r -> SandboxResponse.ok(
        new ListOf<>(state.items(city(r), r.pathParam("record_id"), r.query("library_id")), null)));
    router.post(BASE + "/card", RouteFlags.payment(), this::apply);
    router.get(BASE + "/card", citizen, r -> SandboxResponse.ok(state.card(city(r), r.requireCitizen())));
    router.get(BASE + "/account", citizen, r -> SandboxResponse.ok(state.account(city(r), r.requireCitizen())));
    router.get(BASE + "/loans", citizen, r -> SandboxResponse.ok(Pages.slice(r,
        state.loans(city(r), r.requireCitizen(), r.query("overdue").map(Boolean::parseBoolean).orElse(false)),
        DEFAULT_LIMIT, MAX_LIMIT)));
    router.get(BASE + "/loans/{loan_id}/renewability", citizen,
        r -> SandboxResponse.ok(state.renewability(city(r), r.requireCitizen(), r.pathParam("loan_id"))));
    router.post(BASE + "/loans/{loan_id}/renewal", keyed,
        r -> SandboxResponse.ok(state.renew(city(r), r.requireCitizen(), r.pathParam("loan_id"))));
    router.post(BASE + "/loans/renewals", keyed,
        r -> SandboxResponse.ok(new ListOf<>(state.renewAll(city(r), r.requireCitizen()), null)));
    router.get(BASE + "/holds", citizen, this::holds);
    router.post(BASE + "/holds", keyed, this::place);
    router.post(BASE + "/holds/{hold_id}/cancellation", keyed,
        r -> SandboxResponse.ok(state.cancel(city(r), r.requireCitizen(), r.pathParam("hold_id"))));
    router.put(BASE + "/holds/{hold_id}/suspension", citizen, r -> SandboxResponse.ok(state.suspend(city(r),
        r.requireCitizen(), r.pathParam("hold_id"), r.bodyAs(LibraryJson.SuspensionBody.class).until())));
    router.delete(BASE + "/holds/{hold_id}/suspension", citizen,
        r -> SandboxResponse.ok(state.resume(city(r), r.requireCitizen(), r.pathParam("hold_id"))));
    router.get(BASE + "/charges", citizen, this::charges);
    router.post(BASE + "/charges/payments", RouteFlags.payment(), this::pay);
  }

  @Override
  public void reset() {
    LibraryState fresh = new LibraryState(context.clock(), (type, city, data) -> publish(type, data, city));
    seeded = Seeder.seed(fresh, context.seed(), context.seed().randomFor(name()), context.clock());
    state = fresh;
  }

  LibraryState state() {
    return state;
  }

  Seeder.Seeded seeded() {
    return seeded;
  }

  // --- handlers

  private SandboxResponse search(SandboxRequest r) {
    String keyword = r.query("keyword").orElse(null);
    String title = r.query("title").orElse(null);
    String author = r.query("author").orElse(null);
    String isbn = r.query("isbn").map(v -> isbn13(v)
        .orElseThrow(() -> SandboxProblem.validation("isbn", "is not a valid ISBN-10 or ISBN-13"))).orElse(null);
    if (keyword == null && title == null && author == null && isbn == null) {
      throw SandboxProblem.validation("keyword", "give at least one of keyword, title, author and isbn");
    }
    return SandboxResponse.ok(Pages.slice(r, state.search(city(r), keyword, title, author, isbn), DEFAULT_LIMIT,
        MAX_LIMIT));
  }

  private SandboxResponse apply(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    LibraryJson.ApplyBody body = r.bodyAs(LibraryJson.ApplyBody.class);
    if (body.type() == null || !Set.of("DEPOSIT", "CREDIT").contains(body.type())) {
      throw SandboxProblem.validation("type", "must be DEPOSIT or CREDIT");
    }
    if (body.homeLibraryId() == null || body.homeLibraryId().isBlank()) {
      throw SandboxProblem.validation("home_library_id", "is required");
    }
    if (body.type().equals("CREDIT") && !Boolean.TRUE.equals(body.creditCheckConsent())) {
      throw SandboxProblem.validation("credit_check_consent", "must be true for a credit-based card");
    }
    boolean eligible = seeded.creditEligible().getOrDefault(citizenId, true);
    return SandboxResponse.created(
        state.apply(city(r), citizenId, body.type(), body.homeLibraryId(), body.deposit(), eligible));
  }

  private SandboxResponse holds(SandboxRequest r) {
    List<String> statuses = r.queryParams().getOrDefault("status", List.of());
    if (!HOLD_STATUSES.containsAll(statuses)) {
      throw SandboxProblem.validation("status", "is not a hold status");
    }
    return SandboxResponse.ok(Pages.slice(r, state.holds(city(r), r.requireCitizen(), statuses), DEFAULT_LIMIT,
        MAX_LIMIT));
  }

  private SandboxResponse place(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    LibraryJson.HoldBody body = r.bodyAs(LibraryJson.HoldBody.class);
    if ((body.recordId() == null) == (body.itemId() == null)) {
      throw SandboxProblem.validation("record_id", "exactly one of record_id and item_id is required");
    }
    if (body.pickupLibraryId() == null || body.pickupLibraryId().isBlank()) {
      throw SandboxProblem.validation("pickup_library_id", "is required");
    }
    return SandboxResponse.created(
        state.place(city(r), citizenId, body.recordId(), body.itemId(), body.pickupLibraryId()));
  }

  private SandboxResponse charges(SandboxRequest r) {
    Optional<String> status = r.query("status");
    if (status.isPresent() && !CHARGE_STATUSES.contains(status.get())) {
      throw SandboxProblem.validation("status", "is not a charge status");
    }
    return SandboxResponse.ok(Pages.slice(r, state.charges(city(r), r.requireCitizen(), status), DEFAULT_LIMIT,
        MAX_LIMIT));
  }

  private SandboxResponse pay(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    LibraryJson.PayBody body = r.bodyAs(LibraryJson.PayBody.class);
    PaymentView payment = state.pay(city(r), citizenId, body.chargeIds(), body.amount());
    publish("library.payment.succeeded", new LibraryJson.PaymentEventJson(payment.id(), "library", citizenId,
        payment.status(), payment.amount(), payment.chargeIds()), city(r));
    return SandboxResponse.created(payment);
  }

  // --- events

  private void publish(String type, Object data, String city) {
    context.events().publish(type, city, context.mapper().valueToTree(data));
  }

  /** The ISBN-13 of an ISBN-10 or ISBN-13, check character verified; empty when it is not one. */
  static Optional<String> isbn13(String raw) {
    String v = raw.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (v.matches("\\d{9}[\\dX]")) {
      int sum = 0;
      for (int i = 0; i < 10; i++) {
        sum += (v.charAt(i) == 'X' ? 10 : v.charAt(i) - '0') * (10 - i);
      }
      return sum % 11 == 0 ? Optional.of(Seeder.withCheckDigit("978" + v.substring(0, 9))) : Optional.empty();
    }
    return v.matches("97[89]\\d{10}") && Seeder.withCheckDigit(v.substring(0, 12)).equals(v) ? Optional.of(v) : Optional.empty();
  }

  private static String city(SandboxRequest r) {
    return r.pathParam("city");
  }
}
