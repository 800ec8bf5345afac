package io.cityservices.utilities;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.cityservices.utilities.UtilitiesWireMockTest.AS_CITIZEN;
import static io.cityservices.utilities.UtilitiesWireMockTest.bill;
import static io.cityservices.utilities.UtilitiesWireMockTest.water;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.testkit.junit.PlatformStub;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad input fails with a ValidationException naming the field, and nothing is sent. */
class UtilitiesValidationTest {

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
    assertRejected(() -> utilities.accounts().bind(BindAccountRequest.of(water(), "31001234"), AS_CITIZEN), "accountNumber");
  }

  @Test
  void aBindingWithoutCompanyOrNumber() {
    assertRejected(() -> utilities.accounts().bind(BindAccountRequest.of(null, " "), AS_CITIZEN), "company", "accountNumber");
  }

  @Test
  void anAmountThatIsNotTheBillsTotal() {
    List<Bill> bills = List.of(bill("bill-1", BillStatus.UNPAID, 1000), bill("bill-2", BillStatus.OVERDUE, 500));
    assertRejected(() -> utilities.payments().pay(PayBillsRequest.of(bills, Money.cny(1400)), AS_CITIZEN), "amount");
  }

  @Test
  void aZeroOrNegativeAmount() {
    assertRejected(() -> utilities.payments().pay(PayBillsRequest.of(List.of(bill("bill-1", BillStatus.UNPAID, 0))), AS_CITIZEN), "amount");
    assertRejected(() -> utilities.payments().topUp(TopUpRequest.of("acct-1", Money.cny(0)), AS_CITIZEN), "amount");
    assertRejected(() -> utilities.payments().topUp(TopUpRequest.of("acct-1", Money.cny(-100)), AS_CITIZEN), "amount");
  }

  @Test
  void aBillThatCannotBePaidOrIsListedTwice() {
    assertRejected(() -> utilities.payments().pay(PayBillsRequest.of(bill("bill-1", BillStatus.PAID, 100)), AS_CITIZEN), "bills[0].status");
    Bill unpaid = bill("bill-1", BillStatus.UNPAID, 100);
    assertRejected(() -> utilities.payments().pay(PayBillsRequest.of(unpaid, unpaid), AS_CITIZEN), "bills[1]");
  }

  @Test
  void noBillsAtAll() {
    assertRejected(() -> PayBillsRequest.of(List.of()), "bills");
    assertRejected(() -> utilities.payments().pay(PayBillsRequest.of(List.of(), Money.cny(100)), AS_CITIZEN), "bills");
  }

  @Test
  void aUsageSpanBackwardsOrTooLong() {
    assertRejected(() -> utilities.usage().get(UsageQuery.monthly("acct-1", YearMonth.of(2026, 6), YearMonth.of(2026, 1)), AS_CITIZEN), "to");
    assertRejected(() -> utilities.usage().get(new UsageQuery("acct-1", YearMonth.of(2026, 1), YearMonth.of(2026, 2),
        UsageGranularity.HOUR), AS_CITIZEN), "to");
  }

  @Test
  void aPageSizeOutOfRangeOrAnUnknownStatus() {
    assertRejected(() -> utilities.bills().list(BillQuery.builder().limit(0).build(), AS_CITIZEN), "limit");
    assertRejected(() -> utilities.bills().list(BillQuery.builder().statuses(BillStatus.UNKNOWN).build(), AS_CITIZEN), "statuses");
    assertRejected(() -> utilities.payments().list(PaymentQuery.ofLimit(101), AS_CITIZEN), "limit");
  }

  @Test
  void blankIds() {
    assertRejected(() -> utilities.bills().get(" ", AS_CITIZEN), "billId");
    assertRejected(() -> utilities.payments().get(null, AS_CITIZEN), "paymentId");
    assertRejected(() -> utilities.payments().receipt("", AS_CITIZEN), "paymentId");
    assertRejected(() -> utilities.accounts().unbind("", AS_CITIZEN), "accountId");
    assertRejected(() -> utilities.payments().topUp(TopUpRequest.of(" ", Money.cny(100)), AS_CITIZEN), "accountId");
  }

  @Test
  void anUnknownCompanyType() {
    assertRejected(() -> utilities.companies().list(UtilityType.UNKNOWN, RequestOptions.none()), "type");
  }

  @Test
  void citizenOperationsNeedACitizen() {
    assertThatThrownBy(() -> utilities.accounts().list(RequestOptions.none())).isInstanceOf(ValidationException.class);
  }

  @Test
  void theAsyncFormFailsTheFutureInsteadOfThrowing() {
    var future = utilities.accounts().bindAsync(BindAccountRequest.of(water(), "123"), AS_CITIZEN);
    assertThatThrownBy(future::join).isInstanceOf(CompletionException.class).hasCauseInstanceOf(ValidationException.class);
  }

  @Test
  void everyAsyncFormFailsTheFutureForAnyRuleBrokenBeforeSending() {
    // A null request broke the old helper's promise: only ValidationException became a failed future.
    assertThat(utilities.bills().listAsync(null, AS_CITIZEN)).isCompletedExceptionally();
    assertThat(utilities.payments().payAsync(null, AS_CITIZEN)).isCompletedExceptionally();
    assertThat(utilities.usage().getAsync(null, AS_CITIZEN)).isCompletedExceptionally();
    var blankId = utilities.payments().receiptAsync(" ", AS_CITIZEN);
    assertThatThrownBy(blankId::join).hasCauseInstanceOf(ValidationException.class);
    var withoutCitizen = utilities.bills().getAsync("bill-1", RequestOptions.none());
    assertThatThrownBy(withoutCitizen::join).hasCauseInstanceOf(ValidationException.class);
  }
}
