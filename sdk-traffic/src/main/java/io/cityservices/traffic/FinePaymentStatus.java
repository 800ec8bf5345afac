package io.cityservices.traffic;

/** A fine payment's status: {@code PENDING -> SUCCEEDED | FAILED}. */
public enum FinePaymentStatus {
  /** Accepted, money not yet confirmed. */
  PENDING,
  /** The money was taken; the violation is PAID. */
  SUCCEEDED,
  /** Nothing was taken. */
  FAILED,
  /** A status this SDK version does not know. */
  @com.fasterxml.jackson.annotation.JsonEnumDefaultValue
  UNKNOWN
}
