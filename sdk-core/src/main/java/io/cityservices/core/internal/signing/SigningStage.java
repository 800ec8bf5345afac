package io.cityservices.core.internal.signing;

import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.error.AuthenticationException;
import io.cityservices.core.internal.http.CallContext;
import io.cityservices.core.internal.http.Chain;
import io.cityservices.core.internal.http.Exchange;
import io.cityservices.core.internal.http.IncomingResponse;
import io.cityservices.core.internal.http.OutgoingRequest;
import io.cityservices.core.internal.http.Stage;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import io.cityservices.core.signing.SigningKey;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Signs every attempt (RFC 9421), in two tiers. Tier one, on every request: {@code sig1},
 * {@code hmac-sha256} under the session key issued with the app's token, over the method, the
 * target URI and the RFC 9530 content digest (about a microsecond). Tier two, only on operations
 * that move money or give consent: {@code sig2} with the app's private key over the same
 * components, for non-repudiation (hundreds of microseconds, so never on routine calls). Runs after
 * every stage that sets headers, so it signs what they set.
 */
public final class SigningStage implements Stage {

  private static final String[] WITHOUT_BODY = {"@method", "@target-uri"};
  private static final String[] WITH_BODY = {"@method", "@target-uri", "content-digest"};

  private final Clock clock;
  private final @Nullable MessageSigner appSignerWithBody;
  private final @Nullable MessageSigner appSignerWithoutBody;
  private volatile @Nullable SessionSigners session;

  public SigningStage(AppCredentials credentials, Clock clock) {
    this.clock = clock;
    SigningKey appKey = credentials.appKey();
    this.appSignerWithBody = appKey == null ? null : signer(appKey, "sig2", WITH_BODY);
    this.appSignerWithoutBody = appKey == null ? null : signer(appKey, "sig2", WITHOUT_BODY);
  }

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    sign(exchange.call(), exchange.request(), exchange.token());
    return next.proceed(exchange);
  }

  private void sign(CallContext call, OutgoingRequest request, @Nullable AccessToken token) {
    if (token == null || token.signingKeyId() == null) {
      return;
    }
    byte[] body = request.body();
    boolean hasBody = body != null;
    if (body != null) {
      request.header("content-digest", ContentDigest.sha256(body));
    }
    SessionSigners signers = sessionSigners(token);
    apply(request, hasBody ? signers.withBody() : signers.withoutBody());
    if (call.operation().movesMoney()) {
      MessageSigner appSigner = hasBody ? appSignerWithBody : appSignerWithoutBody;
      if (appSigner == null) {
        throw new AuthenticationException(
            call.operation().name()
                + " moves money and must be signed with the app's private key: configure"
                + " AppCredentials with a signing key",
            0,
            "app_key_required",
            call.requestId(),
            null,
            null);
      }
      apply(request, appSigner);
    }
  }

  private static void apply(OutgoingRequest request, MessageSigner signer) {
    SignatureHeaders h =
        signer.sign(SignatureComponents.forRequest(request.method(), request.url(), request::header));
    request.header("signature-input", h.signatureInput());
    request.header("signature", h.signature());
  }

  /** The session key changes only when the token does: build its signers once per token. */
  private SessionSigners sessionSigners(AccessToken token) {
    SessionSigners s = session;
    if (s == null || !s.token().equals(token)) {
      SigningKey key = SigningKey.hmac(sessionKeyId(token), sessionKey(token));
      s = new SessionSigners(token, signer(key, "sig1", WITH_BODY), signer(key, "sig1", WITHOUT_BODY));
      session = s;
    }
    return s;
  }

  /** The session key's id; only asked of tokens that have one (the stages skip the others). */
  static String sessionKeyId(AccessToken token) {
    return Objects.requireNonNull(token.signingKeyId(), "signingKeyId");
  }

  /** The session key; the token endpoint refuses a token with a key id but no key. */
  static byte[] sessionKey(AccessToken token) {
    return Objects.requireNonNull(token.signingKey(), "signingKey");
  }

  private MessageSigner signer(SigningKey key, String label, String[] components) {
    return MessageSigner.builder(key).label(label).components(components).clock(clock).build();
  }

  private record SessionSigners(
      AccessToken token, MessageSigner withBody, MessageSigner withoutBody) {}
}
