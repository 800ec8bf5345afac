package io.cityservices.testkit.health;

import io.cityservices.core.privacy.Redactor;

/**
 * A visit card.
 *
 * @param type {@code HOSPITAL_CARD}, {@code E_HEALTH_CARD} or {@code MEDICAL_INSURANCE}
 * @param number the card number (masked in {@link #toString()})
 * @param hospitalId the issuing hospital of a hospital card, else null
 */
public record VisitCardRecord(String type, String number, String hospitalId) {
  @Override
  public String toString() {
    return "VisitCardRecord[type=" + type + ", number=" + Redactor.maskIdNumber(number) + "]";
  }
}
