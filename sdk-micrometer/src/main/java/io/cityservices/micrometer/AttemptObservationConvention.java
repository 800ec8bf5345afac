package io.cityservices.micrometer;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags attempt observations. Implement it to rename or add tags; every tag must stay low
 * in cardinality and free of personal data (never a path value, an id, a plate or a token).
 */
public interface AttemptObservationConvention extends ObservationConvention<AttemptContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof AttemptContext;
  }

  @Override
  default KeyValues getHighCardinalityKeyValues(AttemptContext context) {
    return KeyValues.empty();
  }
}
