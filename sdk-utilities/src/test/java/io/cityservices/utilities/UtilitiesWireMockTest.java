package io.cityservices.utilities;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.testkit.junit.PlatformStub;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.core.pagination.Page;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exact request of every operation and the decoding of its response. */
class UtilitiesWireMockTest {

  static final String BASE = "/v1/cities/310000/utilities";
  static final CitizenToken CITIZEN =
      new CitizenToken("c-1", "citizen-token-abcdefghijkl", null, Instant.parse("2999-01-01T00:00:00Z"), "utilities");
  static final RequestOptions AS_CITIZEN = RequestOptions.forCitizen(CITIZEN);
  static final String UUID_LIKE = "[0-9a-fA-F-]{16,}";

  static final String COMPANY_JSON = """
      {"company_code": "310000-water", "name": "上海城投水务(集团)有限公司", "type": "WATER",
       "billing_mode": "POSTPAID", "account_number_pattern": "\\\\d{10}",
       "account_number_hint": "户号为账单上的10位数字", "service_phone": "962740", "new_member": 1}""";
  static final String ACCOUNT_JSON = """
      {"id": "acct-1", "company_code": "310000-water", "company_name": "上海城投水务(集团)有限公司",
       "type": "WATER", "billing_mode": "POSTPAID", "account_number": "3100123456", "holder_name": "张*",
       "service_address": "上海市长寿路1号101室", "bound_at": "2026-05-01T10:00:00+08:00"}""";
  static final String BILL_JSON = """
      {"id": "bill-1", "account_id": "acct-1", "company_code": "310000-water", "type": "WATER",
       "period": "2026-04", "amount_due": {"amount": 12550, "currency": "CNY"},
       "principal": {"amount": 12360, "currency": "CNY"}, "late_fee": {"amount": 190, "currency": "CNY"},
       "balance": {"amount": 0, "currency": "CNY"}, "due_date": "2026-05-25", "status": "OVERDUE",
       "line_items": [{"description": "自来水费", "quantity": "24", "unit": "M3", "amount": {"amount": 8280, "currency": "CNY"}}]}""";
  static final String PAYMENT_JSON = """
      {"id": "upay-1", "kind": "BILLS", "status": "SUCCEEDED", "amount": {"amount": 12550, "currency": "CNY"},
       "items": [{"account_id": "acct-1", "bill_id": "bill-1", "amount": {"amount": 12550, "currency": "CNY"}}],
       "created_at": "2026-05-26T09:00:00+08:00", "completed_at": "2026-05-26T09:00:01+08:00"}""";

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer server;
  CityServices services;
  UtilitiesClient utilities;



  @BeforeEach
  void client() {
    server = platform.server();
    services = platform.client(CityCode.SHANGHAI);
    utilities = UtilitiesClient.create(services);
  }

  @AfterEach
  void close() {
    services.close();
  }

  static Bill bill(String id, BillStatus status, long due) {
    return new Bill(id, "acct-1", "310000-water", UtilityType.WATER, YearMonth.of(2026, 4), Money.cny(due), Money.cny(due),
        Money.cny(0), Money.cny(0), LocalDate.of(2026, 5, 25), status, List.of(), null);
  }

  static UtilityCompany water() {
    return new UtilityCompany("310000-water", "上海城投水务", UtilityType.WATER, BillingMode.POSTPAID, "\\d{10}", null, null);
  }

  @Test
  void listCompaniesIsAPublicReadFilteredByType() {
    server.stubFor(get(urlPathEqualTo(BASE + "/companies")).willReturn(okJson("{\"data\": [" + COMPANY_JSON + "]}")));

    List<UtilityCompany> companies = utilities.companies().list(UtilityType.WATER, RequestOptions.none());

    server.verify(getRequestedFor(urlEqualTo(BASE + "/companies?type=WATER")).withHeader("X-Citizen-Token", absent()));
    assertThat(companies).containsExactly(new UtilityCompany("310000-water", "上海城投水务(集团)有限公司", UtilityType.WATER,
        BillingMode.POSTPAID, "\\d{10}", "户号为账单上的10位数字", "962740"));
    assertThat(companies.get(0).acceptsAccountNumber("3100123456")).isTrue();
    assertThat(companies.get(0).acceptsAccountNumber("31001234")).isFalse();
  }

  @Test
  void unknownEnumValuesReadAsUnknown() {
    server.stubFor(get(urlPathEqualTo(BASE + "/companies")).willReturn(okJson(
        "{\"data\": [{\"company_code\": \"x\", \"type\": \"HYDROGEN\", \"billing_mode\": \"BARTER\"}]}")));

    UtilityCompany company = utilities.companies().list(null, RequestOptions.none()).get(0);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/companies")));
    assertThat(company.type()).isEqualTo(UtilityType.UNKNOWN);
    assertThat(company.billingMode()).isEqualTo(BillingMode.UNKNOWN);
  }

  @Test
  void bindAccountIsASignedConsentWithAnIdempotencyKey() {
    server.stubFor(post(urlEqualTo(BASE + "/accounts")).willReturn(okJson(ACCOUNT_JSON).withStatus(201)));

    UtilityAccount account = utilities.accounts().bind(BindAccountRequest.of(water(), " 3100123456 "), AS_CITIZEN);

    server.verify(postRequestedFor(urlEqualTo(BASE + "/accounts"))
        .withHeader("Idempotency-Key", matching(".+"))
        .withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken()))
        .withRequestBody(equalToJson("{\"company_code\": \"310000-water\", \"account_number\": \"3100123456\"}")));
    assertThat(account.id()).isEqualTo("acct-1");
    assertThat(account.holderName()).isEqualTo("张*");
    assertThat(account.boundAt()).isEqualTo(OffsetDateTime.parse("2026-05-01T10:00:00+08:00"));
    assertThat(account.balance()).isNull();
  }

  @Test
  void listAccountsActsForTheCitizen() {
    server.stubFor(get(urlEqualTo(BASE + "/accounts")).willReturn(okJson("{\"data\": [" + ACCOUNT_JSON + "]}")));

    List<UtilityAccount> accounts = utilities.accounts().list(AS_CITIZEN);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/accounts")).withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
    assertThat(accounts).extracting(UtilityAccount::accountNumber).containsExactly("3100123456");
  }

  @Test
  void unbindAccountIsADelete() {
    server.stubFor(delete(urlEqualTo(BASE + "/accounts/acct-1")).willReturn(aResponse().withStatus(204)));

    utilities.accounts().unbind("acct-1", AS_CITIZEN);

    server.verify(deleteRequestedFor(urlEqualTo(BASE + "/accounts/acct-1"))
        .withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
  }

  @Test
  void listBillsSendsAccountStatusesAndPaging() {
    server.stubFor(get(urlPathEqualTo(BASE + "/bills")).willReturn(okJson("{\"data\": [" + BILL_JSON + "], \"next_cursor\": \"o1\"}")));

    Page<Bill> page = utilities.bills().list(BillQuery.builder().accountId("acct-1")
        .statuses(BillStatus.UNPAID, BillStatus.OVERDUE).limit(10).cursor("o0").build(), AS_CITIZEN);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/bills?account_id=acct-1&status=UNPAID&status=OVERDUE&limit=10&cursor=o0"))
        .withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
    assertThat(page.nextCursor()).isEqualTo("o1");
    Bill bill = page.data().get(0);
    assertThat(bill.period()).isEqualTo(YearMonth.of(2026, 4));
    assertThat(bill.amountDue()).isEqualTo(Money.cny(12550));
    assertThat(bill.lateFee()).isEqualTo(Money.cny(190));
    assertThat(bill.dueDate()).isEqualTo(LocalDate.of(2026, 5, 25));
    assertThat(bill.status()).isEqualTo(BillStatus.OVERDUE);
    assertThat(bill.lineItems().get(0).quantity()).isEqualByComparingTo("24");
    assertThat(bill.lineItems().get(0).unit()).isEqualTo(UsageUnit.M3);
  }

  @Test
  void listAllBillsFollowsTheCursor() {
    server.stubFor(get(urlEqualTo(BASE + "/bills")).willReturn(okJson("{\"data\": [" + BILL_JSON + "], \"next_cursor\": \"o1\"}")));
    server.stubFor(get(urlEqualTo(BASE + "/bills?cursor=o1")).willReturn(okJson("{\"data\": [" + BILL_JSON.replace("bill-1", "bill-2") + "]}")));

    List<Bill> all = utilities.bills().listAll(BillQuery.all(), AS_CITIZEN).stream().toList();

    assertThat(all).extracting(Bill::id).containsExactly("bill-1", "bill-2");
  }

  @Test
  void getBillByItsId() {
    server.stubFor(get(urlEqualTo(BASE + "/bills/bill-1")).willReturn(okJson(BILL_JSON)));

    assertThat(utilities.bills().get("bill-1", AS_CITIZEN).id()).isEqualTo("bill-1");
    server.verify(getRequestedFor(urlEqualTo(BASE + "/bills/bill-1")).withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
  }

  @Test
  void payBillsSendsTheIdsAndTheTotalWithAnIdempotencyKey() {
    server.stubFor(post(urlEqualTo(BASE + "/payments")).willReturn(okJson(PAYMENT_JSON).withStatus(201)));

    Payment payment = utilities.payments().pay(
        PayBillsRequest.of(bill("bill-1", BillStatus.OVERDUE, 12000), bill("bill-2", BillStatus.UNPAID, 550)), AS_CITIZEN);

    server.verify(postRequestedFor(urlEqualTo(BASE + "/payments"))
        .withHeader("Idempotency-Key", matching(".+"))
        .withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken()))
        .withRequestBody(equalToJson("{\"bill_ids\": [\"bill-1\", \"bill-2\"], \"amount\": {\"amount\": 12550, \"currency\": \"CNY\"}}")));
    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(payment.billIds()).containsExactly("bill-1");
    assertThat(payment.completedAt()).isEqualTo(OffsetDateTime.parse("2026-05-26T09:00:01+08:00"));
  }

  @Test
  void payBillsUsesTheCallersIdempotencyKey() {
    server.stubFor(post(urlEqualTo(BASE + "/payments")).willReturn(okJson(PAYMENT_JSON).withStatus(201)));

    utilities.payments().pay(PayBillsRequest.of(bill("bill-1", BillStatus.UNPAID, 12550)),
        AS_CITIZEN.toBuilder().idempotencyKey("order-2026-0001").build());

    server.verify(postRequestedFor(urlEqualTo(BASE + "/payments")).withHeader("Idempotency-Key", equalTo("\"order-2026-0001\"")));
  }

  @Test
  void payingAPaidBillIsAConflict() {
    server.stubFor(post(urlEqualTo(BASE + "/payments")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\": \"about:blank\", \"title\": \"Bill already paid\", \"status\": 409, \"code\": \"bill_already_paid\"}")));

    assertThatThrownBy(() -> utilities.payments().pay(PayBillsRequest.of(bill("bill-1", BillStatus.UNPAID, 100)), AS_CITIZEN))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("bill_already_paid"));
    server.verify(1, postRequestedFor(urlEqualTo(BASE + "/payments")));
  }

  @Test
  void topUpPostsTheAmountToTheAccount() {
    server.stubFor(post(urlEqualTo(BASE + "/accounts/acct-9/top-ups")).willReturn(okJson(
        "{\"id\": \"upay-2\", \"kind\": \"TOP_UP\", \"status\": \"SUCCEEDED\", \"amount\": {\"amount\": 5000, \"currency\": \"CNY\"},"
            + " \"items\": [{\"account_id\": \"acct-9\", \"amount\": {\"amount\": 5000, \"currency\": \"CNY\"}}]}").withStatus(201)));

    Payment payment = utilities.payments().topUp(TopUpRequest.of("acct-9", Money.cny(5000)), AS_CITIZEN);

    server.verify(postRequestedFor(urlEqualTo(BASE + "/accounts/acct-9/top-ups"))
        .withHeader("Idempotency-Key", matching(".+"))
        .withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken()))
        .withRequestBody(equalToJson("{\"amount\": {\"amount\": 5000, \"currency\": \"CNY\"}}")));
    assertThat(payment.kind()).isEqualTo(PaymentKind.TOP_UP);
    assertThat(payment.billIds()).isEmpty();
  }

  @Test
  void getPaymentAndItsReceipt() {
    server.stubFor(get(urlEqualTo(BASE + "/payments/upay-1")).willReturn(okJson(PAYMENT_JSON)));
    server.stubFor(get(urlEqualTo(BASE + "/payments/upay-1/receipt")).willReturn(okJson("""
        {"receipt_number": "R00000001", "payment_id": "upay-1", "amount": {"amount": 12550, "currency": "CNY"},
         "paid_at": "2026-05-26T09:00:01+08:00", "payer_name": "张*",
         "lines": [{"company_name": "上海城投水务(集团)有限公司", "account_number": "******3456", "bill_id": "bill-1",
                    "period": "2026-04", "amount": {"amount": 12550, "currency": "CNY"}}]}""")));

    assertThat(utilities.payments().get("upay-1", AS_CITIZEN).amount()).isEqualTo(Money.cny(12550));
    PaymentReceipt receipt = utilities.payments().receipt("upay-1", AS_CITIZEN);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/payments/upay-1")).withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
    server.verify(getRequestedFor(urlEqualTo(BASE + "/payments/upay-1/receipt")).withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
    assertThat(receipt.receiptNumber()).isEqualTo("R00000001");
    assertThat(receipt.lines()).extracting(PaymentReceipt.ReceiptLine::period).containsExactly("2026-04");
  }

  @Test
  void listPaymentsPagesAndListAllFollowsTheCursor() {
    server.stubFor(get(urlEqualTo(BASE + "/payments?limit=1")).willReturn(okJson("{\"data\": [" + PAYMENT_JSON + "], \"next_cursor\": \"o1\"}")));
    server.stubFor(get(urlEqualTo(BASE + "/payments?limit=1&cursor=o1")).willReturn(okJson(
        "{\"data\": [" + PAYMENT_JSON.replace("upay-1", "upay-0") + "], \"next_cursor\": null}")));

    assertThat(utilities.payments().list(PaymentQuery.ofLimit(1), AS_CITIZEN).nextCursor()).isEqualTo("o1");
    List<Payment> all = utilities.payments().listAll(PaymentQuery.ofLimit(1), AS_CITIZEN).stream().toList();

    assertThat(all).extracting(Payment::id).containsExactly("upay-1", "upay-0");
  }

  @Test
  void getUsageSendsTheSpanAndReadsExactValues() {
    server.stubFor(get(urlPathEqualTo(BASE + "/accounts/acct-1/usage")).willReturn(okJson("""
        {"account_id": "acct-1", "granularity": "MONTH", "unit": "KWH", "total": "245.125",
         "readings": [{"start": "2026-01-01T00:00:00+08:00", "duration_seconds": 2678400, "value": "245.125",
                       "unit": "KWH", "cost": {"amount": 15198, "currency": "CNY"}}]}""")));

    UsageReport report = utilities.usage().get(UsageQuery.monthly("acct-1", YearMonth.of(2026, 1), YearMonth.of(2026, 6)), AS_CITIZEN);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/accounts/acct-1/usage?from=2026-01&to=2026-06&granularity=MONTH"))
        .withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
    UsageReading reading = report.readings().get(0);
    assertThat(reading.value()).isEqualTo(new BigDecimal("245.125"));
    assertThat(reading.duration().toDays()).isEqualTo(31);
    assertThat(reading.cost()).isEqualTo(Money.cny(15198));
    assertThat(report.total()).isEqualTo(new BigDecimal("245.125"));
  }

  @Test
  void asyncFormSendsTheSameRequest() {
    server.stubFor(get(urlEqualTo(BASE + "/bills/bill-1")).willReturn(okJson(BILL_JSON)));

    assertThat(utilities.bills().getAsync("bill-1", AS_CITIZEN).join().status()).isEqualTo(BillStatus.OVERDUE);
    server.verify(1, anyRequestedFor(anyUrl()));
  }
}
