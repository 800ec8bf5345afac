package io.cityservices.socialinsurance;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** Whether a month's contribution has been posted to the person's record: {@code NOT_POSTED -> POSTED}. */
public enum ContributionStatus {
  /** 已到账: collected and posted to the record; it counts towards the contribution years. */
  POSTED,
  /** 未到账: paid or due, but not posted yet (the tax bureau collects, the social security fund posts). */
  NOT_POSTED,
  /** A status this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
