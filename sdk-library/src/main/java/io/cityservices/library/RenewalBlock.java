package io.cityservices.library;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Arrays;
import java.util.Locale;

/**
 * Why a loan cannot be renewed: Koha's renewal errors ({@code GET /checkouts/{id}/allows_renewal}).
 * On the wire the constant's name; as a platform error code ({@link RenewalDeniedException#code()})
 * Koha's lower-case form, {@link #code()}.
 */
public enum RenewalBlock {
  /** The loan has used every renewal allowed. Koha {@code too_many}. */
  TOO_MANY,
  /** Too early: renewal opens a few days before the due date. Koha {@code too_soon}. */
  TOO_SOON,
  /** Another reader has reserved the item. Koha {@code on_reserve}, here {@code on_hold}. */
  ON_HOLD,
  /** The loan is overdue; return it instead. Koha {@code overdue}. */
  OVERDUE,
  /** The reader's card is restricted (blocked or expired). Koha {@code restriction}, here {@code restricted}. */
  RESTRICTED,
  /** This item may not be renewed (a reference or much-requested copy). Koha {@code item_denied_renewal}. */
  ITEM_DENIED_RENEWAL,
  /** The reader owes more than the city's limit. Koha {@code auto_too_much_oweing} (OPACFineNoRenewals), here {@code fines_owed}. */
  FINES_OWED,
  /** A reason this SDK version does not know yet. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * The platform's error code for this reason, e.g. {@code too_many}.
   *
   * @return the lower-case code, as sent by the platform
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The reason a platform error code names, or {@link #UNKNOWN}.
   *
   * @param code the platform's error code, may be null
   * @return the matching reason, or {@link #UNKNOWN} for a code this SDK does not know
   */
  public static RenewalBlock fromCode(String code) {
    return Arrays.stream(values())
        .filter(b -> b != UNKNOWN && b.code().equals(code))
        .findFirst()
        .orElse(UNKNOWN);
  }
}
