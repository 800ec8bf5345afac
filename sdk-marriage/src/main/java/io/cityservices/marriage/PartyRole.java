package io.cityservices.marriage;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Which party of a booking a citizen is. */
public enum PartyRole {
  /** The party who booked. */
  INITIATOR,
  /** The party named by the initiator, who consents or declines. */
  PARTNER,
  /** A role this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
