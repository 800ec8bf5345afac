/**
 * Resilience settings users configure: the {@link io.cityservices.core.resilience.RetryPolicy},
 * the per-department {@link io.cityservices.core.resilience.CircuitBreakerConfig} with its {@link
 * io.cityservices.core.resilience.CircuitBreakerListener} and {@link
 * io.cityservices.core.resilience.CircuitBreakerState}, and the {@link
 * io.cityservices.core.resilience.RateLimitMode}.
 *
 * <p>The machinery that applies them (breakers, retry budget, deadlines, rate-limit and {@code
 * Retry-After} parsing, request coalescing, the response cache) is implementation and lives in
 * {@code io.cityservices.core.internal.resilience}.
 */
@NullMarked
package io.cityservices.core.resilience;

import org.jspecify.annotations.NullMarked;
