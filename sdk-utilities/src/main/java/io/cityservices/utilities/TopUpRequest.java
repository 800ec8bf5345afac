package io.cityservices.utilities;

import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Tops up the balance of a prepaid account.
 *
 * @param accountId the bound prepaid account
 * @param amount how much to add; must be greater than zero
 */
public record TopUpRequest(@NotBlank String accountId, @NotNull Money amount) {

  /**
   * Tops up {@code accountId} by {@code amount}.
   *
   * @param accountId the bound prepaid account's id, from {@link UtilityAccount#id()}
   * @param amount how much to add; must be greater than zero (checked when the request is sent)
   * @return the request
   */
  public static TopUpRequest of(String accountId, Money amount) {
    return new TopUpRequest(accountId, amount);
  }
}
