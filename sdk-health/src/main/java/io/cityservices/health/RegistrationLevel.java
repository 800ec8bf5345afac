package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kind of registration (号别) a slot offers, which sets its fee. */
public enum RegistrationLevel {
  /** 普通号. */
  GENERAL,
  /** 专家号. */
  EXPERT,
  /** 特需号. */
  SPECIAL_NEEDS,
  /** A level this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
