package io.cityservices.core.validation;

import io.cityservices.core.error.FieldViolation;
import io.cityservices.core.error.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks request objects against their Jakarta Validation constraints before anything is sent. Built
 * once and shared: it is immutable and thread-safe. It uses Hibernate Validator with parameter-only
 * message interpolation, so no Expression Language implementation is needed, and English messages
 * whatever the default locale, so errors read the same on every machine.
 */
public final class RequestValidator {

  private static final Comparator<FieldViolation> BY_FIELD =
      Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message);

  private final Validator validator;

  /** Bootstraps Hibernate Validator (a few milliseconds: make one and reuse it). */
  public RequestValidator() {
    this.validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .defaultLocale(Locale.ROOT)
            .buildValidatorFactory()
            .getValidator();
  }

  /**
   * Checks {@code request} and every constraint on it (nested objects are checked where marked
   * {@code @Valid}).
   *
   * @throws ValidationException listing every violation, sorted by field path, when the request is
   *     invalid; or naming the field {@code request} when it is null
   */
  public void validate(Object request) {
    if (request == null) {
      throw ValidationException.of("request", "must not be null");
    }
    Set<ConstraintViolation<Object>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      List<FieldViolation> fields =
          violations.stream()
              .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessage()))
              .sorted(BY_FIELD)
              .toList();
      throw ValidationException.clientSide(fields);
    }
  }
}
