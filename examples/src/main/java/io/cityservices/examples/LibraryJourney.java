package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.privacy.Redactor;
import io.cityservices.library.CatalogueQuery;
import io.cityservices.library.CatalogueRecord;
import io.cityservices.library.ChargePayment;
import io.cityservices.library.Hold;
import io.cityservices.library.Item;
import io.cityservices.library.ItemStatus;
import io.cityservices.library.Library;
import io.cityservices.library.LibraryClient;
import io.cityservices.library.Loan;
import io.cityservices.library.PayChargesRequest;
import io.cityservices.library.PlaceHoldRequest;
import io.cityservices.library.ReaderAccount;
import io.cityservices.library.RenewalDeniedException;
import io.cityservices.library.RenewalResult;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The library journey: the city's libraries, a catalogue search by author and by ISBN with the
 * copies per library, the reader's account in one call, renewing what can be renewed (and why the
 * rest cannot), placing, suspending and cancelling a hold, and paying the fines. What the reader
 * borrows is personal: loans are printed by id and due date, never by title.
 */
public final class LibraryJourney {
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  private LibraryJourney() {}

  /** Runs the library journey against the sandbox, or the platform the environment names. */
  public static void main(String[] args) {
    ExampleEnvironment.run("Library journey", (env, out) -> run(env.client(), env.citizen(), out));
  }

  /** Runs the journey for {@code citizen} in the client's default city, printing to {@code out}. */
  public static void run(CityServices client, CitizenToken citizen, PrintStream out) {
    LibraryClient library = LibraryClient.create(client);
    RequestOptions asCitizen = RequestOptions.forCitizen(citizen);
    LocalDate today = LocalDate.now(CHINA);

    out.println("== Library: catalogue, account, renewals, a hold, fines ==");
    List<Library> libraries = library.libraries().list(RequestOptions.none());
    libraries.forEach(l -> out.printf("  %s, %s (%d opening days a week)%n", l.name(), l.address(), l.openingHours().size()));

    List<CatalogueRecord> found = library.catalogue()
        .listAll(CatalogueQuery.builder().author("鲁迅").build(), RequestOptions.none()).stream().toList();
    out.printf("%d titles by 鲁迅: %s%n", found.size(),
        found.stream().map(CatalogueRecord::title).collect(Collectors.joining(", ")));
    CatalogueRecord record = found.get(0);
    CatalogueRecord byIsbn = library.catalogue().list(CatalogueQuery.isbn(hyphenate(record.isbn().value())),
        RequestOptions.none()).data().get(0);
    out.printf("ISBN %s finds %s (%s, %d) %d of %d copies on the shelf%n", hyphenate(byIsbn.isbn().value()),
        byIsbn.title(), byIsbn.publisher(), byIsbn.year(), byIsbn.availableCopies(), byIsbn.totalCopies());
    Map<String, String> names = libraries.stream().collect(Collectors.toMap(Library::id, Library::name));
    for (Item copy : library.catalogue().items(record.id(), null, RequestOptions.none())) {
      out.printf("  copy %s at %s: %s%s%n", copy.barcode(), names.get(copy.libraryId()), copy.status(),
          copy.status() == ItemStatus.ON_LOAN ? " until " + copy.dueDate() : "");
    }

    ReaderAccount account = library.account().get(asCitizen);
    out.printf("Card %s (%s, %s), %d loans, %d holds, owes %s%n", Redactor.maskAccountNumber(account.card().cardNumber()),
        account.card().type(), account.card().status(), account.loans().size(), account.holds().size(),
        account.totalOwed().toDisplayString());
    out.printf("Due within 3 days: %d, overdue: %d, holds ready for pickup: %d%n",
        account.loansDueWithin(today, 3).size(), account.overdueLoans().size(), account.holdsReadyForPickup().size());

    for (Loan loan : account.loansDueWithin(today, 3)) {
      try {
        Loan renewed = library.loans().renew(loan.id(), asCitizen);
        out.printf("Renewed %s: due %s -> %s (%d of %d renewals used)%n", loan.id(), loan.dueDate(), renewed.dueDate(),
            renewed.renewalsUsed(), renewed.renewalsAllowed());
      } catch (RenewalDeniedException denied) {
        out.printf("Could not renew %s: %s%n", loan.id(), denied.reason());
      }
    }
    for (RenewalResult result : library.loans().renewAll(asCitizen)) {
      out.printf("  renew all: %s %s%n", result.loanId(), result.renewed() ? "renewed to " + result.dueDate()
          : "not renewed (" + result.reason().code() + ")");
    }

    CatalogueRecord wanted = library.catalogue().list(CatalogueQuery.keyword("城南旧事"), RequestOptions.none()).data().get(0);
    Hold hold = library.holds().place(PlaceHoldRequest.onRecord(wanted.id(), libraries.get(0).id()), asCitizen);
    out.printf("Hold %s placed at %s: %s, position %d%n", hold.id(), names.get(hold.pickupLibraryId()), hold.status(),
        hold.queuePosition());
    Hold suspended = library.holds().suspend(hold.id(), today.plusDays(14), asCitizen);
    out.printf("Suspended until %s (travelling)%n", suspended.suspendedUntil());
    out.printf("Cancelled: %s%n", library.holds().cancel(hold.id(), asCitizen).status());

    if (!account.charges().isEmpty()) {
      ChargePayment paid = library.charges().pay(PayChargesRequest.of(account.charges()), asCitizen);
      out.printf("Paid %d charge(s): %s, payment %s is %s%n", paid.chargeIds().size(), paid.amount().toDisplayString(),
          paid.id(), paid.status());
    }
    out.printf("Owed now: %s%n", library.account().get(asCitizen).totalOwed().toDisplayString());
  }

  private static String hyphenate(String isbn13) {
    return isbn13.substring(0, 3) + "-" + isbn13.substring(3, 4) + "-" + isbn13.substring(4, 12) + "-" + isbn13.substring(12);
  }
}
