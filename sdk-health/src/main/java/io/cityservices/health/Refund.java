package io.cityservices.health;

import io.cityservices.core.model.Money;

/**
 * The refund of a cancelled registration's fee.
 *
 * @param status the platform's progress
 * @param amount how much is refunded
 */
public record Refund(RefundStatus status, Money amount) {}
