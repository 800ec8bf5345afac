package io.cityservices.utilities;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.cityservices.utilities.UtilitiesWireMockTest.AS_CITIZEN;
import static io.cityservices.utilities.UtilitiesWireMockTest.bill;
import static io.cityservices.utilities.UtilitiesWireMockTest.water;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input fails with a ValidationException naming the field, and nothing is sent. */
class UtilitiesValidationTest {

  static WireMockServer server;
  CityServices services;
  UtilitiesClient utilities;

  @BeforeAll
  static void startServer() {
    server = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").gzipDisabled(true));
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop();
  }

  @BeforeEach
  void client() {
    server.resetAll();
    services = CityServices.builder().baseUrl(server.baseUrl()).defaultCity(CityCode.SHANGHAI).checkServiceCatalog(false).build();
    utilities = UtilitiesClient.create(services);
  }

  @AfterEach
  void nothingWasSent() {
    server.verify(0, anyRequestedFor(anyUrl()));
    services.close();
  }

  private static void assertRejected(ThrowingCallable call, String... fields) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.violations()).extracting(FieldViolation::field).contains(fields));
  }

  @Test
  void anAccountNumberNotInTheCompanysFormat() {
    assertRejected(() -> utilities.bindAccount(BindAccountRequest.of(water(), "31001234"), AS_CITIZEN), "accountNumber");
  }

  @Test
  void aBindingWithoutCompanyOrNumber() {
    assertRejected(() -> utilities.bindAccount(BindAccountRequest.of(null, " "), AS_CITIZEN), "company", "accountNumber");
  }

  @Test
  void anAmountThatIsNotTheBillsTotal() {
    List<Bill> bills = List.of(bill("bill-1", BillStatus.UNPAID, 1000), bill("bill-2", BillStatus.OVERDUE, 500));
    assertRejected(() -> utilities.payBills(PayBillsRequest.of(bills, Money.cny(1400)), AS_CITIZEN), "amount");
  }

  @Test
  void aZeroOrNegativeAmount() {
    assertRejected(() -> utilities.payBills(PayBillsRequest.of(List.of(bill("bill-1", BillStatus.UNPAID, 0))), AS_CITIZEN), "amount");
    assertRejected(() -> utilities.topUp(TopUpRequest.of("acct-1", Money.cny(0)), AS_CITIZEN), "amount");
    assertRejected(() -> utilities.topUp(TopUpRequest.of("acct-1", Money.cny(-100)), AS_CITIZEN), "amount");
  }

  @Test
  void aBillThatCannotBePaidOrIsListedTwice() {
    assertRejected(() -> utilities.payBills(PayBillsRequest.of(bill("bill-1", BillStatus.PAID, 100)), AS_CITIZEN), "bills[0].status");
    Bill unpaid = bill("bill-1", BillStatus.UNPAID, 100);
    assertRejected(() -> utilities.payBills(PayBillsRequest.of(unpaid, unpaid), AS_CITIZEN), "bills[1]");
  }

  @Test
  void noBillsAtAll() {
    assertRejected(() -> PayBillsRequest.of(List.of()), "bills");
    assertRejected(() -> utilities.payBills(PayBillsRequest.of(List.of(), Money.cny(100)), AS_CITIZEN), "bills");
  }

  @Test
  void aUsageSpanBackwardsOrTooLong() {
    assertRejected(() -> utilities.getUsage(UsageRequest.monthly("acct-1", YearMonth.of(2026, 6), YearMonth.of(2026, 1)), AS_CITIZEN), "to");
    assertRejected(() -> utilities.getUsage(new UsageRequest("acct-1", YearMonth.of(2026, 1), YearMonth.of(2026, 2),
        UsageGranularity.HOUR), AS_CITIZEN), "to");
  }

  @Test
  void aPageSizeOutOfRangeOrAnUnknownStatus() {
    assertRejected(() -> utilities.listBills(ListBillsRequest.builder().limit(0).build(), AS_CITIZEN), "limit");
    assertRejected(() -> utilities.listBills(ListBillsRequest.builder().statuses(BillStatus.UNKNOWN).build(), AS_CITIZEN), "statuses");
    assertRejected(() -> utilities.listPayments(ListPaymentsRequest.ofLimit(101), AS_CITIZEN), "limit");
  }

  @Test
  void blankIds() {
    assertRejected(() -> utilities.getBill(" ", AS_CITIZEN), "billId");
    assertRejected(() -> utilities.getPayment(null, AS_CITIZEN), "paymentId");
    assertRejected(() -> utilities.getReceipt("", AS_CITIZEN), "paymentId");
    assertRejected(() -> utilities.unbindAccount("", AS_CITIZEN), "accountId");
    assertRejected(() -> utilities.topUp(TopUpRequest.of(" ", Money.cny(100)), AS_CITIZEN), "accountId");
  }

  @Test
  void anUnknownCompanyType() {
    assertRejected(() -> utilities.listCompanies(UtilityType.UNKNOWN, RequestOptions.none()), "type");
  }

  @Test
  void citizenOperationsNeedACitizen() {
    assertThatThrownBy(() -> utilities.listAccounts(RequestOptions.none())).isInstanceOf(ValidationException.class);
  }

  @Test
  void theAsyncFormFailsTheFutureInsteadOfThrowing() {
    var future = utilities.bindAccountAsync(BindAccountRequest.of(water(), "123"), AS_CITIZEN);
    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
  }
}
