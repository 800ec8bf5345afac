package io.cityservices.utilities;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a bill is in its life: {@code UNPAID -> OVERDUE -> PAYING -> PAID_PENDING_WRITE_OFF -> PAID};
 * a failed payment ({@code PAYMENT_FAILED}) leaves the bill due again; a payment the company could not
 * write off ({@code WRITE_OFF_FAILED}) is refunded ({@code REFUNDED}).
 */
public enum BillStatus {
  /** Issued and due. */
  UNPAID,
  /** Past its due date; a late fee may accrue. */
  OVERDUE,
  /** A payment is in progress. */
  PAYING,
  /** Paid; the company has not yet written the payment off against the account. */
  PAID_PENDING_WRITE_OFF,
  /** Paid and written off. */
  PAID,
  /** The last payment failed; the bill is due again. */
  PAYMENT_FAILED,
  /** Paid, but the company could not write it off; a refund follows. */
  WRITE_OFF_FAILED,
  /** The payment was refunded after a failed write-off. */
  REFUNDED,
  /** A status this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN;

  private static final Set<BillStatus> PAYABLE = EnumSet.of(UNPAID, OVERDUE, PAYMENT_FAILED, REFUNDED);

  /**
   * The statuses of bills that are still due: {@code UNPAID, OVERDUE, PAYMENT_FAILED, REFUNDED}.
   *
   * @return a new modifiable set of those four statuses
   */
  public static Set<BillStatus> outstanding() {
    return EnumSet.copyOf(PAYABLE);
  }

  /**
   * Whether a bill in this status can be paid now.
   *
   * @return true for {@code UNPAID}, {@code OVERDUE}, {@code PAYMENT_FAILED} and {@code REFUNDED}
   */
  public boolean isPayable() {
    return PAYABLE.contains(this);
  }
}
