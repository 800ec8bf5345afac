package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The travel documents the exit-entry administration issues to mainland residents. */
public enum DocumentType {
  /** Ordinary passport (普通护照). */
  PASSPORT,
  /** Exit-entry permit for travelling to and from Hong Kong and Macao (往来港澳通行证). */
  HK_MACAO_PERMIT,
  /** Exit-entry permit for travelling to and from Taiwan (往来台湾通行证). */
  TAIWAN_PERMIT,
  /** A document type this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN;

  /**
   * Whether endorsements (签注) are issued on this document: the two permits, not a passport.
   *
   * @return true for the travel permits, which carry endorsements; false for a passport
   */
  public boolean takesEndorsements() {
    return this == HK_MACAO_PERMIT || this == TAIWAN_PERMIT;
  }
}
