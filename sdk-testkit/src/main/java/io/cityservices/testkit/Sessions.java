package io.cityservices.testkit;

import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tokens the platform has issued: app access tokens with their HMAC session keys, citizen tokens,
 * refresh tokens and authorisation codes. Expiry is judged on the sandbox clock.
 */
final class Sessions {
  static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofHours(1);
  static final Duration CITIZEN_TOKEN_LIFETIME = Duration.ofMinutes(30);
  static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration accessTokenLifetime;
  private final Map<String, AppSession> appTokens = new ConcurrentHashMap<>();
  private final Map<String, AppSession> bySigningKeyId = new ConcurrentHashMap<>();
  private final Map<String, CitizenSession> citizenTokens = new ConcurrentHashMap<>();
  private final Map<String, CitizenSession> refreshTokens = new ConcurrentHashMap<>();
  private final Map<String, AuthCode> codes = new ConcurrentHashMap<>();

  Sessions(Clock clock, Duration accessTokenLifetime) {
    this.clock = clock;
    this.accessTokenLifetime = accessTokenLifetime;
  }

  /** How long the app access tokens issued live. */
  Duration accessTokenLifetime() {
    return accessTokenLifetime;
  }

  AppSession issueApp(String clientId, String scope) {
    byte[] key = new byte[32];
    random.nextBytes(key);
    String keyId = "sk_" + token(12);
    SigningKey signingKey = SigningKey.hmac(keyId, key);
    MessageSigner responseSigner = MessageSigner.builder(signingKey)
        .label("sig1").components("@status", "content-digest", "x-request-id").clock(clock).build();
    AppSession session = new AppSession("at_" + token(24), clientId, scope, keyId,
        Base64.getUrlEncoder().withoutPadding().encodeToString(key), VerificationKey.hmac(keyId, key),
        responseSigner, clock.instant().plus(accessTokenLifetime));
    appTokens.put(session.accessToken(), session);
    bySigningKeyId.put(keyId, session);
    return session;
  }

  /** Forgets every app access token, as a platform does after a key compromise or a restart. */
  void revokeAppTokens() {
    appTokens.clear();
  }

  /** The live session of an access token. */
  Optional<AppSession> app(String accessToken) {
    return Optional.ofNullable(appTokens.get(accessToken)).filter(s -> clock.instant().isBefore(s.expiresAt()));
  }

  /** The session key with this id, for the request verifier. */
  Optional<VerificationKey> sessionKey(String keyId) {
    return Optional.ofNullable(bySigningKeyId.get(keyId)).map(AppSession::verificationKey);
  }

  String issueCode(String citizenId, String clientId, String redirectUri, String challenge, String scope) {
    String code = "ac_" + token(24);
    codes.put(code, new AuthCode(citizenId, clientId, redirectUri, challenge, scope, clock.instant().plus(CODE_LIFETIME)));
    return code;
  }

  /** Takes a code (single use). */
  Optional<AuthCode> redeemCode(String code) {
    return Optional.ofNullable(codes.remove(code)).filter(c -> clock.instant().isBefore(c.expiresAt()));
  }

  CitizenSession issueCitizen(String citizenId, String clientId, String scope) {
    Instant now = clock.instant();
    CitizenSession session = new CitizenSession("ct_" + token(24), "rt_" + token(24), citizenId, clientId, scope,
        now.plus(CITIZEN_TOKEN_LIFETIME));
    citizenTokens.put(session.accessToken(), session);
    refreshTokens.put(session.refreshToken(), session);
    return session;
  }

  /** The live citizen session of a citizen token. */
  Optional<CitizenSession> citizen(String citizenToken) {
    return Optional.ofNullable(citizenTokens.get(citizenToken)).filter(s -> clock.instant().isBefore(s.expiresAt()));
  }

  /** Takes a refresh token (they rotate: single use). */
  Optional<CitizenSession> redeemRefresh(String refreshToken) {
    return Optional.ofNullable(refreshTokens.remove(refreshToken));
  }

  private String token(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }

  /** An app's access token and the session key bound to it. */
  record AppSession(
      String accessToken, String clientId, String scope, String signingKeyId, String signingKeyBase64,
      VerificationKey verificationKey, MessageSigner responseSigner, Instant expiresAt) {}

  /** A citizen's user token, the refresh token that renews it, and the app it was granted to. */
  record CitizenSession(
      String accessToken, String refreshToken, String citizenId, String clientId, String scope, Instant expiresAt) {}

  /** An authorisation code waiting to be exchanged. */
  record AuthCode(String citizenId, String clientId, String redirectUri, String codeChallenge, String scope, Instant expiresAt) {}
}
