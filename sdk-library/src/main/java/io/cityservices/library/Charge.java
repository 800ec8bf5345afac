package io.cityservices.library;

import io.cityservices.core.model.Money;
import java.time.OffsetDateTime;

/**
 * A fine or fee on the reader's account.
 *
 * @param id the platform's id of the charge
 * @param type what it is for
 * @param status whether it is still owed
 * @param amount how much
 * @param loanId the loan it arose from, or null
 * @param chargedAt when it was charged
 * @param paymentId the payment that paid it, or null
 */
public record Charge(
    String id,
    ChargeType type,
    ChargeStatus status,
    Money amount,
    String loanId,
    OffsetDateTime chargedAt,
    String paymentId) {

  /**
   * Whether the charge can be paid now.
   *
   * @return true while it is {@link ChargeStatus#OUTSTANDING}
   */
  public boolean isPayable() {
    return status == ChargeStatus.OUTSTANDING;
  }
}
