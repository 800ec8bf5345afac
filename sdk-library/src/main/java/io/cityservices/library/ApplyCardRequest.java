package io.cityservices.library;

import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * An application for a reader card: against a deposit, or credit-based without one where the city
 * allows it. The platform decides whether the citizen is eligible for a credit-based card; the SDK
 * sends the citizen's consent to the credit check, signed like a payment.
 *
 * @param type how the card is to be issued
 * @param homeLibraryId the branch to issue it
 * @param deposit the deposit the citizen pays (for {@link CardType#DEPOSIT}), null otherwise
 * @param creditCheckConsent the citizen agreed to the credit check (must be true for {@link CardType#CREDIT})
 */
public record ApplyCardRequest(
    @NotNull CardType type, @NotBlank String homeLibraryId, @Nullable Money deposit, boolean creditCheckConsent) {

  /**
   * A deposit card issued by {@code homeLibraryId}; {@code deposit} is what the city asks.
   *
   * @param homeLibraryId the branch to issue the card, as in {@link Library#id()}
   * @param deposit the deposit the city asks for a card, in CNY
   * @return the application, with no credit-check consent
   */
  public static ApplyCardRequest withDeposit(String homeLibraryId, Money deposit) {
    return new ApplyCardRequest(CardType.DEPOSIT, homeLibraryId, deposit, false);
  }

  /**
   * A credit-based card issued by {@code homeLibraryId}; the citizen consented to the credit check.
   *
   * @param homeLibraryId the branch to issue the card, as in {@link Library#id()}
   * @return the application, with the citizen's consent to the credit check
   */
  public static ApplyCardRequest creditBased(String homeLibraryId) {
    return new ApplyCardRequest(CardType.CREDIT, homeLibraryId, null, true);
  }
}
