package io.cityservices.core.error;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.cityservices.core.privacy.Redactor;
import java.util.Objects;

/**
 * One broken rule on one field of a request.
 *
 * @param field the property path of the field, e.g. {@code vehicle.plate} or {@code bills[0].amount}
 * @param message what is wrong with it, never containing the rejected value in clear
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldViolation(String field, String message) {

  /**
   * This violation with its message run through the {@link Redactor}: the platform's messages are
   * free text that has been seen to quote a phone number or a name.
   *
   * @return this violation if its message needed no masking, else a copy with the masked message
   */
  public FieldViolation redacted() {
    String masked = Redactor.redactText(message);
    return Objects.equals(masked, message) ? this : new FieldViolation(field, masked);
  }

  /** {@code field: message}, with the message redacted. */
  @Override
  public String toString() {
    return field + ": " + Redactor.redactText(message);
  }
}
