package io.cityservices.health;

import io.cityservices.core.privacy.Redactor;
import org.jspecify.annotations.Nullable;

/**
 * A card the patient presents at a hospital.
 *
 * @param type the kind of card
 * @param number the card number (masked in {@link #toString()})
 * @param hospitalId for a {@link VisitCardType#HOSPITAL_CARD}, the hospital that issued it; otherwise null
 */
public record VisitCard(VisitCardType type, String number, @Nullable String hospitalId) {

  /**
   * A card that is not tied to one hospital.
   *
   * @param type what kind of card it is
   * @param number the card's number as printed on it
   * @return the card
   */
  public static VisitCard of(VisitCardType type, String number) {
    return new VisitCard(type, number, null);
  }

  @Override
  public String toString() {
    return "VisitCard[type=" + type + ", number=" + Redactor.maskIdNumber(number)
        + (hospitalId == null ? "" : ", hospitalId=" + hospitalId) + "]";
  }
}
