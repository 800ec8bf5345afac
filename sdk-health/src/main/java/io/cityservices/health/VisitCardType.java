package io.cityservices.health;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** The kind of card a patient presents at a hospital. */
public enum VisitCardType {
  /** A hospital's own patient card (就诊卡), valid at that hospital only. */
  HOSPITAL_CARD,
  /** The national electronic health card (电子健康卡). */
  E_HEALTH_CARD,
  /** The medical insurance card or code (医保卡/医保码). */
  MEDICAL_INSURANCE,
  /** A card type this SDK version does not know. */
  @JsonEnumDefaultValue
  UNKNOWN
}
