package io.cityservices.core.http;

import java.time.Duration;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * A hook into every call and every attempt, for cross-cutting concerns of the application: tracing
 * headers, metrics, audit. Registered on the {@code CityServices} builder; every hook of one
 * interceptor is called in registration order relative to the other interceptors. Implementations
 * must be thread-safe and fast, and must not block.
 *
 * <p>The hooks of one call arrive in this order:
 *
 * <ol>
 *   <li>{@link #beforeCall} once, on the caller's thread, after the request was validated;
 *   <li>for each attempt: {@link #beforeAttempt}; then, if the attempt was served or held by the
 *       SDK, one of {@link #onCacheHit} (a fresh cached response, nothing sent), {@link
 *       #onCoalesced} (it shares the response of an identical read already in flight) or {@link
 *       #onRateLimitWait} (it waits for the platform's quota to reset before it is sent); then
 *       {@link #afterAttempt}; then, if the attempt failed and will be retried, {@link #onRetry};
 *   <li>{@link #afterCall} once, when the call's outcome is known (after the response was decoded).
 * </ol>
 *
 * <p>Every {@code beforeCall} is matched by one {@code afterCall} and every {@code beforeAttempt} by
 * one {@code afterAttempt}, however the call ends. An exception thrown by {@code beforeCall}, {@code
 * beforeAttempt} or {@code afterAttempt} fails the call; one thrown by {@code afterCall} or an
 * {@code on...} notification is logged and ignored, since the call's outcome is decided by then.
 * Nothing an interceptor is given is personal, so it can be logged or used as a metric tag.
 */
public interface ExecutionInterceptor {

  /**
   * Called once when a call starts, on the caller's thread, after its request was validated (a
   * request refused by validation is not a call: nothing of it is sent).
   *
   * @param call what is being called
   */
  default void beforeCall(CallInfo call) {}

  /**
   * Called once when a call has ended, however it ended: with its decoded result, a typed
   * exception, or the caller's cancellation.
   *
   * @param call what was called
   * @param status the HTTP status of the last response, or 0 when none was received
   * @param failure the exception the caller received, or null on success
   */
  default void afterCall(CallInfo call, int status, @Nullable RuntimeException failure) {}

  /**
   * Called before an attempt is signed and sent.
   *
   * @param attempt what is being sent
   * @param headers sets an extra header on this attempt; the SDK's protocol headers cannot be
   *     overridden
   */
  default void beforeAttempt(AttemptInfo attempt, BiConsumer<String, String> headers) {}

  /**
   * Called when an attempt has ended, once for every {@link #beforeAttempt}, however the attempt
   * ended (including when it was refused before sending: authentication, catalog check, signing,
   * circuit breaker or rate limit).
   *
   * @param attempt what was sent
   * @param status the HTTP status, or 0 when no response was received
   * @param failure the exception the attempt ended in, or null on success
   */
  default void afterAttempt(AttemptInfo attempt, int status, @Nullable RuntimeException failure) {}

  /**
   * Called when a failed attempt will be retried, after its {@link #afterAttempt}.
   *
   * @param failed the attempt that failed
   * @param delay how long the call waits before the next attempt (zero for an immediate retry)
   */
  default void onRetry(AttemptInfo failed, Duration delay) {}

  /**
   * Called when an attempt waits for the platform's advertised rate-limit quota to reset before it
   * is sent (rate-limit mode {@code WAIT}).
   *
   * @param attempt the attempt that waits
   * @param wait how long it waits
   */
  default void onRateLimitWait(AttemptInfo attempt, Duration wait) {}

  /**
   * Called when an attempt is answered from the SDK's response cache while the entry is fresh, so
   * nothing is sent.
   *
   * @param attempt the attempt served from the cache
   */
  default void onCacheHit(AttemptInfo attempt) {}

  /**
   * Called when an attempt joins an identical public read already in flight and shares its
   * response instead of sending its own request.
   *
   * @param attempt the attempt that joined
   */
  default void onCoalesced(AttemptInfo attempt) {}

  /**
   * What an interceptor may know of a call: nothing personal, so it can be logged freely.
   *
   * @param operation the operation's name
   * @param department the {@code <city>/<service>} key, or the service alone for calls that
   *     address no city
   * @param requestId the call's request id, the same for every attempt
   */
  record CallInfo(String operation, String department, String requestId) {}

  /**
   * What an interceptor may know of an attempt: nothing personal, so it can be logged freely.
   *
   * @param operation the operation's name
   * @param department the {@code <city>/<service>} key
   * @param requestId the call's request id, the same for every attempt
   * @param attempt the attempt number, from 1
   */
  record AttemptInfo(String operation, String department, String requestId, int attempt) {}
}
