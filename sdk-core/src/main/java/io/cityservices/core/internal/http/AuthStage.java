package io.cityservices.core.internal.http;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.internal.async.Deadlines;
import io.cityservices.core.internal.auth.OAuthTokenProvider;
import io.cityservices.core.resilience.RetryPolicy;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates each attempt: the citizen's token for operations acting for one (missing or
 * expired fails before anything is sent) and the app's bearer token, awaited within the deadline.
 * It recovers once per call from a bad app token: when the platform answers {@code invalid_token},
 * or when a response fails its session signature (a corrupted session key), the token is refreshed
 * and the attempt ends asking for one immediate retry (for the signature case only for calls that
 * are safe to repeat).
 */
final class AuthStage implements Stage {

  private final @Nullable OAuthTokenProvider tokens;
  private final Clock clock;
  private final ErrorMapper errors;

  /**
   * @param tokens the app's token provider, or null when the client has no credentials (then only
   *     the citizen token, if any, is sent)
   */
  AuthStage(@Nullable OAuthTokenProvider tokens, Clock clock, ErrorMapper errors) {
    this.tokens = tokens;
    this.clock = clock;
    this.errors = errors;
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    CallContext call = exchange.call();
    if (call.operation().citizen()) {
      exchange.request().header("x-citizen-token", citizenToken(call).accessToken());
    }
    if (tokens == null) {
      return next.proceed(exchange);
    }
    return tokens
        .tokenAsync(call.deadline(), () -> call.deadlinePassed("the app token"))
        .thenCompose(
            token -> {
              exchange.request().header("authorization", "Bearer " + token.value());
              Exchange authenticated = exchange.withToken(token);
              return next.proceed(authenticated)
                  .handle(Outcome::new)
                  .thenCompose(o -> recover(authenticated, o.response(), o.failure()));
            });
  }

  private CitizenToken citizenToken(CallContext call) {
    CitizenToken citizen = call.options().citizen();
    if (citizen == null) {
      throw ValidationException.of(
          "options.citizen",
          call.operation().name() + " acts for a citizen: pass RequestOptions.forCitizen(token)");
    }
    if (citizen.isExpired(clock.instant())) {
      throw new AuthenticationException(
          "The citizen's token has expired: refresh it with CitizenAuthorization.refresh",
          0,
          "citizen_token_expired",
          call.requestId(),
          null,
          null);
    }
    return citizen;
  }

  /** How the authenticated attempt ended: a response, or the failure. */
  private record Outcome(@Nullable IncomingResponse response, @Nullable Throwable failure) {}

  private CompletableFuture<IncomingResponse> recover(
      Exchange exchange, @Nullable IncomingResponse response, @Nullable Throwable t) {
    if (t == null) {
      // A stage completing normally always carries a response.
      IncomingResponse received = Objects.requireNonNull(response, "response");
      if (!exchange.recovered() && isTokenRejected(received)) {
        return refreshThenRetry(exchange, errors.fromResponse(exchange.call(), received), 401);
      }
      return CompletableFuture.completedFuture(received);
    }
    Throwable cause = Deadlines.unwrap(t);
    if (cause instanceof SessionSignatureFailure bad) {
      CallContext call = exchange.call();
      if (!exchange.recovered()
          && RetryPolicy.isSafeToRetry(call.operation().method(), call.idempotencyKey() != null)) {
        return refreshThenRetry(exchange, bad.failure(), 0);
      }
      return CompletableFuture.failedFuture(bad.failure());
    }
    return CompletableFuture.failedFuture(cause);
  }

  private static boolean isTokenRejected(IncomingResponse response) {
    String challenge = response.header("www-authenticate");
    return response.status() == 401 && challenge != null && challenge.contains("invalid_token");
  }

  private CompletableFuture<IncomingResponse> refreshThenRetry(
      Exchange exchange, CityServicesException failure, int status) {
    CallContext call = exchange.call();
    // Only reached for an exchange authenticated with one of tokens' tokens.
    AccessToken rejected = Objects.requireNonNull(exchange.token(), "token");
    return Objects.requireNonNull(tokens, "tokens")
        .refreshAsync(rejected, call.deadline(), () -> call.deadlinePassed("a new app token"))
        .thenApply(
            fresh -> {
              throw new AttemptFailure(failure, status, null, true);
            });
  }
}
