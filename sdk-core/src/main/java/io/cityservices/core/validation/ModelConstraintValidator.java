package io.cityservices.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a String by handing it to a model type's factory: valid when the factory accepts it, and
 * otherwise reported with the factory's message, which names the broken rule but never the value.
 * {@code null} is valid; combine with {@code @NotNull}.
 *
 * @param <A> the constraint annotation
 */
abstract class ModelConstraintValidator<A extends Annotation> implements ConstraintValidator<A, String> {

  /** Characters that message interpolation would otherwise treat as parameters or expressions. */
  private static final Pattern TEMPLATE_META = Pattern.compile("([\\\\{}$])");

  private final Function<String, ?> factory;

  ModelConstraintValidator(Function<String, ?> factory) {
    this.factory = factory;
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    try {
      // Constructing the value is the check: its factory throws on what it does not accept.
      Object unused = factory.apply(value);
      return true;
    } catch (IllegalArgumentException e) {
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate(TEMPLATE_META.matcher(e.getMessage()).replaceAll("\\\\$1"))
          .addConstraintViolation();
      return false;
    }
  }
}
