package io.cityservices.utilities;

import io.cityservices.testkit.utilities.UtilitiesSandbox;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.pagination.Page;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.testkit.City;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.Event;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.SignedEvent;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.utilities.SeededAccount;
import io.cityservices.testkit.utilities.UtilitiesData;
import java.net.URI;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every operation against the sandbox, and the journeys of the issue. */
@CitySandboxTest
class UtilitiesSandboxTest {

  /** Not the city's first citizen, whose accounts the seed has bound already. */
  private static final String CITIZEN = "c-310000-003";

  private CitySandbox sandbox;
  private CityServices services;
  private UtilitiesClient utilities;
  private RequestOptions asCitizen;
  private UtilitiesData data;

  @BeforeEach
  void connect() {
    services = CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(CityCode.SHANGHAI)
        .build();
    utilities = UtilitiesClient.create(services);
    CitizenToken token = SandboxLogin.citizenToken(services, CITIZEN);
    asCitizen = RequestOptions.forCitizen(token);
    data = sandbox.data(UtilitiesData.class);
  }

  @AfterEach
  void close() {
    services.close();
  }

  private UtilityCompany company(UtilityType type) {
    return utilities.companies().list(type, RequestOptions.none()).get(0);
  }

  private UtilityAccount bind(UtilityType type) {
    SeededAccount seeded = data.accountOf(CITIZEN, SeededAccount.Type.valueOf(type.name()));
    return utilities.accounts().bind(BindAccountRequest.of(company(type), seeded.accountNumber()), asCitizen);
  }

  @Test
  void listsTheCitysCompaniesWithTheirAccountNumberFormats() {
    List<UtilityCompany> all = utilities.companies().list(null, RequestOptions.none());
    assertThat(all).extracting(UtilityCompany::name)
        .containsExactly("上海城投水务(集团)有限公司", "国网上海市电力公司", "上海燃气有限公司");
    UtilityCompany gas = utilities.companies().list(UtilityType.GAS, RequestOptions.none()).get(0);
    assertThat(gas.billingMode()).isEqualTo(BillingMode.PREPAID);
    assertThat(gas.acceptsAccountNumber(data.accountOf(CITIZEN, SeededAccount.Type.GAS).accountNumber())).isTrue();
    assertThat(UtilitiesClient.create(services, CityCode.SHENZHEN).companies().list(UtilityType.ELECTRICITY, RequestOptions.none()))
        .extracting(UtilityCompany::name).containsExactly("深圳供电局有限公司");
  }

  @Test
  void theFirstCitizenOfEveryLaunchCityListsUnpaidBillsWithoutBindingAnything() {
    for (City city : sandbox.seed().cities()) {
      UtilitiesClient local = UtilitiesClient.create(services, city.code());
      RequestOptions first = RequestOptions.forCitizen(
          SandboxLogin.citizenToken(services, sandbox.seed().firstCitizen(city.code()).id()));

      List<Bill> unpaid = local.bills().list(BillQuery.outstanding(), first).data();

      assertThat(local.accounts().list(first)).as(city.name()).hasSize(2);
      assertThat(unpaid).as(city.name()).extracting(Bill::status).contains(BillStatus.UNPAID, BillStatus.OVERDUE);
    }
    assertThat(sandbox.seed().cities()).hasSize(10);
  }

  @Test
  void journeyBindListPayAllThenEverythingPaidAndOnePaymentInHistory() {
    UtilityAccount water = bind(UtilityType.WATER);
    assertThat(water.holderName()).endsWith("*");
    assertThat(water.billingMode()).isEqualTo(BillingMode.POSTPAID);
    assertThat(utilities.accounts().list(asCitizen)).extracting(UtilityAccount::id).containsExactly(water.id());

    List<Bill> due = utilities.bills().list(
        BillQuery.builder().accountId(water.id()).statuses(BillStatus.outstanding()).build(), asCitizen).data();
    assertThat(due).extracting(Bill::status).containsExactlyInAnyOrder(BillStatus.UNPAID, BillStatus.OVERDUE);
    Bill overdue = due.stream().filter(b -> b.status() == BillStatus.OVERDUE).findFirst().orElseThrow();
    assertThat(overdue.lateFee().isPositive()).isTrue();
    assertThat(overdue.amountDue()).isEqualTo(overdue.principal().plus(overdue.lateFee()));

    Payment payment = utilities.payments().pay(PayBillsRequest.of(due), asCitizen);
    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(payment.kind()).isEqualTo(PaymentKind.BILLS);
    assertThat(payment.amount()).isEqualTo(due.get(0).amountDue().plus(due.get(1).amountDue()));

    List<Bill> after = utilities.bills().list(BillQuery.builder().accountId(water.id()).build(), asCitizen).data();
    assertThat(after).hasSize(5).allSatisfy(b -> assertThat(b.status()).isEqualTo(BillStatus.PAID));
    assertThat(utilities.bills().get(due.get(0).id(), asCitizen).paymentId()).isEqualTo(payment.id());

    List<Payment> history = utilities.payments().listAll(PaymentQuery.firstPage(), asCitizen).stream().toList();
    assertThat(history).hasSize(1);
    assertThat(history.get(0).billIds()).containsExactlyInAnyOrderElementsOf(due.stream().map(Bill::id).toList());
    assertThat(utilities.payments().get(payment.id(), asCitizen).status()).isEqualTo(PaymentStatus.SUCCEEDED);

    PaymentReceipt receipt = utilities.payments().receipt(payment.id(), asCitizen);
    assertThat(receipt.amount()).isEqualTo(payment.amount());
    assertThat(receipt.lines()).hasSize(2).allSatisfy(l -> assertThat(l.companyName()).isEqualTo("上海城投水务(集团)有限公司"));

    assertThat(sandbox.events().published()).filteredOn(e -> e.type().equals("utilities.payment.succeeded"))
        .extracting(e -> e.data().get("payment_id").asText()).containsExactly(payment.id());
  }

  @Test
  void aRetryAfterAConnectionResetDoesNotPayTwice() {
    UtilityAccount water = bind(UtilityType.WATER);
    List<Bill> due = utilities.bills().list(
        BillQuery.builder().accountId(water.id()).statuses(BillStatus.outstanding()).build(), asCitizen).data();
    sandbox.faults().failAfterHandling(".*/utilities/payments", Fault.CONNECTION_RESET_BY_PEER, 1);

    Payment payment = utilities.payments().pay(PayBillsRequest.of(due), asCitizen);

    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    List<Payment> history = utilities.payments().listAll(PaymentQuery.firstPage(), asCitizen).stream().toList();
    assertThat(history).extracting(Payment::id).containsExactly(payment.id());
    assertThat(sandbox.events().published()).filteredOn(e -> e.type().equals("utilities.payment.succeeded")).hasSize(1);
    List<String> keys = sandbox.requests().stream()
        .filter(r -> r.getMethod().getName().equals("POST") && r.getUrl().endsWith("/utilities/payments"))
        .map(r -> r.getHeader("Idempotency-Key")).toList();
    assertThat(keys).hasSize(2).doesNotContainNull();
    assertThat(keys.get(0)).isEqualTo(keys.get(1));
  }

  @Test
  void aResetBeforeThePlatformSawThePaymentIsRetriedAndPaysOnce() {
    UtilityAccount water = bind(UtilityType.WATER);
    List<Bill> due = utilities.bills().list(
        BillQuery.builder().accountId(water.id()).statuses(BillStatus.outstanding()).build(), asCitizen).data();
    sandbox.faults().failNext(".*/utilities/payments", Fault.CONNECTION_RESET_BY_PEER, 1);

    utilities.payments().pay(PayBillsRequest.of(due), asCitizen);

    assertThat(utilities.payments().list(PaymentQuery.firstPage(), asCitizen).data()).hasSize(1);
  }

  @Test
  void anUnavailableDepartmentIsATypedErrorAndNothingIsPaid() {
    UtilityAccount water = bind(UtilityType.WATER);
    List<Bill> due = utilities.bills().list(
        BillQuery.builder().accountId(water.id()).statuses(BillStatus.outstanding()).build(), asCitizen).data();
    sandbox.faults().unavailable(CityCode.SHANGHAI, UtilitiesSandbox.DEPARTMENT);

    assertThatThrownBy(() -> utilities.payments().pay(PayBillsRequest.of(due), asCitizen))
        .isInstanceOf(DepartmentUnavailableException.class);

    sandbox.faults().reset();
    assertThat(utilities.payments().list(PaymentQuery.firstPage(), asCitizen).data()).isEmpty();
  }

  @Test
  void companiesAreCachedReferenceData() {
    utilities.companies().list(UtilityType.GAS, RequestOptions.none());
    utilities.companies().list(UtilityType.GAS, RequestOptions.none());

    assertThat(sandbox.requests().stream().filter(r -> r.getUrl().contains("/utilities/companies"))).hasSize(1);
  }

  @Test
  void payingAPaidBillIsAConflictNeverASecondCharge() {
    UtilityAccount water = bind(UtilityType.WATER);
    List<Bill> due = utilities.bills().list(
        BillQuery.builder().accountId(water.id()).statuses(BillStatus.UNPAID).build(), asCitizen).data();
    utilities.payments().pay(PayBillsRequest.of(due), asCitizen);

    assertThatThrownBy(() -> utilities.payments().pay(PayBillsRequest.of(due), asCitizen))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("bill_already_paid"));
    assertThat(utilities.payments().list(PaymentQuery.firstPage(), asCitizen).data()).hasSize(1);
  }

  @Test
  void electricityAccountHasABillInEveryState() {
    UtilityAccount power = bind(UtilityType.ELECTRICITY);
    List<Bill> bills = utilities.bills().listAll(
        BillQuery.builder().accountId(power.id()).limit(3).build(), asCitizen).stream().toList();
    assertThat(bills).extracting(Bill::status).containsExactlyInAnyOrder(
        BillStatus.PAID, BillStatus.REFUNDED, BillStatus.WRITE_OFF_FAILED, BillStatus.PAYMENT_FAILED,
        BillStatus.PAID_PENDING_WRITE_OFF, BillStatus.PAYING, BillStatus.OVERDUE, BillStatus.UNPAID);
    assertThat(bills.get(0).period()).isAfter(bills.get(7).period());
    assertThat(bills.get(0).lineItems()).isNotEmpty();
    assertThat(bills.get(0).lineItems().get(0).unit()).isEqualTo(UsageUnit.KWH);
  }

  @Test
  void aPaymentWaitsForTheWriteOffWhenTheCompanyIsSlow() {
    data.writeOffDelay(Duration.ofHours(1));
    UtilityAccount water = bind(UtilityType.WATER);
    List<Bill> due = utilities.bills().list(
        BillQuery.builder().accountId(water.id()).statuses(BillStatus.outstanding()).build(), asCitizen).data();
    utilities.payments().pay(PayBillsRequest.of(due), asCitizen);
    assertThat(utilities.bills().get(due.get(0).id(), asCitizen).status()).isEqualTo(BillStatus.PAID_PENDING_WRITE_OFF);

    data.completeWriteOffs();

    assertThat(utilities.bills().get(due.get(0).id(), asCitizen).status()).isEqualTo(BillStatus.PAID);
  }

  @Test
  void aFailedPaymentLeavesTheBillsDueAndHasNoReceipt() {
    UtilityAccount water = bind(UtilityType.WATER);
    List<Bill> due = utilities.bills().list(
        BillQuery.builder().accountId(water.id()).statuses(BillStatus.outstanding()).build(), asCitizen).data();
    data.failNextPayment();

    Payment failed = utilities.payments().pay(PayBillsRequest.of(due), asCitizen);

    assertThat(failed.status()).isEqualTo(PaymentStatus.FAILED);
    assertThat(utilities.bills().get(due.get(0).id(), asCitizen).status()).isEqualTo(BillStatus.PAYMENT_FAILED);
    assertThat(sandbox.events().published()).extracting(Event::type).contains("utilities.payment.failed");
    assertThatThrownBy(() -> utilities.payments().receipt(failed.id(), asCitizen))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("receipt_not_available"));
  }

  @Test
  void anAmountThatNoLongerMatchesIsRefusedByThePlatform() {
    UtilityAccount water = bind(UtilityType.WATER);
    Bill unpaid = utilities.bills().list(
        BillQuery.builder().accountId(water.id()).statuses(BillStatus.UNPAID).build(), asCitizen).data().get(0);
    // The bill as the client saw it last month, before the company corrected it.
    Bill stale = new Bill(unpaid.id(), unpaid.accountId(), unpaid.companyCode(), unpaid.type(), unpaid.period(),
        unpaid.amountDue().plus(Money.cny(100)), unpaid.principal(), unpaid.lateFee(), unpaid.balance(), unpaid.dueDate(),
        unpaid.status(), unpaid.lineItems(), null);

    assertThatThrownBy(() -> utilities.payments().pay(PayBillsRequest.of(List.of(stale)), asCitizen))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.code()).isEqualTo("amount_mismatch");
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.violations()).extracting(v -> v.field()).containsExactly("amount");
        });
  }

  @Test
  void topsUpAPrepaidAccountAndRefusesAPostpaidOne() {
    UtilityAccount gas = bind(UtilityType.GAS);
    Money before = gas.balance();

    Payment topUp = utilities.payments().topUp(TopUpRequest.of(gas.id(), Money.cny(5_000)), asCitizen);

    assertThat(topUp.kind()).isEqualTo(PaymentKind.TOP_UP);
    assertThat(topUp.items()).extracting(PaymentItem::accountId).containsExactly(gas.id());
    assertThat(utilities.accounts().list(asCitizen).get(0).balance()).isEqualTo(before.plus(Money.cny(5_000)));
    UtilityAccount water = bind(UtilityType.WATER);
    assertThatThrownBy(() -> utilities.payments().topUp(TopUpRequest.of(water.id(), Money.cny(100)), asCitizen))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("not_prepaid"));
  }

  @Test
  void bindingIsIdempotentAndUnbindingHidesTheBills() {
    UtilityAccount first = bind(UtilityType.WATER);
    UtilityAccount again = bind(UtilityType.WATER);
    assertThat(again.id()).isEqualTo(first.id());

    utilities.accounts().unbind(first.id(), asCitizen);
    utilities.accounts().unbind(first.id(), asCitizen);

    assertThat(utilities.accounts().list(asCitizen)).isEmpty();
    assertThat(utilities.bills().list(BillQuery.all(), asCitizen).data()).isEmpty();
  }

  @Test
  void anAccountWithABillBeingPaidCannotBeUnbound() {
    UtilityAccount power = bind(UtilityType.ELECTRICITY);

    assertThatThrownBy(() -> utilities.accounts().unbind(power.id(), asCitizen))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("payment_in_progress"));
    assertThat(utilities.accounts().list(asCitizen)).hasSize(1);
  }

  @Test
  void anotherCitizensBillsAndAccountsAreNotFound() {
    UtilityAccount water = bind(UtilityType.WATER);
    String billId = utilities.bills().list(BillQuery.all(), asCitizen).data().get(0).id();
    RequestOptions other = RequestOptions.forCitizen(SandboxLogin.citizenToken(services, "c-310000-002"));

    assertThatThrownBy(() -> utilities.bills().get(billId, other)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> utilities.bills().list(BillQuery.builder().accountId(water.id()).build(), other))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void anAccountNumberUnknownToTheCompanyIsNotFound() {
    UtilityCompany water = company(UtilityType.WATER);
    assertThatThrownBy(() -> utilities.accounts().bind(BindAccountRequest.of(water, "1000000000"), asCitizen))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("account_not_found"));
  }

  @Test
  void monthlyDailyAndHourlyUsage() {
    UtilityAccount power = bind(UtilityType.ELECTRICITY);
    UsageReport monthly = utilities.usage().get(
        UsageQuery.monthly(power.id(), YearMonth.of(2026, 1), YearMonth.of(2026, 6)), asCitizen);
    assertThat(monthly.unit()).isEqualTo(UsageUnit.KWH);
    assertThat(monthly.readings()).hasSize(6).allSatisfy(r -> assertThat(r.cost()).isNotNull());
    assertThat(monthly.readings().get(0).duration()).isEqualTo(Duration.ofDays(31));
    assertThat(monthly.total()).isEqualByComparingTo(
        monthly.readings().stream().map(UsageReading::value).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));

    UsageReport hourly = utilities.usage().get(new UsageQuery(power.id(), YearMonth.of(2026, 2),
        YearMonth.of(2026, 2), UsageGranularity.HOUR), asCitizen);
    assertThat(hourly.readings()).hasSize(28 * 24).allSatisfy(r -> assertThat(r.cost()).isNull());
    assertThat(utilities.usage().get(new UsageQuery(power.id(), YearMonth.of(2026, 2), YearMonth.of(2026, 3),
        UsageGranularity.DAY), asCitizen).readings()).hasSize(28 + 31);
  }

  @Test
  void anIssuedBillIsPublishedAndPayable() {
    UtilityAccount water = bind(UtilityType.WATER);
    SeededAccount seeded = data.accountOf(CITIZEN, SeededAccount.Type.WATER);

    String billId = data.issueBill(seeded.companyCode(), seeded.accountNumber(), YearMonth.of(2026, 7), 12);

    Event issued = sandbox.events().published().stream().filter(e -> e.type().equals("utilities.bill.issued"))
        .findFirst().orElseThrow();
    assertThat(issued.data().get("bill_id").asText()).isEqualTo(billId);
    assertThat(issued.data().get("account_id").asText()).isEqualTo(water.id());
    Bill bill = utilities.bills().get(billId, asCitizen);
    assertThat(bill.status()).isEqualTo(BillStatus.UNPAID);
    assertThat(bill.period()).isEqualTo(YearMonth.of(2026, 7));
    assertThat(utilities.payments().pay(PayBillsRequest.of(bill), asCitizen).status()).isEqualTo(PaymentStatus.SUCCEEDED);
  }

  @Test
  void asyncFormsGiveTheSameResults() {
    UtilityAccount water = utilities.accounts().bindAsync(
        BindAccountRequest.of(company(UtilityType.WATER), data.accountOf(CITIZEN, SeededAccount.Type.WATER).accountNumber()), asCitizen).join();
    Page<Bill> page = utilities.bills().listAsync(BillQuery.outstanding(), asCitizen).join();
    assertThat(page.data()).allSatisfy(b -> assertThat(b.accountId()).isEqualTo(water.id()));
    Payment payment = utilities.payments().payAsync(PayBillsRequest.of(page.data()), asCitizen).join();
    assertThat(utilities.payments().getAsync(payment.id(), asCitizen).join().status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(utilities.accounts().listAsync(asCitizen).join()).hasSize(1);
    assertThat(utilities.companies().listAsync(UtilityType.WATER, RequestOptions.none()).join()).hasSize(1);
  }

  @Test
  void eventsAreTypedWhenReadThroughTheWebhookVerifier() {
    UtilityAccount water = bind(UtilityType.WATER);
    SeededAccount seeded = data.accountOf(CITIZEN, SeededAccount.Type.WATER);
    String billId = data.issueBill(seeded.companyCode(), seeded.accountNumber(), YearMonth.of(2026, 7), 10);
    data.markOverdue(billId);
    Payment payment = utilities.payments().pay(PayBillsRequest.of(utilities.bills().get(billId, asCitizen)), asCitizen);

    BillEvent issued = received("utilities.bill.issued").data(UtilitiesEvents.BILL_ISSUED).orElseThrow();
    assertThat(issued.billId()).isEqualTo(billId);
    assertThat(issued.accountId()).isEqualTo(water.id());
    assertThat(issued.period()).isEqualTo(YearMonth.of(2026, 7));
    assertThat(issued.amountDue()).isEqualTo(Money.cny(10 * 515));
    assertThat(received("utilities.bill.overdue").data(UtilitiesEvents.BILL_OVERDUE).orElseThrow().billId()).isEqualTo(billId);
    PaymentEvent paid = received("utilities.payment.succeeded").data(UtilitiesEvents.PAYMENT_SUCCEEDED).orElseThrow();
    assertThat(paid.paymentId()).isEqualTo(payment.id());
    assertThat(paid.service()).isEqualTo("utilities");
    assertThat(paid.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(paid.billIds()).containsExactly(billId);
  }

  /** The published event of {@code type}, signed as a delivery and verified by the SDK. */
  private WebhookEvent received(String type) {
    Event event = sandbox.events().published().stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    URI endpoint = URI.create("https://app.example/hooks/utilities");
    SignedEvent signed = sandbox.events().signedEvent(event.type(), event.city(), event.data(), endpoint);
    return services.webhooks().forEndpoint(endpoint).verify(signed.body(), signed.headers());
  }
}
