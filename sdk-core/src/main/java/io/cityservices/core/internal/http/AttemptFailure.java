package io.cityservices.core.internal.http;

import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.internal.async.Deadlines;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import org.jspecify.annotations.Nullable;

/**
 * How an attempt failed, as the stages outside it need to know: the exception for the caller, the
 * HTTP status (0 without a response), the verified response's {@code Retry-After}, and whether a
 * stage removed the failure's cause and asks for one immediate retry (a refreshed token).
 */
final class AttemptFailure extends RuntimeException {

  private final CityServicesException failure;
  private final int status;
  private final @Nullable Duration retryAfter;
  private final boolean retryNow;

  AttemptFailure(
      CityServicesException failure, int status, @Nullable Duration retryAfter, boolean retryNow) {
    super(failure.getMessage(), failure, false, false);
    this.failure = failure;
    this.status = status;
    this.retryAfter = retryAfter;
    this.retryNow = retryNow;
  }

  /** The failure a stage's future ended with, typed: anything unexpected is a transport failure. */
  static AttemptFailure of(Throwable t, CallContext call) {
    Throwable cause = Deadlines.unwrap(t);
    if (cause instanceof AttemptFailure f) {
      return f;
    }
    if (cause instanceof SessionSignatureFailure s) {
      return new AttemptFailure(s.failure(), 0, null, false);
    }
    if (cause instanceof CityServicesException e) {
      return new AttemptFailure(e, e.status(), null, false);
    }
    String why = cause instanceof CancellationException ? "was cancelled" : "failed unexpectedly";
    return new AttemptFailure(
        new TransportException(
            call.operation().name() + " " + why + ": " + cause.getClass().getSimpleName(), 0,
            "transport_error", call.requestId(), null, cause),
        0, null, false);
  }

  CityServicesException failure() {
    return failure;
  }

  int status() {
    return status;
  }

  /** The response's {@code Retry-After}, or null. */
  @Nullable Duration retryAfter() {
    return retryAfter;
  }

  boolean retryNow() {
    return retryNow;
  }
}
