/**
 * Transport-independent resilience building blocks: retry policy with full-jitter back-off, {@code
 * Retry-After} parsing, a retry budget, deadlines, per-department circuit breakers, rate-limit
 * header handling, request coalescing and an HTTP response cache.
 *
 * <p>Nothing here knows about HTTP client types; the transport adapts its requests and responses
 * (headers are passed as a {@code Function<String, String>} name-to-value lookup, for example
 * OkHttp's {@code response::header}). Every time-based class takes an injected {@link
 * java.time.Clock} or a nanosecond {@link java.util.function.LongSupplier}, and random jitter takes
 * an injected {@link java.util.random.RandomGenerator}, so behaviour is deterministic under test.
 * All classes are thread-safe and hold no static mutable state.
 */
package io.cityservices.core.resilience;
