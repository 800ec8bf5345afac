package io.cityservices.core.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.BadRequestException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ConflictException;
import io.cityservices.core.error.DepartmentUnavailableException;
import io.cityservices.core.error.IdempotencyException;
import io.cityservices.core.error.NotFoundException;
import io.cityservices.core.error.PermissionException;
import io.cityservices.core.error.Problem;
import io.cityservices.core.error.RateLimitedException;
import io.cityservices.core.error.ServerException;
import io.cityservices.core.error.ServiceNotOfferedException;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.error.SlotUnavailableException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.error.TransportSecurityException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.internal.resilience.RetryAfter;
import io.cityservices.core.internal.transport.SecurityFailures;
import io.cityservices.core.privacy.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns an unsuccessful response, or a failure to get one, into the exception of the matching
 * meaning. Bodies that are not problem+json (a gateway's HTML 502 page, a truncated body) still map
 * by status, with a short redacted excerpt in the message.
 */
final class ErrorMapper {

  private static final int EXCERPT_CHARS = 200;

  private final ObjectMapper mapper;
  private final Clock clock;

  ErrorMapper(ObjectMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  CityServicesException fromResponse(CallContext call, IncomingResponse response) {
    int status = response.status();
    Problem problem = parseProblem(response);
    String requestId = requestId(call, response, problem);
    String code = problem != null && problem.code() != null ? problem.code() : defaultCode(status);
    String message = message(call, status, problem, response);
    if (status == 400 || status == 422) {
      if ("idempotency_key_reused".equals(code)) {
        return new IdempotencyException(message, status, code, requestId, problem, null);
      }
      if (problem != null && !problem.errors().isEmpty()) {
        return new ValidationException(
            message, status, code, requestId, problem, problem.errors(), null);
      }
      return new BadRequestException(message, status, code, requestId, problem, null);
    }
    return switch (status) {
      case 401 -> "signature_invalid".equals(code)
          ? new SignatureException(message, status, code, requestId, problem, null)
          : new AuthenticationException(message, status, code, requestId, problem, null);
      case 403 -> new PermissionException(message, status, code, requestId, problem, null);
      case 404 -> "service_not_offered".equals(code)
          ? new ServiceNotOfferedException(message, status, code, requestId, problem, null)
          : new NotFoundException(message, status, code, requestId, problem, null);
      case 409 -> conflict(message, status, code, requestId, problem);
      case 408 -> new ApiTimeoutException(message, status, code, requestId, problem, null);
      case 429 -> new RateLimitedException(
          message, status, code, requestId, problem, retryAfter(response), null);
      case 503 -> new DepartmentUnavailableException(
          message, status, code, requestId, problem, call.request().department(), false, null);
      default -> status >= 500
          ? new ServerException(message, status, code, requestId, problem, null)
          : new BadRequestException(message, status, code, requestId, problem, null);
    };
  }

  TransportException fromIo(CallContext call, IOException e) {
    String where = call.operation().name() + " (" + call.request().department() + ")";
    if (e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new ApiTimeoutException(
          "Timed out waiting for " + where, 0, "timeout", call.requestId(), null, e);
    }
    Optional<String> security = SecurityFailures.code(e);
    if (security.isPresent()) {
      return new TransportSecurityException(
          "Could not connect securely for " + where + ": " + security.get(),
          security.get(),
          call.requestId(),
          e);
    }
    return new TransportException(
        "No usable response from " + where + ": " + e.getClass().getSimpleName(),
        0,
        "transport_error",
        call.requestId(),
        null,
        e);
  }

  TransportException malformed(CallContext call, IncomingResponse response, Exception cause) {
    return new TransportException(
        "Malformed response to "
            + call.operation().name()
            + ": "
            + excerpt(response),
        response.status(),
        "malformed_response",
        requestId(call, response, null),
        null,
        cause);
  }

  @Nullable Duration retryAfter(IncomingResponse response) {
    String value = response.header("retry-after");
    return value == null ? null : RetryAfter.parse(value, clock).orElse(null);
  }

  private @Nullable Problem parseProblem(IncomingResponse response) {
    String type = response.header("content-type");
    if (type == null || !type.contains("json") || response.body().length == 0) {
      return null;
    }
    try {
      return mapper.readValue(response.body(), Problem.class);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String requestId(
      CallContext call, IncomingResponse response, @Nullable Problem problem) {
    if (problem != null && problem.requestId() != null) {
      return problem.requestId();
    }
    String echoed = response.header("x-request-id");
    return echoed != null ? echoed : call.requestId();
  }

  private static String message(
      CallContext call, int status, @Nullable Problem problem, IncomingResponse response) {
    StringBuilder sb = new StringBuilder(call.operation().name()).append(" failed: ");
    if (problem != null) {
      // The detail is free text that may name a person in a way no pattern can recognise, so it
      // stays in problem().detail() and out of the message, which ends up in users' logs.
      sb.append(problem.title() != null ? Redactor.redactText(problem.title()) : "HTTP " + status);
    } else {
      sb.append("HTTP ").append(status);
      if (response.body().length > 0) {
        sb.append(" - ").append(excerpt(response));
      }
    }
    return sb.toString();
  }

  private static String excerpt(IncomingResponse response) {
    return Redactor.excerpt(new String(response.body(), StandardCharsets.UTF_8), EXCERPT_CHARS);
  }

  private static String defaultCode(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 401 -> "unauthenticated";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 408 -> "request_timeout";
      case 409 -> "conflict";
      case 422 -> "unprocessable";
      case 429 -> "rate_limited";
      case 502 -> "bad_gateway";
      case 503 -> "department_unavailable";
      case 504 -> "gateway_timeout";
      default -> status >= 500 ? "server_error" : "http_" + status;
    };
  }

  private static ConflictException conflict(
      String message, int status, String code, @Nullable String requestId, @Nullable Problem problem) {
    return switch (code == null ? "" : code) {
      case "idempotency_in_flight" ->
          new IdempotencyException(message, status, code, requestId, problem, null);
      // One type wherever slots are booked, so callers branch on it the same way in every module.
      case "slot_full", "slot_unavailable" ->
          new SlotUnavailableException(message, status, code, requestId, problem, null);
      default -> new ConflictException(message, status, code, requestId, problem, null);
    };
  }
}
