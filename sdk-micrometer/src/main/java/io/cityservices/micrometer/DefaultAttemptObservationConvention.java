package io.cityservices.micrometer;

import io.micrometer.common.KeyValues;

/**
 * The default names and tags of {@value #NAME}: {@code operation}, {@code city}, {@code department},
 * {@code outcome}, {@code status}, {@code retry}, {@code error}. All are bounded by the SDK's own
 * vocabulary (operation names, the cities configured, HTTP statuses, exception classes); none comes
 * from a request's data.
 */
public class DefaultAttemptObservationConvention implements AttemptObservationConvention {

  /** The observation (and so the timer) name. */
  public static final String NAME = "cityservices.attempt";

  static final DefaultAttemptObservationConvention INSTANCE = new DefaultAttemptObservationConvention();

  /** Creates the default convention; subclass it to add tags. */
  public DefaultAttemptObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(AttemptContext context) {
    return "cityservices " + context.attempt().operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(AttemptContext context) {
    RuntimeException failure = context.failure().orElse(null);
    return KeyValues.of(
        "operation", context.attempt().operation(),
        "city", context.city(),
        "department", context.service(),
        "outcome", Outcome.of(context.status(), failure).name(),
        "status", Integer.toString(context.status()),
        "retry", Boolean.toString(context.attempt().attempt() > 1),
        "error", ErrorTag.of(failure));
  }
}
