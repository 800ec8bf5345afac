package io.cityservices.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.BadRequestException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import io.cityservices.testkit.junit.CitySandboxTest;
import io.cityservices.testkit.library.LibrarySandbox;
import io.cityservices.testkit.library.LibrarySandboxModule;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every operation against the sandbox, every state transition and every platform error code. */
@CitySandboxTest
class LibrarySandboxJourneyTest {
  private static final URI ENDPOINT = URI.create("https://app.example/webhooks/city-services");

  static final String READER = "c-310000-001";

  CitySandbox sandbox;
  CityServices services;
  LibraryClient library;
  RequestOptions asReader;
  LibrarySandbox data;

  @BeforeEach
  void connect() {
    services = client();
    library = LibraryClient.create(services);
    asReader = as(READER);
    data = sandbox.data(LibrarySandbox.class);
  }

  @AfterEach
  void close() {
    services.close();
  }

  CityServices client() {
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .defaultCity(CityCode.SHANGHAI)
        .clock(sandbox.clock())
        .build();
  }

  RequestOptions as(String citizenId) {
    return RequestOptions.forCitizen(SandboxLogin.citizenToken(services, citizenId));
  }

  LocalDate today() {
    return LocalDate.ofInstant(sandbox.clock().instant(), ZoneOffset.ofHours(8));
  }

  @Test
  void listsTheCitysLibrariesWithHoursAndLocation() {
    List<Library> libraries = library.libraries().list(RequestOptions.none());

    assertThat(libraries).extracting(Library::name).containsExactly("上海图书馆东馆", "上海图书馆淮海路馆", "杨浦区图书馆");
    Library east = library.libraries().get("lib-310000-east", RequestOptions.none());
    assertThat(east.address()).isEqualTo("上海市浦东新区合欢路300号");
    assertThat(east.location().latitude()).isBetween(31.0, 31.5);
    assertThat(east.openingHours()).hasSize(6).noneMatch(h -> h.day() == java.time.DayOfWeek.MONDAY);
    assertThat(library.libraries().listAsync(RequestOptions.none()).join()).hasSize(3);
    assertThatThrownBy(() -> library.libraries().get("lib-none", RequestOptions.none()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("library_not_found"));
    assertThat(sandbox.requests().stream().filter(r -> r.getUrl().endsWith("/library/libraries"))).hasSize(1);
  }

  @Test
  void searchesTheCatalogueByKeywordAuthorAndIsbnAndShowsCopiesPerLibrary() {
    CatalogueRecord santi = library.catalogue().list(CatalogueQuery.keyword("三体"), RequestOptions.none()).data().get(0);
    assertThat(santi.author()).isEqualTo("刘慈欣");
    assertThat(santi.isbn().isIsbn13()).isTrue();
    assertThat(santi.availableCopies()).isZero();

    String hyphenated = santi.isbn().value().substring(0, 3) + "-" + santi.isbn().value().substring(3);
    assertThat(library.catalogue().list(CatalogueQuery.isbn(hyphenated), RequestOptions.none()).data())
        .extracting(CatalogueRecord::id).containsExactly(santi.id());
    assertThat(library.catalogue().listAll(CatalogueQuery.builder().author("鲁迅").limit(1).build(), RequestOptions.none())
        .stream().map(CatalogueRecord::title)).containsExactlyInAnyOrder("朝花夕拾", "呐喊");
    assertThat(library.catalogue().get(santi.id(), RequestOptions.none())).isEqualTo(santi);

    List<Item> copies = library.catalogue().items(santi.id(), null, RequestOptions.none());
    assertThat(copies).hasSize(santi.totalCopies()).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemStatus.ON_LOAN));
    assertThat(copies).allSatisfy(i -> assertThat(i.dueDate()).isAfterOrEqualTo(today().minusDays(3)));
    String someLibrary = copies.get(0).libraryId();
    assertThat(library.catalogue().itemsAsync(santi.id(), someLibrary, RequestOptions.none()).join())
        .isNotEmpty().allSatisfy(i -> assertThat(i.libraryId()).isEqualTo(someLibrary));
    assertThat(library.catalogue().listAll(CatalogueQuery.builder().title("的").limit(2).build(), RequestOptions.none())
        .stream().flatMap(r -> library.catalogue().items(r.id(), null, RequestOptions.none()).stream())
        .map(Item::status)).contains(ItemStatus.AVAILABLE);
    assertThatThrownBy(() -> library.catalogue().get("rec-none", RequestOptions.none()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("record_not_found"));
  }

  @Test
  void theAccountInOneCallHasCardLoansHoldsAndCharges() {
    ReaderAccount account = library.account().get(asReader);

    assertThat(account.card().status()).isEqualTo(CardStatus.ACTIVE);
    assertThat(account.card().type()).isEqualTo(CardType.DEPOSIT);
    assertThat(account.card().deposit()).isEqualTo(Money.cny(10_000));
    assertThat(account.card().limits()).isEqualTo(new CardLimits(20, 2, 5));
    assertThat(account.loans()).hasSize(6);
    assertThat(account.overdueLoans()).extracting(Loan::id).containsExactly(data.loanId(READER, "overdue"));
    assertThat(account.loansDueWithin(today(), 3)).extracting(Loan::id).containsExactly(data.loanId(READER, "renewable"));
    assertThat(account.holds()).extracting(Hold::status)
        .containsExactlyInAnyOrder(HoldStatus.OPEN_AWAITING_PICKUP, HoldStatus.OPEN_NOT_YET_FILLED);
    assertThat(account.holdsReadyForPickup()).hasSize(1).allSatisfy(h -> assertThat(h.pickupBy()).isEqualTo(today().plusDays(3)));
    assertThat(account.charges()).hasSize(1);
    assertThat(account.totalOwed()).isEqualTo(account.charges().get(0).amount());
    assertThat(library.account().getAsync(asReader).join().loans()).hasSize(6);
    assertThat(library.cards().get(asReader)).isEqualTo(account.card());
    assertThat(library.cards().getAsync(asReader).join().cardNumber()).isEqualTo(account.card().cardNumber());
  }

  @Test
  void eachLoanAnswersItsRenewalReasonAndRenewingOneGivesANewDueDate() {
    Map<String, RenewalBlock> expected = Map.of("too_soon", RenewalBlock.TOO_SOON, "too_many", RenewalBlock.TOO_MANY,
        "on_hold", RenewalBlock.ON_HOLD, "overdue", RenewalBlock.OVERDUE,
        "item_denied_renewal", RenewalBlock.ITEM_DENIED_RENEWAL);
    expected.forEach((kind, reason) -> {
      String loanId = data.loanId(READER, kind);
      Renewability answer = library.loans().renewability(loanId, asReader);
      assertThat(answer.renewable()).as(kind).isFalse();
      assertThat(answer.reason()).as(kind).isEqualTo(reason);
      assertThatThrownBy(() -> library.loans().renew(loanId, asReader)).as(kind)
          .isInstanceOfSatisfying(RenewalDeniedException.class, e -> {
            assertThat(e.reason()).isEqualTo(reason);
            assertThat(e.code()).isEqualTo(reason.code());
            assertThat(e.status()).isEqualTo(409);
          });
    });

    String loanId = data.loanId(READER, "renewable");
    Renewability before = library.loans().renewabilityAsync(loanId, asReader).join();
    assertThat(before.renewable()).isTrue();
    assertThat(before.newDueDate()).isEqualTo(today().plusDays(30));
    Loan renewed = library.loans().renew(loanId, asReader);
    assertThat(renewed.dueDate()).isEqualTo(before.newDueDate());
    assertThat(renewed.renewalsUsed()).isEqualTo(1);
    assertThatThrownBy(() -> library.loans().renewAsync(loanId, asReader).join())
        .hasCauseInstanceOf(RenewalDeniedException.class);
    assertThat(library.loans().renewability(loanId, asReader).reason()).isEqualTo(RenewalBlock.TOO_SOON);
  }

  @Test
  void renewAllAnswersOneResultPerLoan() {
    List<RenewalResult> results = library.loans().renewAll(asReader);

    assertThat(results).hasSize(6);
    assertThat(results).filteredOn(RenewalResult::renewed).extracting(RenewalResult::loanId)
        .containsExactly(data.loanId(READER, "renewable"));
    assertThat(results).filteredOn(r -> !r.renewed()).extracting(RenewalResult::reason).containsExactlyInAnyOrder(
        RenewalBlock.TOO_SOON, RenewalBlock.TOO_MANY, RenewalBlock.ON_HOLD, RenewalBlock.OVERDUE,
        RenewalBlock.ITEM_DENIED_RENEWAL);
    assertThat(library.loans().renewAllAsync(asReader).join()).noneMatch(RenewalResult::renewed);
  }

  @Test
  void aBlockedOrExpiredCardIsRestrictedAndFinesOverTheLimitStopRenewalsUntilPaid() {
    for (String citizen : List.of("c-310000-007", "c-310000-009")) {
      RequestOptions as = as(citizen);
      assertThat(library.loans().renewability(data.loanId(citizen, "renewable"), as).reason())
          .isEqualTo(RenewalBlock.RESTRICTED);
      assertThatThrownBy(() -> library.holds().place(PlaceHoldRequest.onRecord("rec-310000-010", "lib-310000-east"), as))
          .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("card_blocked"));
    }
    ReaderCard blocked = library.cards().get(as("c-310000-007"));
    assertThat(blocked.status()).isEqualTo(CardStatus.BLOCKED);
    assertThat(blocked.blockReason()).isEqualTo(CardBlockReason.OVERDUE_ITEMS);
    assertThat(library.cards().get(as("c-310000-009")).status()).isEqualTo(CardStatus.EXPIRED);

    RequestOptions owing = as("c-310000-003");
    String loanId = data.loanId("c-310000-003", "renewable");
    assertThatThrownBy(() -> library.loans().renew(loanId, owing))
        .isInstanceOfSatisfying(RenewalDeniedException.class, e -> assertThat(e.reason()).isEqualTo(RenewalBlock.FINES_OWED));
    List<Charge> owed = library.charges().list(ChargeQuery.outstanding(), owing).data();
    assertThat(owed).extracting(Charge::type).contains(ChargeType.LOST_ITEM);
    library.charges().pay(PayChargesRequest.of(owed), owing);
    assertThat(library.loans().renew(loanId, owing).renewalsUsed()).isEqualTo(1);
  }

  @Test
  void aRenewalRetriedAfterALostResponseIsRenewedOnce() {
    String loanId = data.loanId(READER, "renewable");
    sandbox.faults().failAfterHandling(".*/library/loans/.*/renewal", Fault.CONNECTION_RESET_BY_PEER, 1);

    Loan renewed = library.loans().renew(loanId, asReader);

    assertThat(renewed.renewalsUsed()).isEqualTo(1);
    assertThat(library.loans().list(LoanQuery.all(), asReader).data())
        .filteredOn(l -> l.id().equals(loanId)).extracting(Loan::renewalsUsed).containsExactly(1);
    List<String> keys = sandbox.requests().stream().filter(r -> r.getUrl().endsWith("/renewal"))
        .map(r -> r.getHeader("Idempotency-Key")).toList();
    assertThat(keys).hasSize(2).doesNotContainNull();
    assertThat(keys.get(0)).isEqualTo(keys.get(1));
  }

  @Test
  void loansListInPagesSoonestDueFirstAndOverdueOnly() {
    List<Loan> all = library.loans().listAll(LoanQuery.all().withLimit(4), asReader).stream().toList();
    assertThat(all).hasSize(6);
    assertThat(all).extracting(Loan::dueDate).isSorted();
    assertThat(library.loans().listAsync(LoanQuery.overdue(), asReader).join().data()).singleElement()
        .satisfies(l -> assertThat(l.overdue()).isTrue());
  }

  @Test
  void aHoldIsPlacedSuspendedResumedFilledAndCollected() {
    RequestOptions as = as("c-310000-002");
    Item onShelf = availableCopy();
    Hold placed = library.holds().place(PlaceHoldRequest.onRecord(onShelf.recordId(), onShelf.libraryId()), as);
    assertThat(placed.status()).isEqualTo(HoldStatus.OPEN_NOT_YET_FILLED);
    assertThat(placed.queuePosition()).isEqualTo(1);

    Hold suspended = library.holds().suspend(placed.id(), today().plusDays(10), as);
    assertThat(suspended.suspendedUntil()).isEqualTo(today().plusDays(10));
    assertThat(library.holds().suspendAsync(placed.id(), today().plusDays(10), as).join()).isEqualTo(suspended);
    assertThat(library.holds().resume(placed.id(), as).suspendedUntil()).isNull();
    assertThat(library.holds().resumeAsync(placed.id(), as).join().suspendedUntil()).isNull();

    assertThat(data.fillHold(placed.id())).isEqualTo("OPEN_AWAITING_PICKUP");
    Hold ready = library.holds().list(HoldQuery.withStatus(HoldStatus.OPEN_AWAITING_PICKUP), as).data().stream()
        .filter(h -> h.id().equals(placed.id())).findFirst().orElseThrow();
    assertThat(ready.pickupBy()).isEqualTo(today().plusDays(7));
    assertThat(ready.itemId()).isEqualTo(onShelf.id());
    assertThat(library.catalogue().items(onShelf.recordId(), onShelf.libraryId(), RequestOptions.none()))
        .filteredOn(i -> i.id().equals(onShelf.id())).extracting(Item::status).containsExactly(ItemStatus.ON_HOLD_SHELF);
    assertThat(received("library.hold.ready_for_pickup", placed.id()).data(LibraryEvents.HOLD_READY_FOR_PICKUP))
        .contains(new HoldEvent(placed.id(), "c-310000-002", onShelf.libraryId(), today().plusDays(7)));
    assertThatThrownBy(() -> library.holds().suspend(placed.id(), today().plusDays(3), as))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("hold_not_suspendable"));

    String loanId = data.checkOut(placed.id());
    assertThat(library.holds().listAll(HoldQuery.withStatus(HoldStatus.CLOSED_FILLED), as).stream())
        .extracting(Hold::id).contains(placed.id());
    assertThat(library.loans().list(LoanQuery.all(), as).data()).extracting(Loan::id).contains(loanId);
    assertThatThrownBy(() -> library.holds().cancel(placed.id(), as))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("hold_closed"));
  }

  @Test
  void aHoldFromAnotherLibraryTravelsInTransitFirst() {
    RequestOptions as = as("c-310000-002");
    Item onShelf = availableCopy();
    String elsewhere = library.libraries().list(RequestOptions.none()).stream().map(Library::id)
        .filter(id -> !id.equals(onShelf.libraryId())).findFirst().orElseThrow();
    Hold placed = library.holds().placeAsync(PlaceHoldRequest.onItem(onShelf.id(), elsewhere), as).join();

    assertThat(data.fillHold(placed.id())).isEqualTo("OPEN_IN_TRANSIT");
    assertThat(library.catalogue().items(onShelf.recordId(), null, RequestOptions.none()))
        .filteredOn(i -> i.id().equals(onShelf.id())).extracting(Item::status).containsExactly(ItemStatus.IN_TRANSIT);
    data.arrive(placed.id());
    assertThat(library.holds().list(HoldQuery.open(), as).data()).filteredOn(h -> h.id().equals(placed.id()))
        .extracting(Hold::status).containsExactly(HoldStatus.OPEN_AWAITING_PICKUP);
  }

  @Test
  void cancellingIsIdempotentAndReleasesTheCopy() {
    String holdId = data.holdId(READER, "OPEN_AWAITING_PICKUP");

    Hold cancelled = library.holds().cancel(holdId, asReader);
    assertThat(cancelled.status()).isEqualTo(HoldStatus.CLOSED_CANCELLED);
    assertThat(library.holds().cancelAsync(holdId, asReader).join().status()).isEqualTo(HoldStatus.CLOSED_CANCELLED);
    assertThat(library.catalogue().items(cancelled.recordId(), null, RequestOptions.none()))
        .filteredOn(i -> i.id().equals(cancelled.itemId())).extracting(Item::status).containsExactly(ItemStatus.AVAILABLE);
  }

  @Test
  void aHoldNoCopyCanFillClosesUnfilled() {
    String holdId = data.holdId(READER, "OPEN_NOT_YET_FILLED");
    data.markUnfilled(holdId);

    assertThat(library.holds().listAsync(HoldQuery.withStatus(HoldStatus.CLOSED_UNFILLED), asReader).join().data())
        .extracting(Hold::id).containsExactly(holdId);
  }

  @Test
  void holdRulesAreEnforced() {
    RequestOptions as = as("c-310000-002");
    Item onShelf = availableCopy();
    library.holds().place(PlaceHoldRequest.onRecord(onShelf.recordId(), "lib-310000-east"), as);
    assertThatThrownBy(() -> library.holds().place(PlaceHoldRequest.onRecord(onShelf.recordId(), "lib-310000-east"), as))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("already_on_hold"));
    assertThatThrownBy(() -> library.holds().place(PlaceHoldRequest.onRecord("rec-none", "lib-310000-east"), as))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("record_not_found"));
    assertThatThrownBy(() -> library.holds().place(PlaceHoldRequest.onItem("item-none", "lib-310000-east"), as))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("item_not_found"));
    Item missing = copyIn(ItemStatus.MISSING);
    assertThatThrownBy(() -> library.holds().place(PlaceHoldRequest.onItem(missing.id(), "lib-310000-east"), as))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("item_not_holdable"));
    List<CatalogueRecord> more = library.catalogue().list(CatalogueQuery.builder().keyword("人民文学").build(),
        RequestOptions.none()).data();
    assertThatThrownBy(() -> more.forEach(r -> library.holds().place(PlaceHoldRequest.onRecord(r.id(), "lib-310000-east"), as)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isIn("hold_limit_reached", "already_on_hold"));
    assertThat(library.holds().list(HoldQuery.open(), as).data()).hasSizeLessThanOrEqualTo(5);
    String queuing = data.holdId("c-310000-002", "OPEN_NOT_YET_FILLED");
    assertThatThrownBy(() -> library.holds().suspend(queuing, today(), as))
        .isInstanceOfSatisfying(io.cityservices.core.error.ValidationException.class,
            e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("until"));
    assertThatThrownBy(() -> library.holds().cancel("hold-none", as))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("hold_not_found"));
  }

  @Test
  @CitySandboxTest
  void timeMakesLoansDueSoonAndOverdueAndExpiresTheHoldShelf() {
    String renewable = data.loanId(READER, "renewable");
    String tooMany = data.loanId(READER, "too_many");
    String shelved = data.holdId(READER, "OPEN_AWAITING_PICKUP");

    sandbox.clock().advance(Duration.ofDays(4));
    data.settle();

    assertThat(sandbox.events().published()).filteredOn(e -> e.data().path("citizen_id").asText().equals(READER))
        .filteredOn(e -> e.type().equals("library.loan.overdue"))
        .extracting(e -> e.data().get("loan_id").asText()).containsExactly(renewable);
    assertThat(sandbox.events().published()).filteredOn(e -> e.data().path("citizen_id").asText().equals(READER))
        .filteredOn(e -> e.type().equals("library.loan.due_soon"))
        .extracting(e -> e.data().get("loan_id").asText()).contains(tooMany).doesNotContain(renewable);
    assertThat(sandbox.events().published()).filteredOn(e -> e.type().equals("library.hold.expired"))
        .extracting(e -> e.data().get("hold_id").asText()).contains(shelved);
    try (CityServices later = client()) {
      LibraryClient laterLibrary = LibraryClient.create(later);
      RequestOptions as = RequestOptions.forCitizen(SandboxLogin.citizenToken(later, READER));
      assertThat(laterLibrary.loans().renewability(renewable, as).reason()).isEqualTo(RenewalBlock.OVERDUE);
      assertThat(laterLibrary.holds().list(HoldQuery.withStatus(HoldStatus.CLOSED_PICKUP_EXPIRED), as).data())
          .extracting(Hold::id).containsExactly(shelved);
      assertThat(laterLibrary.account().get(as).overdueLoans()).hasSize(2);
    }
    long before = sandbox.events().published().size();
    data.settle();
    assertThat(sandbox.events().published()).hasSize((int) before);
  }

  @Test
  @CitySandboxTest
  void eventsArriveSignedAndReadAsTypedData() {
    String holdId = data.holdId(READER, "OPEN_NOT_YET_FILLED");
    String shelved = data.holdId(READER, "OPEN_AWAITING_PICKUP");
    String renewable = data.loanId(READER, "renewable");

    sandbox.clock().advance(Duration.ofDays(4));
    data.settle();

    LoanEvent overdue = received("library.loan.overdue", renewable).data(LibraryEvents.LOAN_OVERDUE).orElseThrow();
    assertThat(overdue).isEqualTo(new LoanEvent(renewable, READER, today().minusDays(2), false));
    HoldEvent expired = received("library.hold.expired", shelved).data(LibraryEvents.HOLD_EXPIRED).orElseThrow();
    assertThat(expired.pickupBy()).isEqualTo(today().minusDays(1));
    LoanEvent dueSoon = received("library.loan.due_soon", data.loanId(READER, "too_many"))
        .data(LibraryEvents.LOAN_DUE_SOON).orElseThrow();
    assertThat(dueSoon.dueDate()).isEqualTo(today().plusDays(1));
    assertThat(dueSoon.renewable()).isFalse();
    assertThatThrownBy(() -> data.fillHold(holdId)).isInstanceOf(IllegalStateException.class);
    assertThat(data.holdStatus(holdId)).contains("OPEN_NOT_YET_FILLED");
  }

  private io.cityservices.core.webhook.WebhookEvent received(String type, String id) {
    io.cityservices.testkit.Event event = sandbox.events().published().stream()
        .filter(e -> e.type().equals(type) && e.data().toString().contains("\"" + id + "\"")).findFirst().orElseThrow();
    io.cityservices.testkit.SignedEvent signed = sandbox.events().signedEvent(event.type(), event.city(), event.data(), ENDPOINT);
    return services.webhooks().forEndpoint(ENDPOINT).verify(signed.body(), signed.headers());
  }

  @Test
  void applyingForACardWithADepositOrOnCredit() {
    Map<String, Boolean> withoutCard = data.citizensWithoutCard(CityCode.SHANGHAI);
    String eligible = withoutCard.entrySet().stream().filter(Map.Entry::getValue).findFirst().orElseThrow().getKey();
    String ineligible = withoutCard.entrySet().stream().filter(e -> !e.getValue()).findFirst().orElseThrow().getKey();
    String another = withoutCard.entrySet().stream().filter(Map.Entry::getValue).skip(1).findFirst().orElseThrow().getKey();

    RequestOptions newReader = as(eligible);
    assertThatThrownBy(() -> library.cards().get(newReader))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("card_not_found"));
    assertThatThrownBy(() -> library.account().get(newReader)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> library.cards().apply(ApplyCardRequest.withDeposit("lib-310000-east", Money.cny(5_000)), newReader))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.code()).isEqualTo("amount_mismatch"));

    ReaderCard card = library.cards().apply(ApplyCardRequest.withDeposit("lib-310000-east", Money.cny(10_000)), newReader);
    assertThat(card.status()).isEqualTo(CardStatus.ACTIVE);
    assertThat(card.deposit()).isEqualTo(Money.cny(10_000));
    assertThat(card.expiresOn()).isAfter(today());
    assertThat(library.cards().get(newReader)).isEqualTo(card);
    assertThat(library.account().get(newReader).loans()).isEmpty();
    assertThatThrownBy(() -> library.cards().apply(ApplyCardRequest.creditBased("lib-310000-east"), newReader))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("card_exists"));

    assertThatThrownBy(() -> library.cards().apply(ApplyCardRequest.creditBased("lib-310000-east"), as(ineligible)))
        .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("credit_not_eligible"));
    ReaderCard credit = library.cards().applyAsync(ApplyCardRequest.creditBased("lib-310000-yangpu"), as(another)).join();
    assertThat(credit.type()).isEqualTo(CardType.CREDIT);
    assertThat(credit.deposit()).isNull();
    assertThat(credit.homeLibraryId()).isEqualTo("lib-310000-yangpu");
  }

  @Test
  void payingChargesOnceWhateverHappens() {
    List<Charge> all = library.charges().listAll(ChargeQuery.all().withLimit(1), asReader).stream().toList();
    assertThat(all).extracting(Charge::status).containsExactlyInAnyOrder(ChargeStatus.OUTSTANDING, ChargeStatus.PAID);
    List<Charge> owed = library.charges().list(ChargeQuery.outstanding(), asReader).data();

    Charge tampered = new Charge(owed.get(0).id(), owed.get(0).type(), owed.get(0).status(), Money.cny(1),
        null, null, null);
    assertThatThrownBy(() -> library.charges().pay(PayChargesRequest.of(List.of(tampered)), asReader))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.code()).isEqualTo("amount_mismatch"));

    ChargePayment payment = library.charges().pay(PayChargesRequest.of(owed), asReader);
    assertThat(payment.status()).isEqualTo(ChargePaymentStatus.SUCCEEDED);
    assertThat(payment.amount()).isEqualTo(owed.get(0).amount());
    assertThat(payment.chargeIds()).containsExactly(owed.get(0).id());
    assertThat(library.charges().listAsync(ChargeQuery.outstanding(), asReader).join().data()).isEmpty();
    assertThat(library.account().get(asReader).totalOwed()).isEqualTo(Money.cny(0));
    assertThat(sandbox.events().published()).filteredOn(e -> e.type().equals(LibraryEvents.PAYMENT_SUCCEEDED.name()))
        .extracting(e -> e.data().get("service").asText()).containsExactly("library");

    assertThatThrownBy(() -> library.charges().payAsync(PayChargesRequest.of(owed), asReader).join())
        .hasCauseInstanceOf(ConflictException.class)
        .cause().satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo("charge_already_paid"));
  }

  @Test
  void aCityWithoutALibraryServiceAndADepartmentThatIsDown() {
    LibraryClient guangzhou = LibraryClient.create(services, CityCode.GUANGZHOU);
    assertThatThrownBy(() -> guangzhou.libraries().list(RequestOptions.none()))
        .isInstanceOf(ServiceNotOfferedException.class);

    sandbox.faults().unavailable(CityCode.of("310000"), LibrarySandboxModule.DEPARTMENT);
    assertThatThrownBy(() -> library.loans().renew(data.loanId(READER, "renewable"), asReader))
        .isInstanceOf(DepartmentUnavailableException.class);
    sandbox.faults().reset();
    assertThat(library.loans().renewability(data.loanId(READER, "renewable"), asReader).renewalsUsed()).isZero();
  }

  @Test
  void everyLibraryCityHasItsOwnLibrariesAndCatalogue() {
    for (CityCode city : List.of(CityCode.HANGZHOU, CityCode.SHENZHEN)) {
      LibraryClient other = LibraryClient.create(services, city);
      assertThat(other.libraries().list(RequestOptions.none())).hasSize(3);
      assertThat(other.catalogue().list(CatalogueQuery.keyword("活着"), RequestOptions.none()).data())
          .singleElement().satisfies(r -> assertThat(r.id()).startsWith("rec-" + city.value()));
    }
  }

  private Item availableCopy() {
    return copyIn(ItemStatus.AVAILABLE);
  }

  private Item copyIn(ItemStatus status) {
    return library.catalogue().listAll(CatalogueQuery.keyword("出版"), RequestOptions.none()).stream()
        .flatMap(r -> library.catalogue().items(r.id(), null, RequestOptions.none()).stream())
        .filter(i -> i.status() == status).findFirst().orElseThrow();
  }
}
