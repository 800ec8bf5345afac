/**
 * Micrometer observations of the SDK: {@link io.cityservices.micrometer.ObservationInterceptor}
 * (one observation per call, {@code cityservices.call}, with a child per attempt, {@code
 * cityservices.attempt}, and instant observations counting retries, rate-limit waits, cache hits
 * and coalesced reads) and {@link io.cityservices.micrometer.ObservationCircuitBreakerListener} (one
 * per breaker transition, {@code cityservices.circuit.transition}). Tags are low-cardinality and
 * never carry personal data or path values.
 */
@NullMarked
package io.cityservices.micrometer;

import org.jspecify.annotations.NullMarked;
