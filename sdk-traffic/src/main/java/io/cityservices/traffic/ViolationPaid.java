package io.cityservices.traffic;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;

/**
 * Data of {@code traffic.violation.paid}: a violation's fine was paid.
 *
 * @param violationId the violation
 * @param paymentId the payment ({@link FinesApi#get})
 * @param citizenId the citizen who paid
 * @param amount the amount paid
 * @param paidAt when
 */
public record ViolationPaid(
    String violationId, String paymentId, String citizenId, Money amount, OffsetDateTime paidAt) {}
