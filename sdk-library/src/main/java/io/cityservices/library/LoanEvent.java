package io.cityservices.library;

import java.time.LocalDate;

/**
 * The data of {@code library.loan.due_soon} and {@code library.loan.overdue}. Carries no title: read
 * the loan with the citizen's token to show what it is.
 *
 * @param loanId the loan
 * @param citizenId the borrower
 * @param dueDate its due date
 * @param renewable whether it can be renewed now
 */
public record LoanEvent(String loanId, String citizenId, LocalDate dueDate, boolean renewable) {}
