package io.cityservices.core.model;

/** A person's sex as recorded in a resident identity number (GB 11643). */
public enum Sex {
  /** Odd 17th digit. */
  MALE,
  /** Even 17th digit. */
  FEMALE
}
