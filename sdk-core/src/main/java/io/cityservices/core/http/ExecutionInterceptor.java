package io.cityservices.core.http;

import java.util.function.BiConsumer;

/**
 * A hook into every attempt of every call, for cross-cutting concerns of the application: tracing
 * headers, metrics, audit. Registered on the {@code CityServices} builder; called in registration
 * order on the thread running the attempt. Implementations must be thread-safe and fast, and must
 * not throw (an exception thrown here fails the call).
 */
public interface ExecutionInterceptor {

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
  default void afterAttempt(AttemptInfo attempt, int status, RuntimeException failure) {}

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
