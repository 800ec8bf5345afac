package io.cityservices.utilities;

import io.cityservices.core.model.Money;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The data of {@link UtilitiesEvents#BILL_ISSUED} and {@link UtilitiesEvents#BILL_OVERDUE}.
 *
 * @param billId the bill
 * @param accountId the bound account it belongs to
 * @param citizenId the citizen who bound the account
 * @param companyCode the issuing company
 * @param period the billing month
 * @param amountDue what is due now
 * @param dueDate the last day to pay without a late fee
 */
public record BillEvent(
    String billId,
    String accountId,
    String citizenId,
    String companyCode,
    YearMonth period,
    Money amountDue,
    LocalDate dueDate) {}
