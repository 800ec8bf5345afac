package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** How a patient (就诊人) is related to the citizen who manages them. */
public enum Relationship {
  /** The citizen themself. */
  SELF,
  /** 配偶. */
  SPOUSE,
  /** 子女. */
  CHILD,
  /** 父母. */
  PARENT,
  /** Another relative or person in the citizen's care. */
  OTHER,
  /** A relationship this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
