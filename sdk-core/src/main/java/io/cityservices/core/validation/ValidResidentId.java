package io.cityservices.core.validation;

import io.cityservices.core.model.ResidentIdNumber;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The annotated String must be a valid resident identity number (GB 11643) as checked by {@link ResidentIdNumber#of(String)}; the violation message names the
 * broken rule, never the value. {@code null} is valid: combine with {@code @NotNull} when required.
 */
@Documented
@Constraint(validatedBy = ValidResidentId.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidResidentId {

  /**
   * The message used if the model type gives none.
   *
   * @return the violation message, naming the rule but never the value
   */
  String message() default "must be a valid resident identity number (GB 11643)";

  /**
   * Validation groups.
   *
   * @return the groups the constraint belongs to; none means the default group
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the Bean Validation API.
   *
   * @return the payload attached to the constraint, for the validation client's use
   */
  Class<? extends Payload>[] payload() default {};

  /** Checks the value with {@link ResidentIdNumber#of(String)}. */
  final class Validator extends ModelConstraintValidator<ValidResidentId> {
    /** Makes the validator; called by the validation provider. */
    public Validator() {
      super(ResidentIdNumber::of);
    }
  }
}
