package io.cityservices.library.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.model.Money;
import io.cityservices.library.ApplyCardRequest;
import io.cityservices.library.CardType;
import io.cityservices.library.Charge;
import io.cityservices.library.Isbn;
import io.cityservices.library.PayChargesRequest;
import io.cityservices.library.PlaceHoldRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The library rules the annotations cannot express. Each returns the broken rules, naming fields by
 * their Java names; the request builder hands them to {@code ApiRequest.Builder.violations}, and core
 * reports them with every other broken field in one {@code ValidationException}, before anything is
 * sent.
 */
final class LibraryRules {

  private LibraryRules() {}

  /** The ISBN in its bare form; null when none was given or it is not a valid ISBN-10 or ISBN-13. */
  static String bareIsbnOrNull(String isbn) {
    if (isbn == null) {
      return null;
    }
    try {
      return Isbn.of(isbn).value();
    } catch (IllegalArgumentException invalid) {
      return null;
    }
  }

  /** The rules of a {@link PayChargesRequest} beyond its annotations; empty when it can be sent. */
  static List<FieldViolation> payCharges(PayChargesRequest r) {
    List<FieldViolation> violations = new ArrayList<>();
    if (r.amount() != null && !r.amount().isPositive()) {
      violations.add(new FieldViolation("amount", "must be greater than zero"));
    }
    if (r.charges() == null || r.charges().isEmpty()) {
      return violations;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < r.charges().size(); i++) {
      Charge charge = r.charges().get(i);
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
    if (r.amount() != null && violations.isEmpty()) {
      if (r.charges().stream().anyMatch(c -> !c.amount().currency().equals(r.amount().currency()))) {
        violations.add(new FieldViolation("amount", "must be in the currency of every charge"));
      } else {
        Money total = Money.sum(r.amount().currency(), r.charges().stream().map(Charge::amount).toList());
        if (!r.amount().equals(total)) {
          violations.add(new FieldViolation("amount", "must equal the total of the charges, " + total));
        }
      }
    }
    return violations;
  }

  /** The rules of a {@link ApplyCardRequest} beyond its annotations; empty when it can be sent. */
  static List<FieldViolation> applyCard(ApplyCardRequest r) {
    List<FieldViolation> violations = new ArrayList<>();
    if (r.type() == CardType.UNKNOWN) {
      violations.add(new FieldViolation("type", "must be DEPOSIT or CREDIT"));
    }
    if (r.type() == CardType.DEPOSIT && (r.deposit() == null || !r.deposit().isPositive())) {
      violations.add(new FieldViolation("deposit", "must be a positive amount for a deposit card"));
    }
    if (r.type() == CardType.CREDIT && r.deposit() != null) {
      violations.add(new FieldViolation("deposit", "must be absent for a credit-based card"));
    }
    if (r.type() == CardType.CREDIT && !r.creditCheckConsent()) {
      violations.add(new FieldViolation("creditCheckConsent", "must be given for a credit-based card"));
    }
    return violations;
  }

  /** The rules of a {@link PlaceHoldRequest} beyond its annotations; empty when it can be sent. */
  static List<FieldViolation> placeHold(PlaceHoldRequest r) {
    List<FieldViolation> violations = new ArrayList<>();
    boolean record = r.recordId() != null && !r.recordId().isBlank();
    boolean item = r.itemId() != null && !r.itemId().isBlank();
    if (record == item) {
      violations.add(new FieldViolation(record ? "itemId" : "recordId",
          "exactly one of recordId and itemId must be given"));
    }
    return violations;
  }
}
