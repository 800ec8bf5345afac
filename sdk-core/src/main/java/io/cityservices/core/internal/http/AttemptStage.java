package io.cityservices.core.internal.http;

import io.cityservices.core.http.ExecutionInterceptor;
import java.util.concurrent.CompletableFuture;

/**
 * Starts each attempt: creates its request with the headers every attempt carries (the caller's,
 * the interceptors', then the protocol's, which win) and runs the interceptors' {@code
 * beforeAttempt} and {@code afterAttempt} as one try/finally around everything the attempt does,
 * so an observer's span closes however the attempt ends (admission, auth, catalog, signing).
 */
final class AttemptStage implements Stage {

  private final String userAgent;
  private final Interceptors interceptors;
  private final CallLogger log;

  AttemptStage(String userAgent, Interceptors interceptors, CallLogger log) {
    this.userAgent = userAgent;
    this.interceptors = interceptors;
    this.log = log;
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    CallContext call = exchange.call();
    ExecutionInterceptor.AttemptInfo info = call.attemptInfo(exchange.attempt());
    OutgoingRequest request =
        new OutgoingRequest(call.operation().method(), call.url(), call.body(), call.contentType());
    CompletableFuture<IncomingResponse> attempt;
    try {
      call.options().headers().forEach(request::header);
      interceptors.beforeAttempt(info, request::header);
      request.header("x-request-id", call.requestId());
      request.header("user-agent", userAgent);
      request.header("accept", "application/json, application/problem+json");
      if (call.idempotencyKey() != null) {
        // A structured-field string (draft-ietf-httpapi-idempotency-key-header).
        request.header("idempotency-key", "\"" + call.idempotencyKey() + "\"");
      }
      attempt = next.proceed(exchange.withRequest(request));
    } catch (RuntimeException e) {
      attempt = CompletableFuture.failedFuture(e);
    }
    return attempt.whenComplete((response, t) -> after(exchange, info, response, t));
  }

  private void after(
      Exchange exchange,
      ExecutionInterceptor.AttemptInfo info,
      IncomingResponse response,
      Throwable t) {
    AttemptFailure failure = t == null ? null : AttemptFailure.of(t, exchange.call());
    int status = failure == null ? response.status() : failure.status();
    if (failure != null) {
      log.failed(exchange, status, failure.failure());
    }
    interceptors.afterAttempt(info, status, failure == null ? null : failure.failure());
  }
}
