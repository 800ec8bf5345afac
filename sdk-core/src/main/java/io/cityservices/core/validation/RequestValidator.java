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
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
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

  /** The jboss-logging category (hence java.util.logging logger) of Hibernate Validator's version banner. */
  private static final String VERSION_LOGGER = "org.hibernate.validator.internal.util.Version";

  private final Validator validator;

  /**
   * Bootstraps Hibernate Validator (a few milliseconds: make one and reuse it).
   *
   * @throws jakarta.validation.ValidationException if Hibernate Validator is missing from the classpath
   */
  public RequestValidator() {
    this.validator = quietly(RequestValidator::bootstrap);
  }

  private static Validator bootstrap() {
    return Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .defaultLocale(Locale.ROOT)
        .buildValidatorFactory()
        .getValidator();
  }

  /**
   * Runs {@code bootstrap} with Hibernate Validator's INFO version banner suppressed. Without Logback,
   * jboss-logging falls back to java.util.logging, whose default console handler would print the banner
   * to stderr in every application using the SDK. The level is only raised while bootstrapping, and only
   * if the application has not set one itself, then restored, so no logging configuration is changed.
   */
  private static Validator quietly(Supplier<Validator> bootstrap) {
    Logger banner = Logger.getLogger(VERSION_LOGGER);
    boolean unconfigured = banner.getLevel() == null;
    if (unconfigured) {
      banner.setLevel(Level.WARNING);
    }
    try {
      return bootstrap.get();
    } finally {
      if (unconfigured) {
        banner.setLevel(null);
      }
    }
  }

  /**
   * Checks {@code request} and every constraint on it (nested objects are checked where marked
   * {@code @Valid}).
   *
   * @param request the request object to check, e.g. a module's request record; may be null
   * @throws ValidationException listing every violation, sorted by field path, when the request is
   *     invalid; or naming the field {@code request} when it is null
   */
  public void validate(Object request) {
    validateAll(List.of(), request == null ? java.util.Collections.singletonList(null) : List.of(request));
  }

  /**
   * Checks every object in {@code targets} and reports their violations together with
   * {@code known} (rules already found broken, such as path identifiers and cross-field rules) in one
   * exception.
   *
   * @param known violations found before, reported first in field order with the rest
   * @param targets the objects to check; a null one is named {@code request}
   * @throws ValidationException listing every violation, sorted by field path, when there is any
   */
  public void validateAll(List<FieldViolation> known, List<?> targets) {
    List<FieldViolation> fields = new java.util.ArrayList<>(known);
    for (Object target : targets) {
      if (target == null) {
        fields.add(new FieldViolation("request", "must not be null"));
        continue;
      }
      Set<ConstraintViolation<Object>> violations = validator.validate(target);
      violations.forEach(v -> fields.add(new FieldViolation(v.getPropertyPath().toString(), v.getMessage())));
    }
    if (!fields.isEmpty()) {
      throw ValidationException.clientSide(fields.stream().distinct().sorted(BY_FIELD).toList());
    }
  }
}
