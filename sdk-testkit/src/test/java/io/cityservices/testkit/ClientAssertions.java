package io.cityservices.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

/** Builds RFC 7523 client assertions the way an SDK would, for the token-endpoint tests. */
final class ClientAssertions {
  private ClientAssertions() {}

  static String create(SandboxApp app, String audience, Instant now, String jti) {
    String alg = app.keyPair().algorithm().joseName();
    String header = "{\"alg\":\"" + alg + "\",\"kid\":\"" + app.keyId() + "\",\"typ\":\"JWT\"}";
    String claims = "{\"iss\":\"" + app.clientId() + "\",\"sub\":\"" + app.clientId() + "\",\"aud\":\"" + audience
        + "\",\"iat\":" + now.getEpochSecond() + ",\"exp\":" + now.plusSeconds(120).getEpochSecond()
        + ",\"jti\":\"" + jti + "\"}";
    String input = b64(header.getBytes(StandardCharsets.UTF_8)) + "." + b64(claims.getBytes(StandardCharsets.UTF_8));
    try {
      Signature signer = Signature.getInstance(alg.equals("EdDSA") ? "Ed25519" : "SHA256withECDSAinP1363Format");
      signer.initSign(app.keyPair().keyPair().getPrivate());
      signer.update(input.getBytes(StandardCharsets.US_ASCII));
      return input + "." + b64(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
