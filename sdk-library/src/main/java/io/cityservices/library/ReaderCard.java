package io.cityservices.library;

import io.cityservices.core.model.Money;
import io.cityservices.core.privacy.Redactor;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The citizen's reader card (读者证) in the city. The card number identifies a person: masked in
 * {@link #toString()}.
 *
 * @param id the platform's id of the card
 * @param cardNumber the number printed on the card (the SIP2 patron identifier)
 * @param type deposit or credit-based
 * @param status active, expired or blocked
 * @param blockReason why it is blocked, or null
 * @param homeLibraryId the branch that issued it
 * @param deposit the deposit held, or null for a credit-based card
 * @param limits what the card allows
 * @param issuedAt when it was issued
 * @param expiresOn the last day it is valid
 */
public record ReaderCard(
    String id,
    String cardNumber,
    CardType type,
    CardStatus status,
    CardBlockReason blockReason,
    String homeLibraryId,
    Money deposit,
    CardLimits limits,
    OffsetDateTime issuedAt,
    LocalDate expiresOn) {

  /**
   * Whether the card can borrow, renew and reserve now.
   *
   * @return true when its status is {@link CardStatus#ACTIVE}
   */
  public boolean isActive() {
    return status == CardStatus.ACTIVE;
  }

  @Override
  public String toString() {
    return "ReaderCard[id=" + id
        + ", cardNumber=" + Redactor.maskAccountNumber(cardNumber)
        + ", type=" + type
        + ", status=" + status
        + ", blockReason=" + blockReason
        + ", homeLibraryId=" + homeLibraryId
        + ", deposit=" + deposit
        + ", limits=" + limits
        + ", issuedAt=" + issuedAt
        + ", expiresOn=" + expiresOn + "]";
  }
}
