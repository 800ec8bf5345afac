package io.cityservices.exitentry;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kinds of endorsement (签注) on a permit for Hong Kong and Macao, by their letter. */
public enum EndorsementType {
  /** Individual tourism (个人旅游). */
  G,
  /** Group tourism (团队旅游). */
  L,
  /** Family visit (探亲). */
  T,
  /** Business (商务). */
  S,
  /** Other purposes (其他). */
  Q,
  /** Stay (逗留). */
  D,
  /** An endorsement type this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
