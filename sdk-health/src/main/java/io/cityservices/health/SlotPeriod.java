package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The part of the day a slot belongs to. */
public enum SlotPeriod {
  /** 上午. */
  MORNING,
  /** 下午. */
  AFTERNOON,
  /** 夜间门诊. */
  EVENING,
  /** A period this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
