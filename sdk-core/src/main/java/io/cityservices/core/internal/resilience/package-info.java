/**
 * Transport-independent resilience machinery: retry budget, deadlines, per-department circuit
 * breakers, rate-limit and {@code Retry-After} header handling, request coalescing and the HTTP
 * response cache. <strong>Not API</strong>: anything here may change in any release.
 *
 * <p>Nothing here knows about HTTP client types; headers are passed as a {@code Function<String,
 * String>} name-to-value lookup. Every time-based class takes an injected {@link java.time.Clock}
 * or a nanosecond {@link java.util.function.LongSupplier}, so behaviour is deterministic under test.
 */
@NullMarked
package io.cityservices.core.internal.resilience;

import org.jspecify.annotations.NullMarked;
