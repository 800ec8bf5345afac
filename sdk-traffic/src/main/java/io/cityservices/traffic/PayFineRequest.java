package io.cityservices.traffic;

import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Pays a violation's fine. The platform charges only if {@code expectedAmount} equals the amount due
 * now (fine plus late fee); otherwise it answers 409 {@code amount_mismatch} and charges nothing, so a
 * citizen is never charged an amount they were not shown.
 *
 * @param violationId the violation to pay
 * @param expectedAmount the amount the citizen agreed to pay, usually {@link Violation#amountDue()}
 */
public record PayFineRequest(@NotBlank String violationId, @NotNull Money expectedAmount) {

  /**
   * Pays {@code violation}'s current amount due.
   *
   * @param violation the violation as read from the platform; its id and {@link
   *     Violation#amountDue()} are taken
   * @return the request paying exactly that amount due
   * @throws NullPointerException if {@code violation} is null or has no fine
   */
  public static PayFineRequest of(Violation violation) {
    return new PayFineRequest(violation.id(), violation.amountDue());
  }
}
