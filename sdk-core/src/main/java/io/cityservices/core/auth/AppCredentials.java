package io.cityservices.core.auth;

import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.signing.SigningKey;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Who the app is to the platform: its client id, and how it proves it.
 *
 * <ul>
 *   <li>{@link #privateKey(String, SigningKey)}: the recommended form. The token request is
 *       authenticated with {@code private_key_jwt} (RFC 7523), and the same key signs payments and
 *       consents for non-repudiation. No shared secret exists that could leak.
 *   <li>{@link #clientSecret(String, String)}: HTTP Basic with a client secret (RFC 6749 section
 *       2.3.1), for simple set-ups; add a key with {@link #withSigningKey(SigningKey)} to make
 *       payments, which always need the app's signature.
 * </ul>
 *
 * <p>Immutable; {@link #toString()} shows the client id only.
 *
 * @param clientId the app's client id
 * @param clientSecret the client secret, or null
 * @param appKey the app's private key ({@code ed25519} or {@code ecdsa-p256-sha256}), or null
 */
public record AppCredentials(
    String clientId, @Nullable String clientSecret, @Nullable SigningKey appKey) {

  /**
   * Checks that the credentials can authenticate the app.
   *
   * @param clientId the app's client id; not blank
   * @param clientSecret the client secret, or null when {@code appKey} is given
   * @param appKey an asymmetric private key, or null when {@code clientSecret} is given
   * @throws NullPointerException if {@code clientId} is null
   * @throws IllegalArgumentException if {@code clientId} is blank, neither a secret nor a key is
   *     given, or the key is an HMAC key
   */
  public AppCredentials {
    Objects.requireNonNull(clientId, "clientId");
    if (clientId.isBlank()) {
      throw new IllegalArgumentException("clientId must not be blank");
    }
    if (clientSecret == null && appKey == null) {
      throw new IllegalArgumentException("either a client secret or an app key is required");
    }
    if (appKey != null && appKey.algorithm().isSymmetric()) {
      throw new IllegalArgumentException(
          "the app key must be an asymmetric key (ed25519 or ecdsa-p256-sha256)");
    }
  }

  /**
   * Credentials authenticating with {@code private_key_jwt} and signing payments with the key.
   *
   * @param clientId the app's client id; not blank
   * @param appKey the app's asymmetric private key, whose key id the platform registered; not null
   * @return credentials without a client secret
   */
  public static AppCredentials privateKey(String clientId, SigningKey appKey) {
    return new AppCredentials(clientId, null, Objects.requireNonNull(appKey, "appKey"));
  }

  /**
   * Credentials from a PKCS#8 PEM private key.
   *
   * @param clientId the app's client id; not blank
   * @param pem the PKCS#8 PEM text of the private key
   * @param keyId the key id the platform registered the app's public key under
   * @param algorithm {@link SignatureAlgorithm#ED25519} or {@link
   *     SignatureAlgorithm#ECDSA_P256_SHA256}
   * @return credentials without a client secret
   */
  public static AppCredentials privateKeyPem(
      String clientId, String keyId, SignatureAlgorithm algorithm, String pem) {
    return privateKey(clientId, SigningKey.fromPem(keyId, algorithm, pem));
  }

  /**
   * Credentials authenticating with HTTP Basic; payments need {@link #withSigningKey} too.
   *
   * @param clientId the app's client id; not blank
   * @param clientSecret the client secret issued by the platform; not null
   * @return credentials without an app key
   */
  public static AppCredentials clientSecret(String clientId, String clientSecret) {
    return new AppCredentials(clientId, Objects.requireNonNull(clientSecret, "clientSecret"), null);
  }

  /**
   * The same credentials with an app key for signing payments and consents.
   *
   * @param appKey the app's asymmetric private key, registered with the platform
   * @return new credentials with this client id and secret and {@code appKey}
   */
  public AppCredentials withSigningKey(SigningKey appKey) {
    return new AppCredentials(clientId, clientSecret, appKey);
  }

  @Override
  public String toString() {
    return "AppCredentials[clientId="
        + clientId
        + ", method="
        + (appKey != null && clientSecret == null ? "private_key_jwt" : "client_secret_basic")
        + ", appKey="
        + (appKey == null ? "none" : appKey.keyId())
        + "]";
  }
}
