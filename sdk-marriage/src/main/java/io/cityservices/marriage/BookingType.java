package io.cityservices.marriage;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What a booking is for. */
public enum BookingType {
  /** Marriage registration (结婚登记): both parties book, consent and appear together. */
  MARRIAGE,
  /** Divorce registration (离婚登记) by agreement: both parties book, consent and appear together. */
  DIVORCE,
  /** Reissue of a lost or damaged marriage certificate (补领结婚证): one party may come alone. */
  CERTIFICATE_REISSUE,
  /** A type this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Whether the booking names a partner who must consent before it is confirmed.
   *
   * @return true for a marriage or a divorce, which name a partner; false for a certificate reissue
   */
  public boolean needsPartner() {
    return this == MARRIAGE || this == DIVORCE;
  }
}
