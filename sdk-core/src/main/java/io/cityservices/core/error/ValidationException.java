package io.cityservices.core.error;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A request broke one or more rules. Thrown before anything is sent when the SDK's own checks fail
 * (status 0, code {@code validation_failed}); also thrown when the platform answers 400/422 with
 * field errors. {@link #violations()} names every broken field.
 */
public class ValidationException extends BadRequestException {

  /** The broken rules, their messages redacted. */
  private final List<FieldViolation> violations;

  /**
   * An exception for the platform's field errors or the SDK's own checks.
   *
   * @param message a redacted, human-readable message
   * @param status the HTTP status, or 0 when nothing was sent
   * @param code the error code, e.g. {@code validation_failed}
   * @param requestId the request id, or null when nothing was sent
   * @param problem the problem details, or null
   * @param violations the broken rules; null elements are dropped and messages redacted
   * @param cause the underlying cause, or null
   */
  public ValidationException(
      String message,
      int status,
      String code,
      @Nullable String requestId,
      @Nullable Problem problem,
      List<FieldViolation> violations,
      @Nullable Throwable cause) {
    super(message, status, code, requestId, problem, cause);
    this.violations = violations.stream().filter(Objects::nonNull).map(FieldViolation::redacted).toList();
  }

  /**
   * A client-side validation failure: nothing was sent.
   *
   * @param violations the broken rules, each naming its field by its Java name
   * @return an exception with status 0 and code {@code validation_failed}
   */
  public static ValidationException clientSide(List<FieldViolation> violations) {
    String message =
        "Invalid request: "
            + violations.stream().map(FieldViolation::toString).collect(Collectors.joining("; "));
    return new ValidationException(message, 0, "validation_failed", null, null, violations, null);
  }

  /**
   * A client-side validation failure of a single field: nothing was sent.
   *
   * @param field the Java name of the field, e.g. {@code plateNumber}
   * @param message what is wrong, e.g. {@code must not be blank}
   * @return an exception with status 0 and code {@code validation_failed}
   */
  public static ValidationException of(String field, String message) {
    return clientSide(List.of(new FieldViolation(field, message)));
  }

  /**
   * Every broken rule, by field path. The messages are redacted (the platform's may quote the
   * rejected value); {@link #problem()} keeps the platform's words as sent.
   *
   * @return the violations, unmodifiable, possibly empty for a platform error without field errors
   */
  public List<FieldViolation> violations() {
    return violations;
  }
}
