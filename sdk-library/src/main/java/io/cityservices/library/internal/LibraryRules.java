package io.cityservices.library.internal;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.http.PaymentSelection;
import io.cityservices.library.ApplyCardRequest;
import io.cityservices.library.CardType;
import io.cityservices.library.Charge;
import io.cityservices.library.Isbn;
import io.cityservices.library.PayChargesRequest;
import io.cityservices.library.PlaceHoldRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The library rules the annotations cannot express. Each returns the broken rules, naming fields by
 * their Java names; the request builder hands them to {@code ApiRequest.Builder.violations}, and core
 * reports them with every other broken field in one {@code ValidationException}, before anything is
 * sent.
 */
final class LibraryRules {

  private static final PaymentSelection<Charge> CHARGES = PaymentSelection.of("charges", "charge",
          Charge::id, Charge::amount, Charge::isPayable, Charge::status)
      .describingAmounts("every charge", "the total of the charges");

  private LibraryRules() {}

  /** The ISBN in its bare form; null when none was given or it is not a valid ISBN-10 or ISBN-13. */
  static @Nullable String bareIsbnOrNull(@Nullable String isbn) {
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
    return CHARGES.check(r.amount(), r.charges());
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
