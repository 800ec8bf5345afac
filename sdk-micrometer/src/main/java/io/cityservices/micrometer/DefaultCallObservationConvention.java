package io.cityservices.micrometer;

import io.micrometer.common.KeyValues;

/**
 * The default name and tags of {@value #NAME}, one observation per call however many attempts it
 * took: {@code operation}, {@code city}, {@code department}, {@code outcome}, {@code status}, {@code
 * error}. All are bounded by the SDK's own vocabulary; none comes from a request's data.
 */
public class DefaultCallObservationConvention implements CallObservationConvention {

  /** The observation (and so the timer) name. */
  public static final String NAME = "cityservices.call";

  static final DefaultCallObservationConvention INSTANCE = new DefaultCallObservationConvention();

  /** Creates the default convention; subclass it to add tags. */
  public DefaultCallObservationConvention() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public String getContextualName(CallContext context) {
    return "cityservices " + context.call().operation();
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(CallContext context) {
    RuntimeException failure = context.failure().orElse(null);
    return KeyValues.of(
        "operation", context.call().operation(),
        "city", context.city(),
        "department", context.service(),
        "outcome", Outcome.of(context.status(), failure).name(),
        "status", Integer.toString(context.status()),
        "error", ErrorTag.of(failure));
  }
}
