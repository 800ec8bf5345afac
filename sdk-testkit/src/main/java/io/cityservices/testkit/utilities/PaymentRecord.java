package io.cityservices.testkit.utilities;

import java.time.Instant;
import java.util.List;

/**
 * A payment taken by the sandbox.
 *
 * @param id the payment id
 * @param city the city's code
 * @param citizenId the payer
 * @param kind {@code BILLS} or {@code TOP_UP}
 * @param status {@code SUCCEEDED} or {@code FAILED}
 * @param amountFen the total
 * @param items what was paid
 * @param createdAt when it was taken
 * @param failureCode why it failed, or null
 * @param receiptNumber its receipt's number, or null when it failed
 * @param receiptLines the receipt's lines, fixed when the payment was taken
 */
record PaymentRecord(
    String id, String city, String citizenId, String kind, String status, long amountFen,
    List<UtilitiesJson.PaymentItemJson> items, Instant createdAt, String failureCode, String receiptNumber,
    List<UtilitiesJson.ReceiptLineJson> receiptLines) {}
