package io.cityservices.utilities;

import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The receipt (电子回单) of a successful payment. Personal data: {@link #toString()} masks the payer.
 *
 * @param receiptNumber the receipt's number
 * @param paymentId the payment it is for
 * @param amount the total paid
 * @param paidAt when the money was taken
 * @param payerName the payer's name, masked by the platform
 * @param lines what was paid, one line per bill or top-up
 */
public record PaymentReceipt(
    String receiptNumber,
    String paymentId,
    Money amount,
    OffsetDateTime paidAt,
    String payerName,
    List<ReceiptLine> lines) {

  /**
   * Copies the lines; missing ones read as empty.
   *
   * @param receiptNumber the receipt's number
   * @param paymentId the payment it is for
   * @param amount the total paid
   * @param paidAt when the money was taken
   * @param payerName the payer's name, masked by the platform
   * @param lines what was paid, one line per bill or top-up
   */
  public PaymentReceipt {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /**
   * One line of a receipt.
   *
   * @param companyName the company paid
   * @param accountNumber the account number, masked by the platform
   * @param billId the bill, or null for a top-up
   * @param period the bill's period as {@code yyyy-MM}, or null
   * @param amount the amount
   */
  public record ReceiptLine(
      String companyName, String accountNumber, @Nullable String billId, @Nullable String period, Money amount) {
    @Override
    public String toString() {
      return "ReceiptLine[companyName=" + companyName + ", accountNumber="
          + Redactor.maskAccountNumber(accountNumber) + ", billId=" + billId + ", period=" + period
          + ", amount=" + amount + "]";
    }
  }

  @Override
  public String toString() {
    return "PaymentReceipt[receiptNumber=" + receiptNumber + ", paymentId=" + paymentId
        + ", amount=" + amount + ", paidAt=" + paidAt + ", payerName=" + Redactor.maskName(payerName)
        + ", lines=" + lines + "]";
  }
}
