package io.cityservices.testkit;

import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.privacy.Redactor;
import io.cityservices.core.signing.GeneratedKeyPair;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import java.util.Objects;

/**
 * An app registered with the sandbox: the credentials the token endpoint accepts and the key pair it
 * uses for {@code private_key_jwt} client authentication and for {@code sig2} non-repudiation
 * signatures.
 *
 * @param clientId the OAuth client id
 * @param clientSecret the client secret for HTTP Basic client authentication (masked in {@link #toString()})
 * @param keyPair the app's registered key pair (Ed25519 by default); its key id is {@link #keyId()}
 */
public record SandboxApp(String clientId, String clientSecret, GeneratedKeyPair keyPair) {
  /**
   * Checks that every component is present.
   *
   * @param clientId the OAuth client id
   * @param clientSecret the client secret
   * @param keyPair the app's registered key pair
   * @throws NullPointerException if a component is null
   */
  public SandboxApp {
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(keyPair, "keyPair");
  }

  /**
   * The id of the app's registered key: the {@code kid} of its JWTs and the keyid of its {@code sig2}.
   *
   * @return the key id, e.g. {@code sandbox-app-key-1}
   */
  public String keyId() {
    return keyPair.keyId();
  }

  /**
   * The app's private key for the signing library.
   *
   * @return the private signing key
   */
  public SigningKey signingKey() {
    return keyPair.signingKey();
  }

  /**
   * The app's public key as the platform holds it.
   *
   * @return the public key
   */
  public VerificationKey verificationKey() {
    return keyPair.verificationKey();
  }

  /**
   * SDK credentials for this app: {@code private_key_jwt} authentication and payment signatures
   * with its registered key.
   *
   * @return credentials for {@code CityServices.builder().credentials(...)}
   */
  public AppCredentials credentials() {
    return AppCredentials.privateKey(clientId, signingKey());
  }

  /**
   * SDK credentials using the client secret (HTTP Basic) plus the key for payment signatures.
   *
   * @return credentials for {@code CityServices.builder().credentials(...)}
   */
  public AppCredentials basicCredentials() {
    return AppCredentials.clientSecret(clientId, clientSecret).withSigningKey(signingKey());
  }

  /**
   * The private key as PKCS#8 PEM, e.g. for configuring an SDK client from a file.
   *
   * @return the PEM text, with its BEGIN/END lines
   */
  public String privateKeyPem() {
    return keyPair.privateKeyPem();
  }

  /**
   * The public key as SubjectPublicKeyInfo PEM.
   *
   * @return the PEM text, with its BEGIN/END lines
   */
  public String publicKeyPem() {
    return keyPair.publicKeyPem();
  }

  @Override
  public String toString() {
    return "SandboxApp[clientId=" + clientId + ", clientSecret=" + Redactor.maskSecret(clientSecret)
        + ", keyId=" + keyId() + ", algorithm=" + keyPair.algorithm().identifier() + "]";
  }
}
