package io.cityservices.core.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One broken rule on one field of a request.
 *
 * @param field the property path of the field, e.g. {@code vehicle.plate} or {@code bills[0].amount}
 * @param message what is wrong with it, never containing the rejected value in clear
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldViolation(String field, String message) {
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
