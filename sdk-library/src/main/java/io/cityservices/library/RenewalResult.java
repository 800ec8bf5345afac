package io.cityservices.library;

import java.time.LocalDate;

/**
 * The outcome for one loan of {@link LoansApi#renewAll}.
 *
 * @param loanId the loan
 * @param renewed whether it was renewed
 * @param dueDate its due date now (the new one when renewed)
 * @param reason why it was not renewed, or null when it was
 */
public record RenewalResult(String loanId, boolean renewed, LocalDate dueDate, RenewalBlock reason) {}
