package io.cityservices.core.internal.signing;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.internal.http.CallContext;
import io.cityservices.core.internal.http.Chain;
import io.cityservices.core.internal.http.Exchange;
import io.cityservices.core.internal.http.IncomingResponse;
import io.cityservices.core.internal.http.SessionSignatureFailure;
import io.cityservices.core.internal.http.Stage;
import io.cityservices.core.internal.signing.MessageVerifier;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.signing.SignatureErrors;
import io.cityservices.core.signing.VerificationKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Verifies every response just outside the send, so no stage sees a response (its headers, its
 * status, its body) before it verified. A successful response must carry {@code sig1}, {@code
 * hmac-sha256} under the attempt's session key, over the status, the content digest (checked
 * against the body) and the request id (which must be this call's, so a response cannot be
 * replayed to another request); a failure there is a {@link SessionSignatureFailure}, from which
 * authentication may recover with a new token. A payment result must also carry {@code sig2} by
 * the platform's published key ({@code rsa-pss-sha512}); when it fails under the known keys, the
 * key set is refetched once (as often as {@link PlatformKeys} allows) and the same response checked
 * again. Error responses are verified when signed; an unsigned one (a gateway's 502 page) still
 * becomes an exception, but never a result.
 */
public final class VerificationStage implements Stage {

  /** Failures a newer key set may cure: a rotated key, or a set that was wrong. */
  private static final Set<String> KEY_FAILURES =
      Set.of(
          SignatureErrors.KEY_UNKNOWN,
          SignatureErrors.SIGNATURE_INVALID,
          SignatureErrors.ALGORITHM_MISMATCH,
          PlatformKeys.KEY_SET_INVALID);

  private final PlatformKeys platformKeys;
  private final Clock clock;
  private final Duration tolerance;
  private final MessageVerifier platformVerifier;
  private volatile @Nullable SessionVerifier session;

  public VerificationStage(PlatformKeys platformKeys, Clock clock, Duration tolerance) {
    this.platformKeys = platformKeys;
    this.clock = clock;
    this.tolerance = tolerance;
    this.platformVerifier =
        MessageVerifier.builder(platformKeys::known)
            .label("sig2")
            .clock(clock)
            .maxAge(tolerance)
            .requiredComponents("@status", "x-request-id")
            .build();
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    return next.proceed(exchange).thenCompose(response -> verify(exchange, response));
  }

  private CompletableFuture<IncomingResponse> verify(Exchange exchange, IncomingResponse response) {
    AccessToken token = exchange.token();
    CallContext call = exchange.call();
    if (token == null || token.signingKeyId() == null) {
      return CompletableFuture.completedFuture(response);
    }
    boolean success = response.status() < 400;
    if (response.header("signature") == null && !success) {
      return CompletableFuture.completedFuture(response);
    }
    SignatureComponents message =
        SignatureComponents.forResponse(response.status(), response::header);
    try {
      verify(sessionVerifier(token), message, response);
    } catch (SignatureException e) {
      throw new SessionSignatureFailure(e);
    }
    if (!call.requestId().equals(response.header("x-request-id"))) {
      throw new SignatureException(
          "The response answers another request (request id mismatch)",
          0,
          "request_id_mismatch",
          call.requestId(),
          null,
          null);
    }
    if (!success || !call.operation().movesMoney() || response.status() == 304) {
      return CompletableFuture.completedFuture(response);
    }
    return platformKeys
        .current(call.deadline(), () -> call.deadlinePassed("the platform key set"))
        .thenCompose(keys -> verifyPlatform(call, keys, message, response));
  }

  private CompletableFuture<IncomingResponse> verifyPlatform(
      CallContext call,
      Map<String, VerificationKey> keys,
      SignatureComponents message,
      IncomingResponse response) {
    try {
      verify(platformVerifier, message, response);
      return CompletableFuture.completedFuture(response);
    } catch (SignatureException e) {
      if (!KEY_FAILURES.contains(e.code())) {
        throw e;
      }
      return platformKeys
          .refetch(keys, call.deadline(), () -> call.deadlinePassed("the platform key set"))
          .thenApply(
              refetched -> {
                if (refetched.isEmpty()) {
                  throw e;
                }
                verify(platformVerifier, message, response);
                return response;
              });
    }
  }

  private static void verify(
      MessageVerifier verifier, SignatureComponents message, IncomingResponse response) {
    if (response.body().length > 0) {
      verifier.verifyWithDigest(message, response.body());
    } else {
      verifier.verify(message);
    }
  }

  private MessageVerifier sessionVerifier(AccessToken token) {
    SessionVerifier s = session;
    if (s == null || !s.token().equals(token)) {
      VerificationKey key =
          VerificationKey.hmac(SigningStage.sessionKeyId(token), SigningStage.sessionKey(token));
      MessageVerifier verifier =
          MessageVerifier.builder(id -> id.equals(key.keyId()) ? Optional.of(key) : Optional.empty())
              .label("sig1")
              .clock(clock)
              .maxAge(tolerance)
              .requiredComponents("@status", "x-request-id")
              .build();
      s = new SessionVerifier(token, verifier);
      session = s;
    }
    return s.verifier();
  }

  private record SessionVerifier(AccessToken token, MessageVerifier verifier) {}
}
