package io.cityservices.library.internal;

import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.overview.OverviewContext;
import io.cityservices.core.overview.OverviewContributor;
import io.cityservices.core.overview.ToDo;
import io.cityservices.library.Charge;
import io.cityservices.library.Hold;
import io.cityservices.library.LibraryClient;
import io.cityservices.library.LibrarySection;
import io.cityservices.library.Loan;
import io.cityservices.library.ReaderAccount;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The library's part of the citizen overview, from the reader account in one call: overdue loans,
 * loans due soon, holds to collect and charges to pay. To-do titles never name the item: what a
 * person borrows is personal data. Registered through {@code META-INF/services}.
 */
public final class LibraryOverviewContributor implements OverviewContributor {

  @Override
  public String department() {
    return LibrarySection.DEPARTMENT;
  }

  @Override
  public CompletableFuture<LibrarySection> sectionAsync(OverviewContext context) {
    LibraryClient library = LibraryClient.create(context.client(), context.city());
    LocalDate today = context.today();
    return library.account().getAsync(context.options())
        .thenApply(account -> section(context, today, account))
        .exceptionallyCompose(failure -> hasNoCard(failure)
            // a citizen without a card has nothing to return, collect or pay
            ? CompletableFuture.completedFuture(
                new LibrarySection(context.city(), List.of(), List.of(), List.of(), List.of(), List.of()))
            : CompletableFuture.failedFuture(failure));
  }

  private static LibrarySection section(OverviewContext context, LocalDate today, ReaderAccount account) {
    List<Loan> overdue = account.overdueLoans();
    List<Loan> dueSoon = account.loansDueWithin(today, LibrarySection.LOAN_LOOK_AHEAD_DAYS);
    List<Hold> ready = account.holdsReadyForPickup();
    List<Charge> charges = account.charges().stream().filter(Charge::isPayable).toList();
    List<ToDo> toDos = new ArrayList<>();
    for (Loan loan : overdue) {
      toDos.add(loanToDo(context, today, loan, "Return an overdue library loan"));
    }
    for (Loan loan : dueSoon) {
      toDos.add(loanToDo(context, today, loan, "Return or renew a library loan"));
    }
    for (Hold hold : ready) {
      toDos.add(ToDo.builder(LibrarySection.DEPARTMENT, context.city(), "Collect a hold from the library")
          .dueOn(hold.pickupBy(), today)
          .reference(hold.id())
          .operation("library.holds().cancel(holdId, options) if no longer wanted")
          .build());
    }
    for (Charge charge : charges) {
      toDos.add(ToDo.builder(LibrarySection.DEPARTMENT, context.city(), "Pay a library charge")
          .amount(charge.amount())
          .reference(charge.id())
          .operation("library.charges().pay(PayChargesRequest.of(charges), options)")
          .build());
    }
    return new LibrarySection(context.city(), overdue, dueSoon, ready, charges, toDos);
  }

  private static ToDo loanToDo(OverviewContext context, LocalDate today, Loan loan, String title) {
    return ToDo.builder(LibrarySection.DEPARTMENT, context.city(), title)
        .dueOn(loan.dueDate(), today)
        .overdue(loan.overdue())
        .reference(loan.id())
        .operation("library.loans().renew(loanId, options)")
        .build();
  }

  private static boolean hasNoCard(Throwable failure) {
    Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    return cause instanceof NotFoundException notFound && "card_not_found".equals(notFound.code());
  }
}
