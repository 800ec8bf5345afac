package io.cityservices.library;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.junit.PlatformStub;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input fails with a ValidationException naming the field, and nothing is sent. */
class LibraryValidationTest {

  static final RequestOptions AS = LibraryWireMockTest.AS_CITIZEN;
  static final Charge OWED = new Charge("chg-1", ChargeType.OVERDUE_FINE, ChargeStatus.OUTSTANDING, Money.cny(150), null,
      null, null);

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  LibraryClient library;

  @BeforeEach
  void client() {
    library = LibraryClient.create(platform.client(CityCode.SHANGHAI));
  }

  @AfterEach
  void nothingWasSent() {
    platform.server().verify(0, anyRequestedFor(anyUrl()));
  }

  static void rejects(ThrowingCallable call, String... fields) {
    assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.violations()).extracting(FieldViolation::field).contains(fields));
  }

  static void rejectsAsync(Supplier<java.util.concurrent.CompletableFuture<?>> call, String field) {
    assertThatThrownBy(() -> call.get().join()).isInstanceOf(CompletionException.class)
        .cause().isInstanceOfSatisfying(ValidationException.class, e ->
            assertThat(e.violations()).extracting(FieldViolation::field).contains(field));
  }

  @Test
  void anIsbnWithAWrongCheckDigitIsRefusedBeforeSending() {
    rejects(() -> library.catalogue().list(CatalogueQuery.isbn("978-7-5366-9293-1"), RequestOptions.none()), "isbn");
    rejectsAsync(() -> library.catalogue().listAsync(CatalogueQuery.isbn("7536692936"), RequestOptions.none()), "isbn");
  }

  @Test
  void aSearchNeedsACriterionAndAPageSizeInRange() {
    rejects(() -> library.catalogue().list(CatalogueQuery.builder().keyword("  ").build(), RequestOptions.none()), "keyword");
    rejects(() -> library.catalogue().list(CatalogueQuery.builder().keyword("三体").limit(0).build(), RequestOptions.none()),
        "limit");
    rejects(() -> library.catalogue().listAll(CatalogueQuery.builder().title("x").limit(101).build(), RequestOptions.none())
        .iterator().next(), "limit");
  }

  @Test
  void blankIdsAreRefused() {
    rejects(() -> library.libraries().get(" ", RequestOptions.none()), "libraryId");
    rejects(() -> library.catalogue().get(null, RequestOptions.none()), "recordId");
    rejects(() -> library.catalogue().items("", null, RequestOptions.none()), "recordId");
    rejects(() -> library.loans().renewability("", AS), "loanId");
    rejects(() -> library.loans().renew(null, AS), "loanId");
    rejects(() -> library.holds().cancel(" ", AS), "holdId");
    rejects(() -> library.holds().resume(null, AS), "holdId");
    rejects(() -> library.holds().suspend("", LocalDate.of(2027, 1, 1), AS), "holdId");
    rejectsAsync(() -> library.loans().renewAsync(" ", AS), "loanId");
  }

  @Test
  void aSuspensionNeedsADate() {
    rejects(() -> library.holds().suspend("hold-1", null, AS), "until");
  }

  @Test
  void aCardApplicationNamesEveryBrokenRule() {
    rejects(() -> library.cards().apply(ApplyCardRequest.withDeposit("lib-1", null), AS), "deposit");
    rejects(() -> library.cards().apply(ApplyCardRequest.withDeposit("lib-1", Money.cny(0)), AS), "deposit");
    rejects(() -> library.cards().apply(new ApplyCardRequest(CardType.CREDIT, "lib-1", Money.cny(100), false), AS),
        "deposit", "creditCheckConsent");
    rejects(() -> library.cards().apply(new ApplyCardRequest(CardType.UNKNOWN, "lib-1", null, false), AS), "type");
    rejects(() -> library.cards().apply(ApplyCardRequest.creditBased(" "), AS), "homeLibraryId");
    rejectsAsync(() -> library.cards().applyAsync(ApplyCardRequest.withDeposit("lib-1", Money.cny(-1)), AS), "deposit");
  }

  @Test
  void aHoldNeedsExactlyOneTargetAndAPickupLibrary() {
    rejects(() -> library.holds().place(new PlaceHoldRequest("rec-1", "item-1", "lib-1"), AS), "itemId");
    rejects(() -> library.holds().place(new PlaceHoldRequest(null, " ", "lib-1"), AS), "recordId");
    rejects(() -> library.holds().place(PlaceHoldRequest.onRecord("rec-1", null), AS), "pickupLibraryId");
    rejectsAsync(() -> library.holds().placeAsync(new PlaceHoldRequest(null, null, "lib-1"), AS), "recordId");
  }

  @Test
  void listsRefuseUnknownStatusesAndPageSizesOutOfRange() {
    rejects(() -> library.holds().list(HoldQuery.withStatus(HoldStatus.UNKNOWN), AS), "statuses");
    rejects(() -> library.charges().list(new ChargeQuery(ChargeStatus.UNKNOWN, null, null), AS), "status");
    rejects(() -> library.loans().list(LoanQuery.all().withLimit(500), AS), "limit");
    rejects(() -> library.holds().list(HoldQuery.all().withLimit(0), AS), "limit");
    rejects(() -> library.charges().list(ChargeQuery.all().withLimit(-1), AS), "limit");
  }

  @Test
  void aPaymentMustMatchTheChargesAndPayEachOnce() {
    rejects(() -> library.charges().pay(PayChargesRequest.of(List.of(OWED), Money.cny(100)), AS), "amount");
    rejects(() -> library.charges().pay(PayChargesRequest.of(List.of(OWED, OWED)), AS), "charges[1]");
    Charge paid = new Charge("chg-2", ChargeType.LOST_ITEM, ChargeStatus.PAID, Money.cny(10), null, null, null);
    rejects(() -> library.charges().pay(PayChargesRequest.of(List.of(paid)), AS), "charges[0].status");
    rejects(() -> PayChargesRequest.of(List.of()), "charges");
    rejects(() -> library.charges().pay(PayChargesRequest.of(List.of(OWED), null), AS), "amount");
    rejectsAsync(() -> library.charges().payAsync(PayChargesRequest.of(List.of(OWED), Money.cny(0)), AS), "amount");
  }

  @Test
  void citizenOperationsNeedTheCitizensToken() {
    assertThatThrownBy(() -> library.account().get(RequestOptions.none())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> library.loans().renewAll(RequestOptions.none())).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> library.cards().getAsync(null).join()).hasCauseInstanceOf(ValidationException.class);
  }
}
