package io.cityservices.library;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.Money;
import io.cityservices.core.pagination.Page;
import io.cityservices.testkit.junit.PlatformStub;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact request of every operation and the decoding of its response. */
class LibraryWireMockTest {

  static final String BASE = "/v1/cities/310000/library";
  static final CitizenToken CITIZEN =
      new CitizenToken("c-1", "citizen-token-abcdefghijkl", null, Instant.parse("2999-01-01T00:00:00Z"), "library");
  static final RequestOptions AS_CITIZEN = RequestOptions.forCitizen(CITIZEN);
  static final String CNY = "\"currency\": \"CNY\"";

  static final String LIBRARY_JSON = """
      {"id": "lib-1", "name": "上海图书馆东馆", "district": "310115", "address": "上海市浦东新区合欢路300号",
       "location": {"latitude": 31.2183, "longitude": 121.5432}, "phone": "021-64455555",
       "opening_hours": [{"day": "TUESDAY", "opens": "09:00", "closes": "21:00"}], "new_member": true}""";
  static final String RECORD_JSON = """
      {"id": "rec-1", "title": "三体", "author": "刘慈欣", "isbn": "9787536692930", "publisher": "重庆出版社",
       "year": 2008, "call_number": "I247.55/L727", "language": "zh", "available_copies": 1, "total_copies": 3}""";
  static final String CARD_JSON = """
      {"id": "card-1", "card_number": "310012345678", "type": "DEPOSIT", "status": "BLOCKED",
       "block_reason": "FINES_OWED", "home_library_id": "lib-1", "deposit": {"amount": 10000, "currency": "CNY"},
       "limits": {"max_loans": 20, "max_renewals": 2, "max_holds": 5},
       "issued_at": "2025-12-02T10:00:00+08:00", "expires_on": "2030-12-02"}""";
  static final String LOAN_JSON = """
      {"id": "loan-1", "item_id": "item-1", "record_id": "rec-1", "item_title": "三体", "library_id": "lib-1",
       "loaned_at": "2026-11-01T10:00:00+08:00", "due_date": "2026-12-04", "overdue": false,
       "renewals_used": 0, "renewals_allowed": 2}""";
  static final String HOLD_JSON = """
      {"id": "hold-1", "record_id": "rec-1", "item_title": "三体", "pickup_library_id": "lib-1",
       "status": "OPEN_NOT_YET_FILLED", "placed_at": "2026-12-01T10:00:00+08:00", "queue_position": 2}""";
  static final String CHARGE_JSON = """
      {"id": "chg-1", "type": "OVERDUE_FINE", "status": "OUTSTANDING", "amount": {"amount": 150, "currency": "CNY"},
       "charged_at": "2026-11-20T10:00:00+08:00"}""";

  @RegisterExtension static final PlatformStub platform = new PlatformStub();

  WireMockServer server;
  LibraryClient library;

  @BeforeEach
  void client() {
    server = platform.server();
    library = LibraryClient.create(platform.client(CityCode.SHANGHAI));
  }

  static String page(String item, String next) {
    return "{\"data\": [" + item + "], \"next_cursor\": " + (next == null ? "null" : "\"" + next + "\"") + "}";
  }

  @Test
  void listLibrariesIsAPublicRead() {
    server.stubFor(get(urlEqualTo(BASE + "/libraries")).willReturn(okJson(page(LIBRARY_JSON, null))));

    List<Library> libraries = library.libraries().list(RequestOptions.none());

    server.verify(getRequestedFor(urlEqualTo(BASE + "/libraries")).withHeader("X-Citizen-Token", absent()));
    assertThat(libraries).containsExactly(new Library("lib-1", "上海图书馆东馆", "310115", "上海市浦东新区合欢路300号",
        GeoPoint.of(31.2183, 121.5432), "021-64455555",
        List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(21, 0)))));
  }

  @Test
  void getLibrary() {
    server.stubFor(get(urlEqualTo(BASE + "/libraries/lib-1")).willReturn(okJson(LIBRARY_JSON)));

    assertThat(library.libraries().getAsync("lib-1", RequestOptions.none()).join().name()).isEqualTo("上海图书馆东馆");
    server.verify(getRequestedFor(urlEqualTo(BASE + "/libraries/lib-1")));
  }

  @Test
  void searchSendsEveryCriterionAndTheBareIsbn() {
    server.stubFor(get(urlPathEqualTo(BASE + "/catalogue")).willReturn(okJson(page(RECORD_JSON, "c2"))));

    Page<CatalogueRecord> page = library.catalogue().list(CatalogueQuery.builder().keyword(" 科幻 ").title("三体")
        .author("刘慈欣").isbn("978-7-5366-9293-0").limit(10).cursor("c1").build(), RequestOptions.none());

    server.verify(getRequestedFor(urlPathEqualTo(BASE + "/catalogue"))
        .withQueryParam("keyword", equalTo("科幻")).withQueryParam("title", equalTo("三体"))
        .withQueryParam("author", equalTo("刘慈欣")).withQueryParam("isbn", equalTo("9787536692930"))
        .withQueryParam("limit", equalTo("10")).withQueryParam("cursor", equalTo("c1")));
    assertThat(page.nextCursor()).isEqualTo("c2");
    assertThat(page.data().get(0)).isEqualTo(new CatalogueRecord("rec-1", "三体", "刘慈欣", Isbn.of("9787536692930"),
        "重庆出版社", 2008, "I247.55/L727", "zh", 1, 3));
  }

  @Test
  void searchListAllFollowsCursors() {
    server.stubFor(get(urlEqualTo(BASE + "/catalogue?keyword=a")).willReturn(okJson(page(RECORD_JSON, "c2"))));
    server.stubFor(get(urlEqualTo(BASE + "/catalogue?keyword=a&cursor=c2")).willReturn(okJson(page(RECORD_JSON, null))));

    assertThat(library.catalogue().listAll(CatalogueQuery.keyword("a"), RequestOptions.none()).stream()).hasSize(2);
    assertThat(library.catalogue().listAsync(CatalogueQuery.keyword("a"), RequestOptions.none()).join().data()).hasSize(1);
  }

  @Test
  void getRecordAndItsItems() {
    server.stubFor(get(urlEqualTo(BASE + "/catalogue/rec-1")).willReturn(okJson(RECORD_JSON)));
    server.stubFor(get(urlEqualTo(BASE + "/catalogue/rec-1/items?library_id=lib-1")).willReturn(okJson(page("""
        {"id": "item-1", "record_id": "rec-1", "library_id": "lib-1", "barcode": "331000000001",
         "location": "中文借阅区", "status": "ON_LOAN", "due_date": "2026-12-20", "holdable": true},
        {"id": "item-2", "record_id": "rec-1", "library_id": "lib-1", "barcode": "331000000002",
         "status": "LOST_AND_PAID", "holdable": false}""", null))));

    assertThat(library.catalogue().getAsync("rec-1", RequestOptions.none()).join().title()).isEqualTo("三体");
    List<Item> items = library.catalogue().items("rec-1", "lib-1", RequestOptions.none());

    assertThat(items.get(0)).isEqualTo(new Item("item-1", "rec-1", "lib-1", "331000000001", "中文借阅区",
        ItemStatus.ON_LOAN, LocalDate.of(2026, 12, 20), true));
    assertThat(items.get(1).status()).isEqualTo(ItemStatus.UNKNOWN);
    server.verify(getRequestedFor(urlEqualTo(BASE + "/catalogue/rec-1")).withHeader("X-Citizen-Token", absent()));
  }

  @Test
  void applyForADepositCardIsASignedPaymentWithAnIdempotencyKey() {
    server.stubFor(post(urlEqualTo(BASE + "/card")).willReturn(okJson(CARD_JSON).withStatus(201)));

    ReaderCard card = library.cards().apply(ApplyCardRequest.withDeposit("lib-1", Money.cny(10_000)), AS_CITIZEN);

    server.verify(postRequestedFor(urlEqualTo(BASE + "/card"))
        .withHeader("Idempotency-Key", matching(".+"))
        .withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken()))
        .withRequestBody(equalToJson("{\"type\": \"DEPOSIT\", \"home_library_id\": \"lib-1\", \"deposit\": {\"amount\": 10000, "
            + CNY + "}}")));
    assertThat(card.status()).isEqualTo(CardStatus.BLOCKED);
    assertThat(card.blockReason()).isEqualTo(CardBlockReason.FINES_OWED);
    assertThat(card.limits().maxRenewals()).isEqualTo(2);
    assertThat(card.isActive()).isFalse();
  }

  @Test
  void applyForACreditCardSendsTheConsent() {
    server.stubFor(post(urlEqualTo(BASE + "/card")).willReturn(okJson(CARD_JSON).withStatus(201)));

    library.cards().applyAsync(ApplyCardRequest.creditBased("lib-1"), AS_CITIZEN).join();

    server.verify(postRequestedFor(urlEqualTo(BASE + "/card")).withRequestBody(equalToJson(
        "{\"type\": \"CREDIT\", \"home_library_id\": \"lib-1\", \"credit_check_consent\": true}")));
  }

  @Test
  void getCardAndAccountActForTheCitizen() {
    server.stubFor(get(urlEqualTo(BASE + "/card")).willReturn(okJson(CARD_JSON)));
    server.stubFor(get(urlEqualTo(BASE + "/account")).willReturn(okJson("{\"card\": " + CARD_JSON + ", \"loans\": ["
        + LOAN_JSON + "], \"holds\": [" + HOLD_JSON + "], \"charges\": [" + CHARGE_JSON
        + "], \"total_owed\": {\"amount\": 150, " + CNY + "}}")));

    assertThat(library.cards().get(AS_CITIZEN).cardNumber()).isEqualTo("310012345678");
    ReaderAccount account = library.account().get(AS_CITIZEN);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/account")).withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
    assertThat(account.loans()).singleElement().satisfies(l -> {
      assertThat(l.itemTitle()).isEqualTo("三体");
      assertThat(l.dueDate()).isEqualTo(LocalDate.of(2026, 12, 4));
      assertThat(l.loanedAt()).isEqualTo(OffsetDateTime.parse("2026-11-01T10:00:00+08:00"));
    });
    assertThat(account.loansDueWithin(LocalDate.of(2026, 12, 1), 3)).hasSize(1);
    assertThat(account.loansDueWithin(LocalDate.of(2026, 11, 30), 3)).isEmpty();
    assertThat(account.holds().get(0).queuePosition()).isEqualTo(2);
    assertThat(account.totalOwed()).isEqualTo(Money.cny(150));
  }

  @Test
  void listLoansFiltersOverdue() {
    server.stubFor(get(urlPathEqualTo(BASE + "/loans")).willReturn(okJson(page(LOAN_JSON, null))));

    library.loans().list(LoanQuery.overdue().withLimit(5), AS_CITIZEN);
    library.loans().listAsync(LoanQuery.all(), AS_CITIZEN).join();
    assertThat(library.loans().listAll(LoanQuery.all(), AS_CITIZEN).stream()).hasSize(1);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/loans?overdue=true&limit=5")));
    server.verify(2, getRequestedFor(urlEqualTo(BASE + "/loans")));
  }

  @Test
  void renewabilityReadsTheReason() {
    server.stubFor(get(urlEqualTo(BASE + "/loans/loan-1/renewability")).willReturn(okJson("""
        {"loan_id": "loan-1", "renewable": false, "reason": "ON_HOLD", "renewals_used": 1, "renewals_allowed": 2}""")));

    Renewability answer = library.loans().renewability("loan-1", AS_CITIZEN);

    assertThat(answer).isEqualTo(new Renewability("loan-1", false, RenewalBlock.ON_HOLD, null, 1, 2));
    assertThat(library.loans().renewabilityAsync("loan-1", AS_CITIZEN).join().reason()).isEqualTo(RenewalBlock.ON_HOLD);
  }

  @Test
  void renewIsKeyedAndARefusalNamesItsReason() {
    server.stubFor(post(urlEqualTo(BASE + "/loans/loan-1/renewal")).willReturn(okJson(LOAN_JSON)));
    server.stubFor(post(urlEqualTo(BASE + "/loans/loan-2/renewal")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/problem+json")
        .withBody("{\"type\": \"about:blank\", \"title\": \"Renewal denied\", \"status\": 409, \"code\": \"too_many\","
            + " \"request_id\": \"r-1\"}")));

    assertThat(library.loans().renew("loan-1", AS_CITIZEN).id()).isEqualTo("loan-1");

    server.verify(postRequestedFor(urlEqualTo(BASE + "/loans/loan-1/renewal")).withHeader("Idempotency-Key", matching(".+")));
    assertThatThrownBy(() -> library.loans().renew("loan-2", AS_CITIZEN))
        .isInstanceOfSatisfying(RenewalDeniedException.class, e -> {
          assertThat(e.reason()).isEqualTo(RenewalBlock.TOO_MANY);
          assertThat(e.requestId()).isEqualTo("r-1");
        });
    assertThatThrownBy(() -> library.loans().renewAsync("loan-2", AS_CITIZEN).join())
        .hasCauseInstanceOf(RenewalDeniedException.class);
  }

  @Test
  void renewAllAnswersAResultPerLoan() {
    server.stubFor(post(urlEqualTo(BASE + "/loans/renewals")).willReturn(okJson("""
        {"data": [{"loan_id": "loan-1", "renewed": true, "due_date": "2027-01-01"},
                  {"loan_id": "loan-2", "renewed": false, "due_date": "2026-12-10", "reason": "A_NEW_REASON"}],
         "next_cursor": null}""")));

    List<RenewalResult> results = library.loans().renewAll(AS_CITIZEN);

    server.verify(postRequestedFor(urlEqualTo(BASE + "/loans/renewals")).withHeader("Idempotency-Key", matching(".+")));
    assertThat(results).containsExactly(new RenewalResult("loan-1", true, LocalDate.of(2027, 1, 1), null),
        new RenewalResult("loan-2", false, LocalDate.of(2026, 12, 10), RenewalBlock.UNKNOWN));
    assertThat(library.loans().renewAllAsync(AS_CITIZEN).join()).hasSize(2);
  }

  @Test
  void listHoldsSendsStatusesInOrder() {
    server.stubFor(get(urlPathEqualTo(BASE + "/holds")).willReturn(okJson(page(HOLD_JSON, null))));

    library.holds().list(HoldQuery.open().withLimit(3), AS_CITIZEN);
    library.holds().listAsync(HoldQuery.all(), AS_CITIZEN).join();
    assertThat(library.holds().listAll(HoldQuery.all(), AS_CITIZEN).stream()).hasSize(1);

    server.verify(getRequestedFor(urlEqualTo(BASE + "/holds?status=OPEN_NOT_YET_FILLED&status=OPEN_AWAITING_PICKUP"
        + "&status=OPEN_AWAITING_DELIVERY&status=OPEN_IN_TRANSIT&limit=3")));
  }

  @Test
  void placeHoldOnARecordOrAnItem() {
    server.stubFor(post(urlEqualTo(BASE + "/holds")).willReturn(okJson(HOLD_JSON).withStatus(201)));

    Hold hold = library.holds().place(PlaceHoldRequest.onRecord("rec-1", "lib-1"), AS_CITIZEN);
    library.holds().placeAsync(PlaceHoldRequest.onItem("item-9", "lib-2"), AS_CITIZEN).join();

    server.verify(postRequestedFor(urlEqualTo(BASE + "/holds")).withHeader("Idempotency-Key", matching(".+"))
        .withRequestBody(equalToJson("{\"record_id\": \"rec-1\", \"pickup_library_id\": \"lib-1\"}")));
    server.verify(postRequestedFor(urlEqualTo(BASE + "/holds"))
        .withRequestBody(equalToJson("{\"item_id\": \"item-9\", \"pickup_library_id\": \"lib-2\"}")));
    assertThat(hold.status()).isEqualTo(HoldStatus.OPEN_NOT_YET_FILLED);
    assertThat(hold.status().isOpen()).isTrue();
  }

  @Test
  void cancelSuspendAndResumeAHold() {
    server.stubFor(post(urlEqualTo(BASE + "/holds/hold-1/cancellation")).willReturn(okJson(HOLD_JSON)));
    server.stubFor(put(urlEqualTo(BASE + "/holds/hold-1/suspension")).willReturn(okJson(HOLD_JSON)));
    server.stubFor(delete(urlEqualTo(BASE + "/holds/hold-1/suspension")).willReturn(okJson(HOLD_JSON)));

    library.holds().cancel("hold-1", AS_CITIZEN);
    library.holds().cancelAsync("hold-1", AS_CITIZEN).join();
    library.holds().suspend("hold-1", LocalDate.of(2026, 12, 24), AS_CITIZEN);
    library.holds().suspendAsync("hold-1", LocalDate.of(2026, 12, 24), AS_CITIZEN).join();
    library.holds().resume("hold-1", AS_CITIZEN);
    library.holds().resumeAsync("hold-1", AS_CITIZEN).join();

    server.verify(2, postRequestedFor(urlEqualTo(BASE + "/holds/hold-1/cancellation"))
        .withHeader("Idempotency-Key", matching(".+")));
    server.verify(2, putRequestedFor(urlEqualTo(BASE + "/holds/hold-1/suspension"))
        .withRequestBody(equalToJson("{\"until\": \"2026-12-24\"}")));
    server.verify(2, deleteRequestedFor(urlEqualTo(BASE + "/holds/hold-1/suspension"))
        .withHeader("X-Citizen-Token", equalTo(CITIZEN.accessToken())));
  }

  @Test
  void listChargesAndPayThem() {
    server.stubFor(get(urlPathEqualTo(BASE + "/charges")).willReturn(okJson(page(CHARGE_JSON, null))));
    server.stubFor(post(urlEqualTo(BASE + "/charges/payments")).willReturn(okJson("""
        {"id": "lpay-1", "status": "SUCCEEDED", "amount": {"amount": 150, "currency": "CNY"}, "charge_ids": ["chg-1"],
         "created_at": "2026-12-02T10:00:00+08:00"}""").withStatus(201)));

    List<Charge> owed = library.charges().list(ChargeQuery.outstanding().withLimit(10), AS_CITIZEN).data();
    library.charges().listAsync(ChargeQuery.all(), AS_CITIZEN).join();
    assertThat(library.charges().listAll(ChargeQuery.all(), AS_CITIZEN).stream()).hasSize(1);
    ChargePayment payment = library.charges().pay(PayChargesRequest.of(owed), AS_CITIZEN);
    library.charges().payAsync(PayChargesRequest.of(owed), AS_CITIZEN).join();

    server.verify(getRequestedFor(urlEqualTo(BASE + "/charges?status=OUTSTANDING&limit=10")));
    server.verify(2, postRequestedFor(urlEqualTo(BASE + "/charges/payments")).withHeader("Idempotency-Key", matching(".+"))
        .withRequestBody(equalToJson("{\"charge_ids\": [\"chg-1\"], \"amount\": {\"amount\": 150, " + CNY + "}}")));
    assertThat(payment.status()).isEqualTo(ChargePaymentStatus.SUCCEEDED);
    assertThat(payment.chargeIds()).containsExactly("chg-1");
  }
}
