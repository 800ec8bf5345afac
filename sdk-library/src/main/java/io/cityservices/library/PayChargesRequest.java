package io.cityservices.library;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.model.Money;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pays one or several charges in one payment. It holds the charges as read from the platform, so
 * the SDK can check before sending that the amount is exactly what they total and that each is still
 * owed; the platform checks again ({@code 422 amount_mismatch}).
 *
 * @param charges the charges to pay, each once
 * @param amount the total to take; must equal the charges' total
 */
public record PayChargesRequest(@NotEmpty List<Charge> charges, @NotNull Money amount) {

  public PayChargesRequest {
    charges = charges == null ? null : List.copyOf(charges);
  }

  /**
   * Pays {@code charges} for exactly what they total.
   *
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

  /** Pays {@code charges}, stating the total the citizen agreed to; checked against the charges. */
  public static PayChargesRequest of(List<Charge> charges, Money amount) {
    return new PayChargesRequest(charges, amount);
  }

  /** The ids of the charges, in order. */
  public List<String> chargeIds() {
    return charges == null ? List.of() : charges.stream().map(Charge::id).toList();
  }

  /** The rules beyond the annotations; empty when the request can be sent. */
  public List<FieldViolation> violations() {
    List<FieldViolation> violations = new ArrayList<>();
    if (amount != null && !amount.isPositive()) {
      violations.add(new FieldViolation("amount", "must be greater than zero"));
    }
    if (charges == null || charges.isEmpty()) {
      return violations;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < charges.size(); i++) {
      Charge charge = charges.get(i);
      if (charge == null || charge.id() == null || charge.amount() == null) {
        violations.add(new FieldViolation("charges[" + i + "]", "must be a charge read from the platform"));
        return violations;
      }
      if (!seen.add(charge.id())) {
        violations.add(new FieldViolation("charges[" + i + "]", "is listed more than once"));
      }
      if (!charge.isPayable()) {
        violations.add(new FieldViolation("charges[" + i + "].status", "is " + charge.status() + ", which cannot be paid"));
      }
    }
    if (amount != null && violations.isEmpty()) {
      if (charges.stream().anyMatch(c -> !c.amount().currency().equals(amount.currency()))) {
        violations.add(new FieldViolation("amount", "must be in the currency of every charge"));
      } else {
        Money total = Money.sum(amount.currency(), charges.stream().map(Charge::amount).toList());
        if (!amount.equals(total)) {
          violations.add(new FieldViolation("amount", "must equal the total of the charges, " + total));
        }
      }
    }
    return violations;
  }
}
