package io.cityservices.testkit.utilities;

import io.cityservices.core.model.Money;
import io.cityservices.testkit.Citizen;
import io.cityservices.testkit.ConsoleAction;
import io.cityservices.testkit.ConsoleRecord;
import io.cityservices.testkit.DepartmentName;
import io.cityservices.testkit.DepartmentSpec;
import io.cityservices.testkit.Events;
import io.cityservices.testkit.Pages;
import io.cityservices.testkit.RouteFlags;
import io.cityservices.testkit.Router;
import io.cityservices.testkit.SandboxContext;
import io.cityservices.testkit.SandboxModule;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.SandboxRequest;
import io.cityservices.testkit.SandboxResponse;
import io.cityservices.testkit.SeedData;
import io.cityservices.testkit.utilities.UtilitiesJson.BillEventJson;
import io.cityservices.testkit.utilities.UtilitiesJson.ListOf;
import io.cityservices.testkit.utilities.UtilitiesJson.PaymentEventJson;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's utilities service: the routes of {@code utilities.yaml} over {@link UtilitiesState}.
 * Seeded data is regenerated from the seed on {@link #reset()}, so every test starts from the same
 * companies, accounts and bills with nothing bound.
 */
public final class UtilitiesSandbox implements SandboxModule {
  /** The utilities department's name: paths {@code /v1/cities/{city}/utilities/...}, scope {@code utilities}. */
  public static final DepartmentName DEPARTMENT = DepartmentName.of("utilities");
  /** Utilities are offered in every city with seeded companies. */
  static final DepartmentSpec SPEC = DepartmentSpec.of(DEPARTMENT, Seeder.cities());
  private static final String BASE = "/v1/cities/{city}/utilities";
  private static final int DEFAULT_LIMIT = 20;
  private static final int MAX_LIMIT = 100;
  /** New bills are due ten days after issue. */
  private static final int NEW_BILL_DAYS_TO_PAY = 10;
  private static final Set<String> TYPES = Set.of("WATER", "ELECTRICITY", "GAS", "HEATING");
  private static final Set<String> STATUSES = Set.of("UNPAID", "OVERDUE", "PAYING", "PAID_PENDING_WRITE_OFF", "PAID",
      "PAYMENT_FAILED", "WRITE_OFF_FAILED", "REFUNDED");

  private final AtomicReference<UtilitiesState> state = new AtomicReference<>();
  private SandboxContext context;

  /** For the service loader; the sandbox calls {@link #register} before anything else. */
  public UtilitiesSandbox() {}

  @Override
  public String name() {
    return "utilities";
  }

  @Override
  public List<DepartmentSpec> departments() {
    return List.of(SPEC);
  }

  @Override
  public void register(SandboxContext context) {
    this.context = context;
    state.set(seeded());
    context.provide(UtilitiesData.class, new UtilitiesData(state::get, this));
    Router router = context.router();
    RouteFlags citizen = RouteFlags.DEFAULT.withCitizen();
    router.get(BASE + "/companies", RouteFlags.DEFAULT.withPublicCache(), this::companies);
    router.post(BASE + "/accounts", RouteFlags.payment(), this::bind);
    router.get(BASE + "/accounts", citizen, r -> SandboxResponse.ok(
        new ListOf<>(state().accounts(city(r), r.requireCitizen()), null)));
    router.delete(BASE + "/accounts/{account_id}", citizen, r -> {
      state().unbind(city(r), r.requireCitizen(), r.pathParam("account_id"));
      return SandboxResponse.noContent();
    });
    router.get(BASE + "/bills", citizen, this::bills);
    router.get(BASE + "/bills/{bill_id}", citizen, r -> SandboxResponse.ok(
        state().bill(city(r), r.requireCitizen(), r.pathParam("bill_id"))));
    router.post(BASE + "/payments", RouteFlags.payment(), this::pay);
    router.post(BASE + "/accounts/{account_id}/top-ups", RouteFlags.payment(), this::topUp);
    router.get(BASE + "/payments", citizen, this::payments);
    router.get(BASE + "/payments/{payment_id}", citizen, r -> SandboxResponse.ok(
        state().json(state().payment(city(r), r.requireCitizen(), r.pathParam("payment_id")))));
    router.get(BASE + "/payments/{payment_id}/receipt", citizen, r -> {
      String citizenId = r.requireCitizen();
      return SandboxResponse.ok(state().receipt(city(r), citizenId, r.pathParam("payment_id"), payerName(citizenId)));
    });
    router.get(BASE + "/accounts/{account_id}/usage", citizen, r -> {
      UtilitiesState.Binding binding = state().binding(city(r), r.requireCitizen(), r.pathParam("account_id"));
      return SandboxResponse.ok(UsageSeries.readings(binding.id(), binding.household(), r.query("from").orElse(null),
          r.query("to").orElse(null), r.query("granularity").orElse(null)));
    });
  }

  @Override
  public void reset() {
    state.set(seeded());
  }

  @Override
  public List<ConsoleRecord> consoleRecords(Citizen citizen) {
    return state().consoleRecords(citizen.id());
  }

  /**
   * Issues a bill on the citizen's first account ({@code utilities.bill.issued}) and makes their
   * oldest unpaid bill overdue ({@code utilities.bill.overdue}).
   */
  @Override
  public List<ConsoleAction> consoleActions() {
    return List.of(
        new ConsoleAction("utilities.issue-bill", DEPARTMENT, "Issue a bill", citizen -> {
          Household household = state().consoleBills(citizen.id()).stream().map(b -> b.household).findFirst()
              .orElseThrow(() -> new NoSuchElementException("the citizen has no utility account"));
          YearMonth period = YearMonth.now(context.clock().withZone(UtilitiesState.ZONE));
          String id = issueBill(household.company.code(), household.accountNumber, period, 12);
          return "issued bill " + id + " for " + period;
        }),
        new ConsoleAction("utilities.mark-overdue", DEPARTMENT, "Make a bill overdue", citizen -> {
          BillRecord bill = state().consoleBills(citizen.id()).stream().filter(b -> b.status.equals("UNPAID")).findFirst()
              .orElseThrow(() -> new NoSuchElementException("the citizen has no unpaid bill"));
          markOverdue(bill.id);
          return "bill " + bill.id + " is now OVERDUE";
        }));
  }

  private UtilitiesState seeded() {
    Clock clock = context.clock();
    UtilitiesState fresh = new UtilitiesState(clock);
    SeedData seed = context.seed();
    Seeder.seed(fresh, seed, seed.randomFor(name()), clock);
    return fresh;
  }

  private UtilitiesState state() {
    return state.get();
  }

  // --- handlers

  private SandboxResponse companies(SandboxRequest r) {
    Optional<String> type = r.query("type");
    if (type.isPresent() && !TYPES.contains(type.get())) {
      throw SandboxProblem.validation("type", "must be WATER, ELECTRICITY, GAS or HEATING");
    }
    return SandboxResponse.ok(new ListOf<>(state().companies(city(r)).stream()
        .filter(c -> type.isEmpty() || c.type().equals(type.get())).map(Company::json).toList(), null));
  }

  private SandboxResponse bind(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    UtilitiesJson.BindBody body = r.bodyAs(UtilitiesJson.BindBody.class);
    if (body.companyCode() == null || body.companyCode().isBlank()) {
      throw SandboxProblem.validation("company_code", "is required");
    }
    if (body.accountNumber() == null || body.accountNumber().isBlank()) {
      throw SandboxProblem.validation("account_number", "is required");
    }
    UtilitiesState.BindResult result = state().bind(city(r), citizenId, body.companyCode(), body.accountNumber());
    return result.created() ? SandboxResponse.created(result.account()) : SandboxResponse.ok(result.account());
  }

  private SandboxResponse bills(SandboxRequest r) {
    List<String> statuses = r.queryParams().getOrDefault("status", List.of());
    for (String s : statuses) {
      if (!STATUSES.contains(s)) {
        throw SandboxProblem.validation("status", "is not a bill status");
      }
    }
    return SandboxResponse.ok(Pages.slice(
        r, state().bills(city(r), r.requireCitizen(), r.query("account_id"), statuses), DEFAULT_LIMIT, MAX_LIMIT));
  }

  private SandboxResponse pay(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    UtilitiesJson.PayBody body = r.bodyAs(UtilitiesJson.PayBody.class);
    PaymentRecord payment = state().pay(city(r), citizenId, body.billIds(), body.amount());
    publishPayment(payment);
    return SandboxResponse.created(state().json(payment));
  }

  private SandboxResponse topUp(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    UtilitiesJson.TopUpBody body = r.bodyAs(UtilitiesJson.TopUpBody.class);
    PaymentRecord payment = state().topUp(city(r), citizenId, r.pathParam("account_id"), body.amount());
    publishPayment(payment);
    return SandboxResponse.created(state().json(payment));
  }

  private SandboxResponse payments(SandboxRequest r) {
    String citizenId = r.requireCitizen();
    return SandboxResponse.ok(Pages.slice(
        r, state().payments(city(r), citizenId).stream().map(state()::json).toList(), DEFAULT_LIMIT, MAX_LIMIT));
  }

  // --- hooks behind UtilitiesData

  String issueBill(String companyCode, String accountNumber, YearMonth period, long quantity) {
    UtilitiesState s = state();
    Household household = s.household(companyCode, accountNumber)
        .orElseThrow(() -> new NoSuchElementException("no such account at " + companyCode));
    LocalDate today = LocalDate.now(context.clock().withZone(UtilitiesState.ZONE));
    BillRecord bill = s.addBill(household, period, quantity, 0, today.plusDays(NEW_BILL_DAYS_TO_PAY), "UNPAID");
    publishBill("utilities.bill.issued", bill);
    return bill.id;
  }

  void markOverdue(String billId) {
    UtilitiesState s = state();
    BillRecord bill = s.bill(billId).orElseThrow(() -> new NoSuchElementException("no such bill"));
    s.markOverdue(bill);
    publishBill("utilities.bill.overdue", bill);
  }

  // --- helpers

  private void publishBill(String type, BillRecord bill) {
    Events events = context.events();
    for (BillEventJson data : state().billEvents(bill)) {
      events.publish(type, bill.household.company.city(), context.mapper().valueToTree(data));
    }
  }

  private void publishPayment(PaymentRecord p) {
    boolean ok = p.status().equals("SUCCEEDED");
    PaymentEventJson data = new PaymentEventJson(p.id(), "utilities", p.citizenId(), p.status(), Money.cny(p.amountFen()),
        p.items().stream().map(UtilitiesJson.PaymentItemJson::billId).filter(Objects::nonNull).toList(),
        p.failureCode());
    context.events().publish(ok ? "utilities.payment.succeeded" : "utilities.payment.failed", p.city(), context.mapper().valueToTree(data));
  }

  private String payerName(String citizenId) {
    return context.seed().citizen(citizenId).map(Citizen::name).map(Object::toString).orElse("*");
  }

  private static String city(SandboxRequest r) {
    return r.pathParam("city");
  }
}
