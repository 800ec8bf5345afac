package io.cityservices.micrometer;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags call observations. Implement it to rename or add tags; every tag must stay low in
 * cardinality and free of personal data (never a path value, an id, a plate or a token).
 */
public interface CallObservationConvention extends ObservationConvention<CallContext> {

  @Override
  default boolean supportsContext(Observation.Context context) {
    return context instanceof CallContext;
  }

  @Override
  default KeyValues getHighCardinalityKeyValues(CallContext context) {
    return KeyValues.empty();
  }
}
