package io.cityservices.library;

import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * The reader's whole account in one answer (FOLIO's patron account, NCIP LookupUser, SIP2 patron
 * information): the card, current loans, holds and charges.
 *
 * @param card the reader card
 * @param loans the current loans, soonest due first
 * @param holds the open holds
 * @param charges the outstanding charges
 * @param totalOwed what the charges total
 */
public record ReaderAccount(
    ReaderCard card, List<Loan> loans, List<Hold> holds, List<Charge> charges, Money totalOwed) {

  /**
   * Copies the lists; a null list reads as empty.
   *
   * @param card the reader card
   * @param loans the current loans, soonest due first
   * @param holds the open holds
   * @param charges the outstanding charges
   * @param totalOwed what the charges total
   */
  public ReaderAccount {
    loans = loans == null ? List.of() : List.copyOf(loans);
    holds = holds == null ? List.of() : List.copyOf(holds);
    charges = charges == null ? List.of() : List.copyOf(charges);
  }

  /**
   * The loans past their due date.
   *
   * @return the overdue loans, in the account's order; empty when none
   */
  public List<Loan> overdueLoans() {
    return loans.stream().filter(Loan::overdue).toList();
  }

  /**
   * The loans not yet overdue but due within {@code days} days of {@code today} (inclusive).
   *
   * @param today the day to count from, usually today in the city's time zone
   * @param days how many days ahead to look, 0 for due today only
   * @return the matching loans, in the account's order
   */
  public List<Loan> loansDueWithin(LocalDate today, int days) {
    LocalDate by = today.plusDays(days);
    return loans.stream().filter(l -> l.isDueBy(by)).toList();
  }

  /**
   * The holds whose copy waits on the hold shelf.
   *
   * @return the holds awaiting pickup; empty when none
   */
  public List<Hold> holdsReadyForPickup() {
    return holds.stream().filter(Hold::isReadyForPickup).toList();
  }
}
