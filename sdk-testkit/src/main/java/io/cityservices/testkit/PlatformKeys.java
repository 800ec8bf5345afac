package io.cityservices.testkit;

import io.cityservices.core.signing.GeneratedKeyPair;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.signing.VerificationKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The platform's own RSA-PSS keys: it signs payment results and webhooks with the newest, and publishes
 * all of them at {@code GET /v1/keys} so that signatures made before a rotation still verify.
 */
public final class PlatformKeys {
  private final CopyOnWriteArrayList<GeneratedKeyPair> keys = new CopyOnWriteArrayList<>();
  private final Clock clock;

  PlatformKeys(Clock clock) {
    this.clock = clock;
    rotate();
  }

  /**
   * Adds a new key and signs with it from now on; older keys stay published.
   *
   * @return the new key's id
   */
  public synchronized String rotate() {
    String keyId = "platform-" + (keys.size() + 1);
    keys.add(KeyPairs.generate(keyId, SignatureAlgorithm.RSA_PSS_SHA512));
    return keyId;
  }

  /**
   * The id of the key the platform signs with now.
   *
   * @return the key id, e.g. {@code platform-2} after one rotation
   */
  public String currentKeyId() {
    return current().keyId();
  }

  /**
   * The public keys, oldest first.
   *
   * @return every key published at {@code GET /v1/keys}
   */
  public List<VerificationKey> publicKeys() {
    return keys.stream().map(GeneratedKeyPair::verificationKey).toList();
  }

  /**
   * The public keys as a JWKS document, as served at {@code GET /v1/keys}.
   *
   * @return the JSON text of the key set
   */
  public String jwks() {
    return Jwks.toJson(publicKeys());
  }

  /**
   * Finds a published key by id, for checking the platform's signatures.
   *
   * @return a resolver over the keys published now; later rotations are not seen
   */
  public Function<String, Optional<VerificationKey>> resolver() {
    Map<String, VerificationKey> byId =
        publicKeys().stream().collect(Collectors.toMap(VerificationKey::keyId, k -> k));
    return Jwks.resolver(byId);
  }

  /** A signer with the current key for {@code label} over {@code components}. */
  MessageSigner signer(String label, String... components) {
    return signerBuilder(label, components).build();
  }

  /** A signer's builder with the current key, for signatures that add parameters. */
  MessageSigner.Builder signerBuilder(String label, String... components) {
    return MessageSigner.builder(current().signingKey()).label(label).components(components).clock(clock);
  }

  private GeneratedKeyPair current() {
    return keys.get(keys.size() - 1);
  }
}
