package io.cityservices.core.internal.http;

import io.cityservices.core.privacy.Redactor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport's log lines: one summary per attempt at DEBUG, bodies at TRACE, retries at DEBUG
 * and final failures at DEBUG (the caller gets the exception; logging it louder would duplicate
 * the caller's own handling). Every line carries the request id. Paths are logged as their
 * templates, because path and query parameters can be plates or identity numbers; bodies go
 * through the {@link Redactor}.
 */
final class CallLogger {

  private static final Logger LOG = LoggerFactory.getLogger("io.cityservices.http");
  private static final int BODY_CHARS = 4_000;

  void sending(Exchange exchange) {
    CallContext call = exchange.call();
    OutgoingRequest request = exchange.request();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "request_id={} attempt={} -> {} {}{} ({})",
          call.requestId(),
          exchange.attempt(),
          request.method(),
          call.operation().pathTemplate(),
          // Platform calls (token, catalog, keys) address no city: no "city=null" noise.
          call.request().city() == null ? "" : " city=" + call.request().city(),
          call.operation().name());
    }
    if (LOG.isTraceEnabled() && request.body() != null) {
      LOG.trace(
          "request_id={} request body: {}",
          call.requestId(),
          Redactor.excerpt(new String(request.body(), StandardCharsets.UTF_8), BODY_CHARS));
    }
  }

  void received(Exchange exchange, IncomingResponse response) {
    CallContext call = exchange.call();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "request_id={} attempt={} <- {} ({} bytes) {}",
          call.requestId(),
          exchange.attempt(),
          response.status(),
          response.body().length,
          call.operation().name());
    }
    if (LOG.isTraceEnabled() && response.body().length > 0) {
      LOG.trace(
          "request_id={} response body: {}",
          call.requestId(),
          Redactor.excerpt(new String(response.body(), StandardCharsets.UTF_8), BODY_CHARS));
    }
  }

  void failed(Exchange exchange, int status, RuntimeException e) {
    CallContext call = exchange.call();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "request_id={} attempt={} failed: status={} {}",
          call.requestId(),
          exchange.attempt(),
          status,
          Redactor.redactText(String.valueOf(e.getMessage())));
    }
  }

  void retrying(Exchange exchange, RuntimeException e, Duration wait) {
    CallContext call = exchange.call();
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "request_id={} retrying {} after attempt {} in {} ms ({})",
          call.requestId(),
          call.operation().name(),
          exchange.attempt(),
          wait.toMillis(),
          e.getClass().getSimpleName());
    }
  }
}
