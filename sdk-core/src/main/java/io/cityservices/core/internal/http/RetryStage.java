package io.cityservices.core.internal.http;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.error.TransportSecurityException;
import io.cityservices.core.internal.CallRecords;
import io.cityservices.core.internal.async.Futures;
import io.cityservices.core.internal.resilience.RetryBudget;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Runs attempts until one succeeds or the call must fail. Retries are safe (idempotent calls only),
 * spaced (full-jitter back-off, {@code Retry-After} honoured), bounded (attempts, the deadline) and
 * paid for from the shared retry budget, so an outage never becomes a storm. A failure whose cause
 * a stage removed ({@link AttemptFailure#retryNow()}) is retried at once, once per call. The final
 * failure carries the attempts made and the idempotency key.
 */
final class RetryStage implements Stage {

  private final RetryPolicy policy;
  private final RetryBudget budget;
  private final Timer timer;
  private final CallLogger log;
  private final Interceptors interceptors;

  RetryStage(
      RetryPolicy policy,
      RetryBudget budget,
      Timer timer,
      CallLogger log,
      Interceptors interceptors) {
    this.policy = policy;
    this.budget = budget;
    this.timer = timer;
    this.log = log;
    this.interceptors = interceptors;
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    CompletableFuture<IncomingResponse> result = new CompletableFuture<>();
    attempt(exchange, next, result);
    return result;
  }

  private void attempt(Exchange x, Chain next, CompletableFuture<IncomingResponse> result) {
    if (x.call().isCancelled()) {
      result.cancel(false);
      return;
    }
    Futures.onComplete(
        next.proceed(x),
        result,
        (response, t) -> {
          if (t == null) {
            budget.onSuccess();
            result.complete(response);
            return;
          }
          AttemptFailure failure = AttemptFailure.of(t, x.call());
          Duration wait = x.call().isCancelled() ? null : delay(x, failure);
          if (wait == null) {
            CityServicesException e = failure.failure();
            CallRecords.record(e, x.attempt(), x.call().idempotencyKey());
            result.completeExceptionally(e);
            return;
          }
          log.retrying(x, failure.failure(), wait);
          interceptors.retry(x.call().attemptInfo(x.attempt()), wait);
          Futures.onComplete(
              timer.after(wait, x.call()),
              result,
              (v, closed) -> {
                if (closed != null) {
                  result.completeExceptionally(AttemptFailure.of(closed, x.call()).failure());
                } else {
                  attempt(x.next(failure.retryNow()), next, result);
                }
              });
        });
  }

  /** How long to wait before the next attempt, or null when the call must fail now. */
  private @Nullable Duration delay(Exchange x, AttemptFailure failure) {
    if (failure.retryNow() && !x.recovered()) {
      return Duration.ZERO;
    }
    CallContext call = x.call();
    if (!isRetryable(failure.failure())
        || !RetryPolicy.isSafeToRetry(call.operation().method(), call.idempotencyKey() != null)
        || !policy.hasAttemptsLeft(x.attempt())) {
      return null;
    }
    Duration delay = policy.backoff(x.attempt(), ThreadLocalRandom.current());
    Duration retryAfter = failure.retryAfter();
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
    if (failure instanceof TransportSecurityException) {
      // The same certificate, pin or proxy answer would come back: retrying only delays the error.
      return false;
    }
    if (failure.status() == 0) {
      return failure instanceof TransportException && !"client_closed".equals(failure.code());
    }
    return policy.isRetryableStatus(failure.status());
  }
}
