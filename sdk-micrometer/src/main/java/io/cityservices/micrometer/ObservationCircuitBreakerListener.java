package io.cityservices.micrometer;

import io.cityservices.core.resilience.CircuitBreakerState;

import io.cityservices.core.resilience.CircuitBreakerListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;

/**
 * Records every circuit breaker transition as an instant observation named {@value #NAME}, tagged
 * {@code city}, {@code department}, {@code from} and {@code to}: with a meter handler, its count per
 * {@code to} state is the number of times a department's circuit opened, half-opened or closed.
 *
 * <pre>{@code
 * builder.circuitBreakerListener(new ObservationCircuitBreakerListener(observationRegistry));
 * }</pre>
 *
 * <p>Quick and non-blocking, as a listener must be (it runs under the breaker's lock).
 */
public final class ObservationCircuitBreakerListener implements CircuitBreakerListener {

  /** The observation name of a transition. */
  public static final String NAME = "cityservices.circuit.transition";

  private final ObservationRegistry registry;

  /**
   * Records transitions in {@code registry}.
   *
   * @param registry where transitions are recorded
   * @throws NullPointerException if {@code registry} is null
   */
  public ObservationCircuitBreakerListener(ObservationRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Records one transition as an instant observation.
   *
   * @param name the breaker's department key, {@code <city>/<service>}
   * @param from the previous state
   * @param to the new state
   */
  @Override
  public void onStateChange(String name, CircuitBreakerState from, CircuitBreakerState to) {
    DepartmentKey department = DepartmentKey.parse(name);
    Observation.createNotStarted(NAME, registry)
        .contextualName("circuit " + to.name().toLowerCase(java.util.Locale.ROOT))
        .lowCardinalityKeyValue("city", department.city())
        .lowCardinalityKeyValue("department", department.service())
        .lowCardinalityKeyValue("from", from.name())
        .lowCardinalityKeyValue("to", to.name())
        .start()
        .stop();
  }
}
