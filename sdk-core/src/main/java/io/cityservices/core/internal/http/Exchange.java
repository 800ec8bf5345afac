package io.cityservices.core.internal.http;

import io.cityservices.core.auth.AccessToken;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt as it travels inward through the stages: the call, the attempt number, the request
 * being shaped (null until the attempt stage creates it), the app token it is authenticated with
 * (null until authentication) and whether the call already used its one recovery retry. Stages
 * pass information inward by deriving a new exchange and outward only by their results.
 */
public record Exchange(
    CallContext call,
    int attempt,
    @Nullable OutgoingRequest request,
    @Nullable AccessToken token,
    boolean recovered) {

  /** The attempt's request; the attempt stage sets it before any stage inside it runs. */
  @Override
  public OutgoingRequest request() {
    return Objects.requireNonNull(request, "no request before the attempt stage");
  }

  static Exchange first(CallContext call) {
    return new Exchange(call, 1, null, null, false);
  }

  /** The next attempt; {@code recovering} when it is the call's one immediate recovery retry. */
  Exchange next(boolean recovering) {
    return new Exchange(call, attempt + 1, null, null, recovered || recovering);
  }

  Exchange withRequest(OutgoingRequest r) {
    return new Exchange(call, attempt, r, token, recovered);
  }

  Exchange withToken(AccessToken t) {
    return new Exchange(call, attempt, request, t, recovered);
  }
}
