package io.cityservices.library;

import java.time.LocalDate;

/**
 * Whether a loan can be renewed now, and if not why (Koha's {@code allows_renewal}).
 *
 * @param loanId the loan
 * @param renewable whether a renewal now would succeed
 * @param reason why not, or null when renewable
 * @param newDueDate the due date a renewal now would give, or null when not renewable
 * @param renewalsUsed renewals used so far
 * @param renewalsAllowed renewals allowed in all
 */
public record Renewability(
    String loanId,
    boolean renewable,
    RenewalBlock reason,
    LocalDate newDueDate,
    int renewalsUsed,
    int renewalsAllowed) {}
