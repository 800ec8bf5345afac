package io.cityservices.core.internal.signing;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.internal.http.CallContext;
import io.cityservices.core.internal.http.IncomingResponse;
import io.cityservices.core.internal.http.OutgoingRequest;
import io.cityservices.core.internal.http.RequestPolicy;
import io.cityservices.core.signing.MessageVerifier;
import io.cityservices.core.signing.SignatureComponents;
import io.cityservices.core.signing.VerificationKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Verifies every response before its body reaches the caller. A successful response must carry
 * {@code sig1}, {@code hmac-sha256} under the call's session key, over the status, the content
 * digest (checked against the body) and the request id (which must be this call's, so a response
 * cannot be replayed to another request). A payment result must also carry {@code sig2} by the
 * platform's published key ({@code rsa-pss-sha512}). Error responses are verified when signed;
 * an unsigned one (a gateway's 502 page) still becomes an exception, but never a result.
 */
public final class ResponseVerificationPolicy implements RequestPolicy {

  private final PlatformKeys platformKeys;
  private final Clock clock;
  private final Duration tolerance;
  private final MessageVerifier platformVerifier;
  private volatile SessionVerifier session;

  public ResponseVerificationPolicy(PlatformKeys platformKeys, Clock clock, Duration tolerance) {
    this.platformKeys = platformKeys;
    this.clock = clock;
    this.tolerance = tolerance;
    this.platformVerifier =
        MessageVerifier.builder(platformKeys::find)
            .label("sig2")
            .clock(clock)
            .maxAge(tolerance)
            .requiredComponents("@status", "x-request-id")
            .build();
  }

  @Override
  public void onResponse(CallContext call, OutgoingRequest request, IncomingResponse response) {
    AccessToken token = call.accessToken();
    if (token == null || token.signingKeyId() == null) {
      return;
    }
    boolean success = response.status() < 400;
    if (response.header("signature") == null && !success) {
      return;
    }
    SignatureComponents message =
        SignatureComponents.forResponse(response.status(), response::header);
    verify(sessionVerifier(token), message, response);
    if (!call.requestId().equals(response.header("x-request-id"))) {
      throw new SignatureException(
          "The response answers another request (request id mismatch)",
          0,
          "request_id_mismatch",
          call.requestId(),
          null,
          null);
    }
    if (success && call.operation().movesMoney() && response.status() != 304) {
      verify(platformVerifier, message, response);
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
    if (s == null || s.token() != token) {
      VerificationKey key = VerificationKey.hmac(token.signingKeyId(), token.signingKey());
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
