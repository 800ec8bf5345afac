/**
 * Micrometer observations of the SDK: {@link io.cityservices.micrometer.ObservationInterceptor}
 * (one observation per attempt, {@code cityservices.attempt}) and {@link
 * io.cityservices.micrometer.ObservationCircuitBreakerListener} (one per breaker transition, {@code
 * cityservices.circuit.transition}). Tags are low-cardinality and never carry personal data or
 * path values.
 */
package io.cityservices.micrometer;
