package io.cityservices.utilities;

import io.cityservices.core.model.Money;
import org.jspecify.annotations.Nullable;

/**
 * What one payment paid for one account: a bill, or a top-up (then {@code billId} is null).
 *
 * @param accountId the bound account
 * @param billId the bill paid, or null for a top-up
 * @param amount the amount applied
 */
public record PaymentItem(String accountId, @Nullable String billId, Money amount) {}
