package io.cityservices.core.internal.http;

import io.cityservices.core.resilience.CircuitBreakerState;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.internal.resilience.CircuitBreaker;
import io.cityservices.core.internal.resilience.CircuitBreakers;
import io.cityservices.core.internal.resilience.RateLimitHeaders;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.internal.resilience.RateLimitState;
import io.cityservices.core.internal.resilience.RetryAfter;
import io.cityservices.core.resilience.DepartmentSignal;
import io.cityservices.core.resilience.RequestQuota;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Admits an attempt past the department's circuit breaker (and, while it is closed, the signal of
 * other instances' breakers) and the platform's advertised rate-limit quota (waiting within the
 * deadline, or failing fast, per the configured mode), then
 * learns from the outcome: the verified response's rate-limit headers, the breaker's verdict, and
 * the mapping of an unsuccessful status to its typed exception.
 */
final class AdmissionStage implements Stage {

  private final CircuitBreakers breakers;
  private final RequestQuota quota;
  private final DepartmentSignal signal;
  private final RateLimitMode mode;
  private final Timer timer;
  private final ErrorMapper errors;
  private final Clock clock;
  private final Interceptors interceptors;

  AdmissionStage(
      CircuitBreakers breakers,
      RequestQuota quota,
      DepartmentSignal signal,
      RateLimitMode mode,
      Timer timer,
      ErrorMapper errors,
      Clock clock,
      Interceptors interceptors) {
    this.breakers = breakers;
    this.quota = quota;
    this.signal = signal;
    this.mode = mode;
    this.timer = timer;
    this.errors = errors;
    this.clock = clock;
    this.interceptors = interceptors;
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    CallContext call = exchange.call();
    if (call.deadline().isExpired()) {
      throw call.deadlinePassed("its turn to be sent");
    }
    String department = call.request().department();
    CircuitBreaker breaker = breakers.forDepartment(department);
    // An open breaker here runs its own half-open trials; only a closed one defers to the others.
    CompletableFuture<Boolean> openElsewhere =
        breaker.state() == CircuitBreakerState.CLOSED
            ? signal.isOpenElsewhere(department, call.deadline().remaining())
            : CompletableFuture.completedFuture(false);
    return openElsewhere
        .thenCompose(
            open -> {
              if (open) {
                throw openElsewhere(department);
              }
              return quota.acquire(department, mode, call.deadline().remaining());
            })
        .thenCompose(
            wait -> {
              if (!wait.isZero() && !wait.isNegative()) {
                interceptors.rateLimitWait(call.attemptInfo(exchange.attempt()), wait);
              }
              return timer.after(wait, call);
            })
        .thenCompose(
            admitted -> {
              breaker.acquirePermission();
              return next.proceed(exchange)
                  .handle((response, t) -> outcome(exchange, breaker, response, t));
            });
  }

  private IncomingResponse outcome(
      Exchange exchange, CircuitBreaker breaker, IncomingResponse response, Throwable t) {
    if (t != null) {
      AttemptFailure failure = AttemptFailure.of(t, exchange.call());
      record(breaker, failure.status(), failure.failure());
      throw failure;
    }
    RateLimitHeaders.parse(response::header, clock)
        .ifPresent(
            h ->
                quota.observe(
                    exchange.call().request().department(),
                    new RequestQuota.Observation(h.remaining(), h.reset(), h.limit(), h.window())));
    boolean notModified =
        response.status() == 304 && exchange.request().header("if-none-match") != null;
    if (response.isSuccessful() || notModified) {
      breaker.onSuccess();
      return response;
    }
    CityServicesException e = errors.fromResponse(exchange.call(), response);
    record(breaker, response.status(), e);
    String retryAfter = response.header("retry-after");
    throw new AttemptFailure(
        e,
        response.status(),
        retryAfter == null ? null : RetryAfter.parse(retryAfter, clock).orElse(null),
        false);
  }

  private static DepartmentUnavailableException openElsewhere(String department) {
    return new DepartmentUnavailableException(
        "Department "
            + department
            + " is unavailable: another instance's circuit breaker is open, so the call was not"
            + " sent",
        0,
        CircuitBreaker.CIRCUIT_OPEN_CODE,
        null,
        null,
        department,
        true,
        null);
  }

  private static void record(CircuitBreaker breaker, int status, CityServicesException failure) {
    if (status >= 500 || status == 408 || (status == 0 && failure instanceof TransportException)) {
      breaker.onFailure();
    } else if (status == 0 || status == 401 || status == 403 || status == 429) {
      // Rejected credentials, a bad signature or a rate limit say nothing about the department.
      breaker.onIgnored();
    } else {
      // Any other 4xx is the department answering: it is up.
      breaker.onSuccess();
    }
  }
}
