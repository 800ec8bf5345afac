package io.cityservices.core.internal.overview;

import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.PermissionException;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.ServerException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.OverviewSection;
import io.cityservices.core.overview.UnavailableReason;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Turns a department's failure into its section: what the overview shows instead of failing. */
final class SectionFailures {

  private SectionFailures() {}

  static OverviewSection section(String department, CityCode city, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof ServiceNotOfferedException) {
      // The catalog was unknown or stale and the platform refused: the same fact, learnt late.
      return new OverviewSection.NotOffered(department, city);
    }
    if (cause instanceof TimeoutException) {
      return new OverviewSection.Unavailable(department, city, UnavailableReason.TIMEOUT, "timeout", null);
    }
    if (cause instanceof CityServicesException e) {
      return new OverviewSection.Unavailable(department, city, reason(e), e.code(), e.requestId());
    }
    return new OverviewSection.Unavailable(department, city, UnavailableReason.FAILED, null, null);
  }

  private static UnavailableReason reason(CityServicesException e) {
    if (e instanceof ApiTimeoutException) {
      return UnavailableReason.TIMEOUT;
    }
    if (e instanceof DepartmentUnavailableException d) {
      return d.circuitOpen() ? UnavailableReason.CIRCUIT_OPEN : UnavailableReason.DEPARTMENT_UNAVAILABLE;
    }
    if (e instanceof ServerException) {
      return UnavailableReason.DEPARTMENT_UNAVAILABLE;
    }
    if (e instanceof RateLimitedException) {
      return UnavailableReason.RATE_LIMITED;
    }
    if (e instanceof AuthenticationException || e instanceof PermissionException) {
      return UnavailableReason.NOT_PERMITTED;
    }
    if (e instanceof TransportException || e instanceof SignatureException) {
      return UnavailableReason.TRANSPORT;
    }
    return UnavailableReason.FAILED;
  }

  static Throwable unwrap(Throwable t) {
    Throwable cause = t;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
