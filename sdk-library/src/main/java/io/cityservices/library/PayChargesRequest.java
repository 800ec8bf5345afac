package io.cityservices.library;

import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * Pays one or several charges in one payment. It holds the charges as read from the platform, so
 * the SDK can check before sending that the amount is exactly what they total and that each is still
 * owed; the platform checks again ({@code 422 amount_mismatch}).
 *
 * @param charges the charges to pay, each once
 * @param amount the total to take; must equal the charges' total
 */
public record PayChargesRequest(@NotEmpty List<Charge> charges, @NotNull Money amount) {

  /**
   * Copies {@code charges}; a null list stays null and fails validation.
   *
   * @param charges the charges to pay, each once
   * @param amount the total to take; must equal the charges' total
   */
  public PayChargesRequest {
    charges = charges == null ? null : List.copyOf(charges);
  }

  /**
   * Pays {@code charges} for exactly what they total.
   *
   * @param charges the outstanding charges to pay, all in one currency
   * @return a request whose amount is their total
   * @throws ValidationException if the list is empty or mixes currencies
   */
  public static PayChargesRequest of(List<Charge> charges) {
    if (charges == null || charges.isEmpty()) {
      throw ValidationException.of("charges", "must not be empty");
    }
    try {
      return new PayChargesRequest(charges,
          Money.sum(charges.get(0).amount().currency(), charges.stream().map(Charge::amount).toList()));
    } catch (IllegalArgumentException mixed) {
      throw ValidationException.of("charges", "must all be in one currency");
    }
  }

  /**
   * Pays {@code charges}, stating the total the citizen agreed to; checked against the charges.
   *
   * @param charges the outstanding charges to pay
   * @param amount the total the citizen agreed to; the platform refuses it unless it equals the charges'
   *     total
   * @return the request
   */
  public static PayChargesRequest of(List<Charge> charges, Money amount) {
    return new PayChargesRequest(charges, amount);
  }

  /**
   * The ids of the charges, in order.
   *
   * @return the charges' ids, in the order given
   */
  public List<String> chargeIds() {
    return charges == null ? List.of() : charges.stream().map(Charge::id).toList();
  }
}
