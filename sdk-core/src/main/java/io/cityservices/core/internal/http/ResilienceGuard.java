package io.cityservices.core.internal.http;

import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.resilience.CircuitBreakers;
import io.cityservices.core.resilience.RateLimitHeaders;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RateLimitState;
import io.cityservices.core.resilience.RetryAfter;
import io.cityservices.core.resilience.RetryBudget;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The resilience rules of one {@code CityServices} instance: a circuit breaker per department, the
 * platform's advertised rate-limit quota, and retries that are safe (idempotent calls only),
 * spaced (full-jitter back-off, {@code Retry-After} honoured), bounded (attempts, the call's
 * deadline) and paid for from a shared retry budget so that an outage never becomes a storm.
 */
public final class ResilienceGuard implements CallGuard {

  private final RetryPolicy policy;
  private final RetryBudget budget;
  private final CircuitBreakers breakers;
  private final RateLimitState rateLimits;
  private final RateLimitMode rateLimitMode;
  private final Clock clock;

  public ResilienceGuard(
      RetryPolicy policy,
      RetryBudget budget,
      CircuitBreakers breakers,
      RateLimitState rateLimits,
      RateLimitMode rateLimitMode,
      Clock clock) {
    this.policy = policy;
    this.budget = budget;
    this.breakers = breakers;
    this.rateLimits = rateLimits;
    this.rateLimitMode = rateLimitMode;
    this.clock = clock;
  }

  @Override
  public Duration admit(CallContext call) {
    if (call.deadline().isExpired()) {
      throw deadlinePassed(call);
    }
    String department = call.request().department();
    Duration wait = rateLimits.delayBeforeSend(department, rateLimitMode, call.deadline());
    breakers.forDepartment(department).acquirePermission();
    return wait;
  }

  @Override
  public void onResponse(CallContext call, IncomingResponse response) {
    RateLimitHeaders.parse(response::header, clock)
        .ifPresent(h -> rateLimits.update(call.request().department(), h));
    String retryAfter = response.header("retry-after");
    call.retryAfter(retryAfter == null ? null : RetryAfter.parse(retryAfter, clock).orElse(null));
  }

  @Override
  public void onSuccess(CallContext call) {
    breakers.forDepartment(call.request().department()).onSuccess();
    budget.onSuccess();
  }

  @Override
  public void onFailure(CallContext call, int status, CityServicesException failure) {
    var breaker = breakers.forDepartment(call.request().department());
    if (isDepartmentFailure(status, failure)) {
      breaker.onFailure();
    } else if (status == 0 || status == 401 || status == 403 || status == 429) {
      // Rejected credentials, a bad signature or a rate limit say nothing about the department.
      breaker.onIgnored();
    } else {
      // Any other 4xx is the department answering: it is up.
      breaker.onSuccess();
    }
  }

  @Override
  public Duration retryDelay(CallContext call, CityServicesException failure) {
    if (call.consumeImmediateRetry()) {
      return Duration.ZERO;
    }
    if (!isRetryable(failure)
        || !RetryPolicy.isSafeToRetry(call.operation().method(), call.idempotencyKey() != null)
        || !policy.hasAttemptsLeft(call.attempt())) {
      return null;
    }
    Duration delay = policy.backoff(call.attempt(), ThreadLocalRandom.current());
    Duration retryAfter = call.retryAfter();
    if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
      delay = retryAfter;
    }
    if (delay.compareTo(call.deadline().remaining()) >= 0) {
      return null;
    }
    return budget.tryAcquireRetry() ? delay : null;
  }

  private boolean isRetryable(CityServicesException failure) {
    if (failure instanceof DepartmentUnavailableException d && d.circuitOpen()) {
      return false;
    }
    if (failure instanceof RateLimitedException && failure.status() == 0) {
      return false;
    }
    if (failure.status() == 0) {
      return failure instanceof TransportException;
    }
    return policy.isRetryableStatus(failure.status());
  }

  private static boolean isDepartmentFailure(int status, CityServicesException failure) {
    return status >= 500 || status == 408 || (status == 0 && failure instanceof TransportException);
  }

  private static ApiTimeoutException deadlinePassed(CallContext call) {
    return new ApiTimeoutException(
        "The deadline of " + call.operation().name() + " passed before it could complete",
        0,
        "deadline_exceeded",
        call.requestId(),
        null,
        null);
  }
}
