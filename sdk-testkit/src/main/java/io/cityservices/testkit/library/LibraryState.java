package io.cityservices.testkit.library;

import io.cityservices.core.model.GeoPoint;
import io.cityservices.core.model.Money;
import io.cityservices.testkit.SandboxProblem;
import io.cityservices.testkit.library.LibraryJson.AccountView;
import io.cityservices.testkit.library.LibraryJson.CardView;
import io.cityservices.testkit.library.LibraryJson.ChargeView;
import io.cityservices.testkit.library.LibraryJson.HoldView;
import io.cityservices.testkit.library.LibraryJson.HoursJson;
import io.cityservices.testkit.library.LibraryJson.ItemView;
import io.cityservices.testkit.library.LibraryJson.LibraryView;
import io.cityservices.testkit.library.LibraryJson.LimitsJson;
import io.cityservices.testkit.library.LibraryJson.LoanView;
import io.cityservices.testkit.library.LibraryJson.PaymentView;
import io.cityservices.testkit.library.LibraryJson.RecordView;
import io.cityservices.testkit.library.LibraryJson.RenewabilityView;
import io.cityservices.testkit.library.LibraryJson.RenewalResultView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The library platform's state: libraries, the catalogue and its copies, reader cards, loans, holds
 * and charges, moving on the sandbox clock. Every method holds the instance's lock, so a handler sees
 * and changes the state atomically. Time-driven transitions (a loan falling due or overdue, a hold
 * shelf expiring, a suspension ending) happen in {@link #settle()}, before every operation, and
 * publish their events once.
 */
final class LibraryState {
  static final ZoneOffset ZONE = ZoneOffset.ofHours(8);
  /** Loan period, and the period a renewal gives from the day it is made. */
  static final int LOAN_DAYS = 30;
  /** Renewal opens this many days before the due date. */
  static final int RENEWAL_WINDOW_DAYS = 7;
  /** Renewals and holds stop while more than this is owed (fen). */
  static final long FINES_LIMIT_FEN = 1_000;
  /** Overdue fine per day (fen). */
  static final long FINE_PER_DAY_FEN = 10;
  /** The deposit of a deposit card (fen). */
  static final long DEPOSIT_FEN = 10_000;
  /** Days a copy waits on the hold shelf. */
  static final int PICKUP_DAYS = 7;
  /** A due-soon reminder goes this many days ahead. */
  static final int DUE_SOON_DAYS = 3;
  static final LimitsJson LIMITS = new LimitsJson(20, 2, 5);

  private final Clock clock;
  private final Publisher publish;
  private final Map<String, Branch> branches = new LinkedHashMap<>();
  private final Map<String, Book> books = new LinkedHashMap<>();
  private final Map<String, Copy> copies = new LinkedHashMap<>();
  private final Map<String, Card> cards = new LinkedHashMap<>();
  private final Map<String, LoanRec> loans = new LinkedHashMap<>();
  private final Map<String, HoldRec> holds = new LinkedHashMap<>();
  private final Map<String, ChargeRec> charges = new LinkedHashMap<>();
  private final Map<String, PaymentView> payments = new LinkedHashMap<>();
  private long counter;

  record Branch(String city, String id, String name, String district, String address, GeoPoint location,
      String phone, List<HoursJson> hours) {
    LibraryView view() {
      return new LibraryView(id, name, district, address, location, phone, hours);
    }
  }

  record Book(String city, String id, String title, String author, String isbn, String publisher, int year,
      String callNumber) {}

  static final class Copy {
    final String id;
    final Book book;
    final Branch branch;
    final String barcode;
    final String location;
    final boolean renewable;
    String status;
    LocalDate dueDate;

    Copy(String id, Book book, Branch branch, String barcode, String location, boolean renewable, String status) {
      this.id = id;
      this.book = book;
      this.branch = branch;
      this.barcode = barcode;
      this.location = location;
      this.renewable = renewable;
      this.status = status;
    }
  }

  static final class Card {
    final String id;
    final String city;
    final String citizenId;
    final String number;
    final String type;
    final String homeLibraryId;
    final Instant issuedAt;
    final LocalDate expiresOn;
    String status = "ACTIVE";
    String blockReason;

    Card(String id, String city, String citizenId, String number, String type, String homeLibraryId,
        Instant issuedAt, LocalDate expiresOn) {
      this.id = id;
      this.city = city;
      this.citizenId = citizenId;
      this.number = number;
      this.type = type;
      this.homeLibraryId = homeLibraryId;
      this.issuedAt = issuedAt;
      this.expiresOn = expiresOn;
    }
  }

  static final class LoanRec {
    final String id;
    final String citizenId;
    final Copy copy;
    final Instant loanedAt;
    LocalDate dueDate;
    int renewals;
    LocalDate dueSoonSent;
    LocalDate overdueSent;

    LoanRec(String id, String citizenId, Copy copy, Instant loanedAt, LocalDate dueDate, int renewals) {
      this.id = id;
      this.citizenId = citizenId;
      this.copy = copy;
      this.loanedAt = loanedAt;
      this.dueDate = dueDate;
      this.renewals = renewals;
    }
  }

  static final class HoldRec {
    final String id;
    final String citizenId;
    final Book book;
    final Instant placedAt;
    final String pickupLibraryId;
    Copy copy;
    String status = "OPEN_NOT_YET_FILLED";
    LocalDate pickupBy;
    LocalDate suspendedUntil;

    HoldRec(String id, String citizenId, Book book, Copy copy, String pickupLibraryId, Instant placedAt) {
      this.id = id;
      this.citizenId = citizenId;
      this.book = book;
      this.copy = copy;
      this.pickupLibraryId = pickupLibraryId;
      this.placedAt = placedAt;
    }

    boolean open() {
      return status.startsWith("OPEN_");
    }
  }

  static final class ChargeRec {
    final String id;
    final String citizenId;
    final String city;
    final String type;
    final long fen;
    final String loanId;
    final Instant chargedAt;
    String status = "OUTSTANDING";
    String paymentId;

    ChargeRec(String id, String citizenId, String city, String type, long fen, String loanId, Instant chargedAt) {
      this.id = id;
      this.citizenId = citizenId;
      this.city = city;
      this.type = type;
      this.fen = fen;
      this.loanId = loanId;
      this.chargedAt = chargedAt;
    }
  }

  /** Receives each event a transition causes. */
  interface Publisher {
    void publish(String type, String city, Object data);
  }

  LibraryState(Clock clock, Publisher publish) {
    this.clock = clock;
    this.publish = publish;
  }

  // --- seeding

  synchronized void addBranch(Branch branch) {
    branches.put(branch.id(), branch);
  }

  synchronized void addBook(Book book) {
    books.put(book.id(), book);
  }

  synchronized Copy addCopy(Book book, Branch branch, String location, boolean renewable, String status) {
    String id = "item-" + String.format("%06d", ++counter);
    Copy copy = new Copy(id, book, branch, "3" + book.city().substring(0, 2) + String.format("%09d", counter),
        location, renewable, status);
    copies.put(id, copy);
    return copy;
  }

  synchronized Card addCard(String city, String citizenId, String type, String homeLibraryId, Instant issuedAt,
      LocalDate expiresOn) {
    String number = city.substring(0, 2) + "00" + String.format("%08d", ++counter);
    Card card = new Card("card-" + city + "-" + counter, city, citizenId, number, type, homeLibraryId, issuedAt,
        expiresOn);
    cards.put(city + "/" + citizenId, card);
    return card;
  }

  /** A seeded loan: its reminders count as already sent, so only later transitions publish events. */
  synchronized LoanRec addLoan(String citizenId, Copy copy, LocalDate dueDate, int renewals) {
    LocalDate loanedOn = dueDate.minusDays(LOAN_DAYS + (long) renewals * LOAN_DAYS);
    LoanRec loan = new LoanRec("loan-" + String.format("%06d", ++counter), citizenId, copy,
        loanedOn.atTime(10, 0).toInstant(ZONE), dueDate, renewals);
    copy.status = "ON_LOAN";
    copy.dueDate = dueDate;
    LocalDate today = today();
    if (!dueDate.isAfter(today.plusDays(DUE_SOON_DAYS))) {
      loan.dueSoonSent = dueDate;
    }
    if (dueDate.isBefore(today)) {
      loan.overdueSent = dueDate;
    }
    loans.put(loan.id, loan);
    return loan;
  }

  synchronized HoldRec addHold(String citizenId, Book book, Copy copy, String pickupLibraryId, String status,
      LocalDate pickupBy) {
    HoldRec hold = new HoldRec("hold-" + String.format("%06d", ++counter), citizenId, book, copy, pickupLibraryId,
        clock.instant().minus(3, ChronoUnit.DAYS));
    hold.status = status;
    hold.pickupBy = pickupBy;
    holds.put(hold.id, hold);
    return hold;
  }

  synchronized ChargeRec addCharge(String city, String citizenId, String type, long fen, String loanId, String status) {
    ChargeRec charge = new ChargeRec("chg-" + String.format("%06d", ++counter), citizenId, city, type, fen, loanId,
        clock.instant().minus(10, ChronoUnit.DAYS));
    charge.status = status;
    charges.put(charge.id, charge);
    return charge;
  }

  // --- public reference data

  synchronized List<LibraryView> libraries(String city) {
    return branches.values().stream().filter(b -> b.city().equals(city)).map(Branch::view).toList();
  }

  synchronized LibraryView library(String city, String id) {
    return branch(city, id).view();
  }

  synchronized List<RecordView> search(String city, String keyword, String title, String author, String isbn) {
    return books.values().stream().filter(b -> b.city().equals(city))
        .filter(b -> keyword == null || b.title().contains(keyword) || b.author().contains(keyword)
            || b.publisher().contains(keyword))
        .filter(b -> title == null || b.title().contains(title))
        .filter(b -> author == null || b.author().contains(author))
        .filter(b -> isbn == null || b.isbn().equals(isbn))
        .map(this::view).toList();
  }

  synchronized RecordView record(String city, String id) {
    return view(book(city, id));
  }

  synchronized List<ItemView> items(String city, String recordId, Optional<String> libraryId) {
    Book book = book(city, recordId);
    return copies.values().stream().filter(c -> c.book.equals(book))
        .filter(c -> libraryId.isEmpty() || c.branch.id().equals(libraryId.get()))
        .map(LibraryState::view).toList();
  }

  // --- cards

  synchronized CardView card(String city, String citizenId) {
    settle();
    return view(requireCard(city, citizenId));
  }

  synchronized Optional<Card> findCard(String city, String citizenId) {
    return Optional.ofNullable(cards.get(city + "/" + citizenId));
  }

  synchronized CardView apply(String city, String citizenId, String type, String homeLibraryId, Money deposit,
      boolean creditEligible) {
    branch(city, homeLibraryId);
    if (cards.containsKey(city + "/" + citizenId)) {
      throw problem(409, "card_exists", "Card exists", "the citizen already has a reader card in this city");
    }
    if (type.equals("DEPOSIT") && (deposit == null || deposit.amount() != DEPOSIT_FEN
        || !deposit.currency().getCurrencyCode().equals("CNY"))) {
      throw problem(422, "amount_mismatch", "Amount mismatch", "the deposit of a reader card here is 100.00 CNY");
    }
    if (type.equals("CREDIT") && !creditEligible) {
      throw problem(409, "credit_not_eligible", "Not eligible for credit-based card",
          "the citizen's credit score does not qualify for a card without deposit");
    }
    LocalDate today = today();
    return view(addCard(city, citizenId, type, homeLibraryId, clock.instant(), today.plusYears(5)));
  }

  // --- account and loans

  synchronized AccountView account(String city, String citizenId) {
    settle();
    Card card = requireCard(city, citizenId);
    List<ChargeView> owed = chargesOf(city, citizenId).stream().filter(c -> c.status.equals("OUTSTANDING"))
        .map(LibraryState::view).toList();
    return new AccountView(view(card), loanViews(city, citizenId, false),
        holdsOf(city, citizenId).stream().filter(HoldRec::open).map(this::view).toList(), owed,
        Money.cny(owedFen(city, citizenId)));
  }

  synchronized List<LoanView> loans(String city, String citizenId, boolean overdueOnly) {
    settle();
    requireCard(city, citizenId);
    return loanViews(city, citizenId, overdueOnly);
  }

  synchronized RenewabilityView renewability(String city, String citizenId, String loanId) {
    settle();
    LoanRec loan = loan(city, citizenId, loanId);
    String reason = blockOf(loan);
    return new RenewabilityView(loan.id, reason == null, reason == null ? null : reason.toUpperCase(java.util.Locale.ROOT),
        reason == null ? today().plusDays(LOAN_DAYS) : null, loan.renewals, LIMITS.maxRenewals());
  }

  synchronized LoanView renew(String city, String citizenId, String loanId) {
    settle();
    LoanRec loan = loan(city, citizenId, loanId);
    String reason = blockOf(loan);
    if (reason != null) {
      throw problem(409, reason, "Renewal denied", "the library does not renew this loan: " + reason);
    }
    extend(loan);
    return view(loan);
  }

  synchronized List<RenewalResultView> renewAll(String city, String citizenId) {
    settle();
    requireCard(city, citizenId);
    List<RenewalResultView> results = new ArrayList<>();
    for (LoanRec loan : loansOf(city, citizenId)) {
      String reason = blockOf(loan);
      if (reason == null) {
        extend(loan);
      }
      results.add(new RenewalResultView(loan.id, reason == null, loan.dueDate,
          reason == null ? null : reason.toUpperCase(java.util.Locale.ROOT)));
    }
    return results;
  }

  // --- holds

  synchronized List<HoldView> holds(String city, String citizenId, List<String> statuses) {
    settle();
    requireCard(city, citizenId);
    List<HoldRec> list = new ArrayList<>(holdsOf(city, citizenId));
    list.sort(Comparator.comparing((HoldRec h) -> h.placedAt).reversed());
    return list.stream().filter(h -> statuses.isEmpty() || statuses.contains(h.status)).map(this::view).toList();
  }

  synchronized HoldView place(String city, String citizenId, String recordId, String itemId, String pickupLibraryId) {
    settle();
    Card card = requireCard(city, citizenId);
    branch(city, pickupLibraryId);
    Copy copy = null;
    Book book;
    if (itemId != null) {
      copy = Optional.ofNullable(copies.get(itemId)).filter(c -> c.book.city().equals(city))
          .orElseThrow(() -> problem(404, "item_not_found", "Item not found", "no such copy in this city"));
      if (copy.status.equals("MISSING")) {
        throw problem(409, "item_not_holdable", "Item not holdable", "this copy cannot be reserved");
      }
      book = copy.book;
    } else {
      book = book(city, recordId);
    }
    if (!card.status.equals("ACTIVE")) {
      throw problem(409, "card_blocked", "Card blocked", "the reader card is " + card.status.toLowerCase(java.util.Locale.ROOT));
    }
    List<HoldRec> open = holdsOf(city, citizenId).stream().filter(HoldRec::open).toList();
    if (open.stream().anyMatch(h -> h.book.equals(book))) {
      throw problem(409, "already_on_hold", "Already on hold", "the reader already holds this title");
    }
    if (open.size() >= LIMITS.maxHolds()) {
      throw problem(409, "hold_limit_reached", "Hold limit reached", "the card's open holds are at its limit");
    }
    HoldRec hold = new HoldRec("hold-" + String.format("%06d", ++counter), citizenId, book, copy, pickupLibraryId,
        clock.instant());
    holds.put(hold.id, hold);
    return view(hold);
  }

  synchronized HoldView cancel(String city, String citizenId, String holdId) {
    settle();
    HoldRec hold = hold(city, citizenId, holdId);
    if (hold.status.equals("CLOSED_CANCELLED")) {
      return view(hold);
    }
    if (!hold.open()) {
      throw problem(409, "hold_closed", "Hold closed", "the hold is already closed: " + hold.status);
    }
    release(hold);
    hold.status = "CLOSED_CANCELLED";
    return view(hold);
  }

  synchronized HoldView suspend(String city, String citizenId, String holdId, LocalDate until) {
    settle();
    HoldRec hold = hold(city, citizenId, holdId);
    if (until == null || !until.isAfter(today())) {
      throw SandboxProblem.validation("until", "must be a date after today");
    }
    if (!hold.status.equals("OPEN_NOT_YET_FILLED")) {
      throw problem(409, "hold_not_suspendable", "Hold not suspendable",
          "only a hold not yet filled can be suspended; this one is " + hold.status);
    }
    hold.suspendedUntil = until;
    return view(hold);
  }

  synchronized HoldView resume(String city, String citizenId, String holdId) {
    settle();
    HoldRec hold = hold(city, citizenId, holdId);
    hold.suspendedUntil = null;
    return view(hold);
  }

  // --- charges

  synchronized List<ChargeView> charges(String city, String citizenId, Optional<String> status) {
    settle();
    requireCard(city, citizenId);
    List<ChargeRec> list = new ArrayList<>(chargesOf(city, citizenId));
    list.sort(Comparator.comparing((ChargeRec c) -> c.chargedAt).reversed());
    return list.stream().filter(c -> status.isEmpty() || c.status.equals(status.get())).map(LibraryState::view).toList();
  }

  synchronized PaymentView pay(String city, String citizenId, List<String> chargeIds, Money amount) {
    settle();
    Card card = requireCard(city, citizenId);
    if (chargeIds == null || chargeIds.isEmpty()) {
      throw SandboxProblem.validation("charge_ids", "must not be empty");
    }
    if (amount == null || !amount.isPositive() || !amount.currency().getCurrencyCode().equals("CNY")) {
      throw SandboxProblem.validation("amount", "must be a positive CNY amount");
    }
    List<ChargeRec> paying = new ArrayList<>();
    for (String id : chargeIds) {
      ChargeRec charge = charges.get(id);
      if (charge == null || !charge.citizenId.equals(citizenId) || !charge.city.equals(city)) {
        throw problem(404, "charge_not_found", "Charge not found", "no such charge");
      }
      if (!charge.status.equals("OUTSTANDING") || paying.contains(charge)) {
        throw problem(409, "charge_already_paid", "Charge already paid", "a charge is no longer owed");
      }
      paying.add(charge);
    }
    long total = paying.stream().mapToLong(c -> c.fen).sum();
    if (amount.amount() != total) {
      throw problem(422, "amount_mismatch", "Amount mismatch", "the amount is not what the charges total");
    }
    String id = "lpay-" + String.format("%08d", ++counter);
    paying.forEach(c -> {
      c.status = "PAID";
      c.paymentId = id;
    });
    if (card.status.equals("BLOCKED") && "FINES_OWED".equals(card.blockReason)
        && owedFen(city, citizenId) <= FINES_LIMIT_FEN) {
      card.status = "ACTIVE";
      card.blockReason = null;
    }
    PaymentView payment = new PaymentView(id, "SUCCEEDED", Money.cny(total), List.copyOf(chargeIds),
        at(clock.instant()), null);
    payments.put(id, payment);
    return payment;
  }

  // --- hooks

  synchronized void block(String city, String citizenId, String status, String reason) {
    Card card = requireCard(city, citizenId);
    card.status = status;
    card.blockReason = reason;
  }

  /** The library sets a copy aside for a hold not yet filled: to the hold shelf, or in transit. */
  synchronized HoldView fill(String holdId) {
    settle();
    HoldRec hold = Optional.ofNullable(holds.get(holdId)).orElseThrow(() -> new IllegalArgumentException("no such hold"));
    if (!hold.status.equals("OPEN_NOT_YET_FILLED") || hold.suspendedUntil != null) {
      throw new IllegalStateException("only an active hold not yet filled can be filled; it is " + hold.status);
    }
    Copy copy = hold.copy != null && hold.copy.status.equals("AVAILABLE") ? hold.copy
        : copies.values().stream().filter(c -> c.book.equals(hold.book) && c.status.equals("AVAILABLE")).findFirst()
            .orElseThrow(() -> new IllegalStateException("no copy of the title is on the shelf"));
    hold.copy = copy;
    if (copy.branch.id().equals(hold.pickupLibraryId)) {
      shelve(hold);
    } else {
      copy.status = "IN_TRANSIT";
      hold.status = "OPEN_IN_TRANSIT";
    }
    return view(hold);
  }

  /** A copy in transit reaches the pickup library and goes on the hold shelf. */
  synchronized HoldView arrive(String holdId) {
    HoldRec hold = Optional.ofNullable(holds.get(holdId)).orElseThrow(() -> new IllegalArgumentException("no such hold"));
    if (!hold.status.equals("OPEN_IN_TRANSIT")) {
      throw new IllegalStateException("the hold is not in transit");
    }
    shelve(hold);
    return view(hold);
  }

  /** The reader collects a copy from the hold shelf: the hold is filled and a loan starts. */
  synchronized String checkOut(String holdId) {
    settle();
    HoldRec hold = Optional.ofNullable(holds.get(holdId)).orElseThrow(() -> new IllegalArgumentException("no such hold"));
    if (!hold.status.equals("OPEN_AWAITING_PICKUP")) {
      throw new IllegalStateException("the hold is not awaiting pickup");
    }
    hold.status = "CLOSED_FILLED";
    LoanRec loan = new LoanRec("loan-" + String.format("%06d", ++counter), hold.citizenId, hold.copy,
        clock.instant(), today().plusDays(LOAN_DAYS), 0);
    hold.copy.status = "ON_LOAN";
    hold.copy.dueDate = loan.dueDate;
    loans.put(loan.id, loan);
    return loan.id;
  }

  /** No copy can be supplied: the hold closes unfilled. */
  synchronized void markUnfilled(String holdId) {
    HoldRec hold = Optional.ofNullable(holds.get(holdId)).orElseThrow(() -> new IllegalArgumentException("no such hold"));
    release(hold);
    hold.status = "CLOSED_UNFILLED";
  }

  synchronized List<String> loanIds(String city, String citizenId) {
    return loansOf(city, citizenId).stream().map(l -> l.id).toList();
  }

  synchronized List<String> holdIds(String city, String citizenId) {
    return holdsOf(city, citizenId).stream().map(h -> h.id).toList();
  }

  synchronized Optional<String> holdStatus(String holdId) {
    return Optional.ofNullable(holds.get(holdId)).map(h -> h.status);
  }

  synchronized List<Book> books(String city) {
    return books.values().stream().filter(b -> b.city().equals(city)).toList();
  }

  /** Runs the time-driven transitions now (also done before every operation). */
  synchronized void settle() {
    LocalDate today = today();
    for (HoldRec hold : holds.values()) {
      if (hold.suspendedUntil != null && !hold.suspendedUntil.isAfter(today)) {
        hold.suspendedUntil = null;
      }
      if (hold.status.equals("OPEN_AWAITING_PICKUP") && hold.pickupBy != null && hold.pickupBy.isBefore(today)) {
        release(hold);
        hold.status = "CLOSED_PICKUP_EXPIRED";
        publish.publish("library.hold.expired", hold.book.city(), new LibraryJson.HoldEventJson(hold.id, hold.citizenId,
            hold.pickupLibraryId, hold.pickupBy));
      }
    }
    for (LoanRec loan : loans.values()) {
      if (loan.dueDate.isBefore(today) && !loan.dueDate.equals(loan.overdueSent)) {
        loan.overdueSent = loan.dueDate;
        publish.publish("library.loan.overdue", loan.copy.book.city(), loanEvent(loan));
      } else if (!loan.dueDate.isBefore(today) && !loan.dueDate.isAfter(today.plusDays(DUE_SOON_DAYS))
          && !loan.dueDate.equals(loan.dueSoonSent)) {
        loan.dueSoonSent = loan.dueDate;
        publish.publish("library.loan.due_soon", loan.copy.book.city(), loanEvent(loan));
      }
    }
  }

  // --- rules

  /** Why {@code loan} cannot be renewed now, as Koha's code, or null: reader first, then loan, then item. */
  private String blockOf(LoanRec loan) {
    LocalDate today = today();
    Card card = cards.get(loan.copy.book.city() + "/" + loan.citizenId);
    if (card == null || !card.status.equals("ACTIVE")) {
      return "restricted";
    }
    if (owedFen(card.city, loan.citizenId) > FINES_LIMIT_FEN) {
      return "fines_owed";
    }
    if (loan.dueDate.isBefore(today)) {
      return "overdue";
    }
    if (loan.renewals >= LIMITS.maxRenewals()) {
      return "too_many";
    }
    if (heldByAnother(loan)) {
      return "on_hold";
    }
    if (!loan.copy.renewable) {
      return "item_denied_renewal";
    }
    if (loan.dueDate.isAfter(today.plusDays(RENEWAL_WINDOW_DAYS))) {
      return "too_soon";
    }
    return null;
  }

  /** Another reader waits for this copy, or for the title while no copy of it is on the shelf. */
  private boolean heldByAnother(LoanRec loan) {
    Book book = loan.copy.book;
    boolean noneOnShelf = copies.values().stream().noneMatch(c -> c.book.equals(book) && c.status.equals("AVAILABLE"));
    return holds.values().stream().anyMatch(h -> h.open() && !h.citizenId.equals(loan.citizenId)
        && (h.copy == loan.copy || (h.book.equals(book) && h.copy == null && noneOnShelf)));
  }

  private void extend(LoanRec loan) {
    loan.dueDate = today().plusDays(LOAN_DAYS);
    loan.renewals++;
    loan.copy.dueDate = loan.dueDate;
  }

  private void shelve(HoldRec hold) {
    hold.copy.status = "ON_HOLD_SHELF";
    hold.status = "OPEN_AWAITING_PICKUP";
    hold.pickupBy = today().plusDays(PICKUP_DAYS);
    publish.publish("library.hold.ready_for_pickup", hold.book.city(), new LibraryJson.HoldEventJson(hold.id, hold.citizenId,
        hold.pickupLibraryId, hold.pickupBy));
  }

  /** Puts a copy set aside for {@code hold} back on the shelf. */
  private static void release(HoldRec hold) {
    if (hold.copy != null && (hold.copy.status.equals("ON_HOLD_SHELF") || hold.copy.status.equals("IN_TRANSIT"))) {
      hold.copy.status = "AVAILABLE";
    }
  }

  private LibraryJson.LoanEventJson loanEvent(LoanRec loan) {
    return new LibraryJson.LoanEventJson(loan.id, loan.citizenId, loan.dueDate, blockOf(loan) == null);
  }

  // --- lookups

  private Card requireCard(String city, String citizenId) {
    Card card = cards.get(city + "/" + citizenId);
    if (card == null) {
      throw problem(404, "card_not_found", "Card not found", "the citizen has no reader card in this city");
    }
    return card;
  }

  private Branch branch(String city, String id) {
    Branch branch = branches.get(id);
    if (branch == null || !branch.city().equals(city)) {
      throw problem(404, "library_not_found", "Library not found", "no such library in this city");
    }
    return branch;
  }

  private Book book(String city, String id) {
    Book book = books.get(id);
    if (book == null || !book.city().equals(city)) {
      throw problem(404, "record_not_found", "Record not found", "no such record in this city's catalogue");
    }
    return book;
  }

  private LoanRec loan(String city, String citizenId, String loanId) {
    LoanRec loan = loans.get(loanId);
    if (loan == null || !loan.citizenId.equals(citizenId) || !loan.copy.book.city().equals(city)) {
      throw problem(404, "loan_not_found", "Loan not found", "the citizen has no such loan");
    }
    return loan;
  }

  private HoldRec hold(String city, String citizenId, String holdId) {
    HoldRec hold = holds.get(holdId);
    if (hold == null || !hold.citizenId.equals(citizenId) || !hold.book.city().equals(city)) {
      throw problem(404, "hold_not_found", "Hold not found", "the citizen has no such hold");
    }
    return hold;
  }

  private List<LoanRec> loansOf(String city, String citizenId) {
    return loans.values().stream()
        .filter(l -> l.citizenId.equals(citizenId) && l.copy.book.city().equals(city) && l.copy.status.equals("ON_LOAN"))
        .sorted(Comparator.comparing((LoanRec l) -> l.dueDate).thenComparing(l -> l.id))
        .toList();
  }

  private List<LoanView> loanViews(String city, String citizenId, boolean overdueOnly) {
    LocalDate today = today();
    return loansOf(city, citizenId).stream().filter(l -> !overdueOnly || l.dueDate.isBefore(today)).map(this::view)
        .toList();
  }

  private List<HoldRec> holdsOf(String city, String citizenId) {
    return holds.values().stream().filter(h -> h.citizenId.equals(citizenId) && h.book.city().equals(city)).toList();
  }

  private List<ChargeRec> chargesOf(String city, String citizenId) {
    return charges.values().stream().filter(c -> c.citizenId.equals(citizenId) && c.city.equals(city)).toList();
  }

  private long owedFen(String city, String citizenId) {
    return chargesOf(city, citizenId).stream().filter(c -> c.status.equals("OUTSTANDING")).mapToLong(c -> c.fen).sum();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  // --- views

  private RecordView view(Book b) {
    List<Copy> all = copies.values().stream().filter(c -> c.book.equals(b)).toList();
    int available = (int) all.stream().filter(c -> c.status.equals("AVAILABLE")).count();
    return new RecordView(b.id(), b.title(), b.author(), b.isbn(), b.publisher(), b.year(), b.callNumber(), "zh",
        available, all.size());
  }

  private static ItemView view(Copy c) {
    return new ItemView(c.id, c.book.id(), c.branch.id(), c.barcode, c.location, c.status,
        c.status.equals("ON_LOAN") ? c.dueDate : null, !c.status.equals("MISSING"));
  }

  private static CardView view(Card c) {
    return new CardView(c.id, c.number, c.type, c.status, c.blockReason, c.homeLibraryId,
        c.type.equals("DEPOSIT") ? Money.cny(DEPOSIT_FEN) : null, LIMITS, at(c.issuedAt), c.expiresOn);
  }

  private LoanView view(LoanRec l) {
    return new LoanView(l.id, l.copy.id, l.copy.book.id(), l.copy.book.title(), l.copy.branch.id(), at(l.loanedAt),
        l.dueDate, l.dueDate.isBefore(today()), l.renewals, LIMITS.maxRenewals());
  }

  private HoldView view(HoldRec h) {
    Integer position = null;
    if (h.status.equals("OPEN_NOT_YET_FILLED")) {
      position = 1 + (int) holds.values().stream()
          .filter(o -> o.book.equals(h.book) && o.status.equals("OPEN_NOT_YET_FILLED") && o.placedAt.isBefore(h.placedAt))
          .count();
    }
    return new HoldView(h.id, h.book.id(), h.copy == null ? null : h.copy.id, h.book.title(), h.pickupLibraryId,
        h.status, at(h.placedAt), position, h.status.equals("OPEN_AWAITING_PICKUP") ? h.pickupBy : null,
        h.suspendedUntil);
  }

  private static ChargeView view(ChargeRec c) {
    return new ChargeView(c.id, c.type, c.status, Money.cny(c.fen), c.loanId, at(c.chargedAt), c.paymentId);
  }

  static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZONE);
  }

  static SandboxProblem problem(int status, String code, String title, String detail) {
    return new SandboxProblem(status, code, title, detail, List.of(), Map.of(), Map.of());
  }
}
