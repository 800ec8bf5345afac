package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Where a proof-of-insurance certificate is: {@code PENDING -> READY}, or {@code PENDING -> FAILED}. */
public enum CertificateStatus {
  /** Requested; the signed PDF is being produced. */
  PENDING,
  /** The signed PDF can be downloaded. */
  READY,
  /** It could not be produced; request a new one. */
  FAILED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Whether it will change no more.
   *
   * @return true for {@link #READY} and {@link #FAILED}
   */
  public boolean isFinal() {
    return this == READY || this == FAILED;
  }
}
