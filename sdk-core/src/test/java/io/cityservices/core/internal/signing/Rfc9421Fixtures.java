package io.cityservices.core.internal.signing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The keys and messages of RFC 9421 Appendix B, with RFC 8792 line wrapping undone. */
public final class Rfc9421Fixtures {

  public static final Clock CREATED_CLOCK = Clock.fixed(Instant.ofEpochSecond(1618884473L), ZoneOffset.UTC);

  /** B.1.2 test-key-rsa-pss, public half. */
  public static final String RSA_PSS_PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\n"
      + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr4tmm3r20Wd/PbqvP1s2\n"
      + "+QEtvpuRaV8Yq40gjUR8y2Rjxa6dpG2GXHbPfvMs8ct+Lh1GH45x28Rw3Ry53mm+\n"
      + "oAXjyQ86OnDkZ5N8lYbggD4O3w6M6pAvLkhk95AndTrifbIFPNU8PPMO7OyrFAHq\n"
      + "gDsznjPFmTOtCEcN2Z1FpWgchwuYLPL+Wokqltd11nqqzi+bJ9cvSKADYdUAAN5W\n"
      + "Utzdpiy6LbTgSxP7ociU4Tn0g5I6aDZJ7A8Lzo0KSyZYoA485mqcO0GVAdVw9lq4\n"
      + "aOT9v6d+nb4bnNkQVklLQ3fVAvJm+xdDOp9LCNCN48V2pnDOkFV6+U9nV5oyc6XI\n"
      + "2wIDAQAB\n"
      + "-----END PUBLIC KEY-----\n";

  /** B.1.3 test-key-ecc-p256, public half. */
  public static final String ECC_P256_PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\n"
      + "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEqIVYZVLCrPZHGHjP17CTW0/+D9Lf\n"
      + "w0EkjqF7xB4FivAxzic30tMM4GF+hR6Dxh71Z50VGGdldkkDXZCnTNnoXQ==\n"
      + "-----END PUBLIC KEY-----\n";

  /** B.1.4 test-key-ed25519. */
  public static final String ED25519_PUBLIC_PEM = "-----BEGIN PUBLIC KEY-----\n"
      + "MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=\n"
      + "-----END PUBLIC KEY-----\n";

  public static final String ED25519_PRIVATE_PEM = "-----BEGIN PRIVATE KEY-----\n"
      + "MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF\n"
      + "-----END PRIVATE KEY-----\n";

  /** B.1.5 test-shared-secret. */
  public static final byte[] SHARED_SECRET = Base64.getDecoder().decode(
      "uzvJfB4u3N0Jy4T7NZ75MDVcr8zSTInedJtkgcu46YW4XByzNJjxBdtjUkdJPBtbmHhIDi6pcl8jsasjlTMtDQ==");

  public static final String REQUEST_URL = "https://example.com/foo?param=Value&Pet=dog";
  public static final byte[] REQUEST_BODY = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
  public static final String REQUEST_DIGEST =
      "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:";

  public static final byte[] RESPONSE_BODY = "{\"message\": \"good dog\"}".getBytes(StandardCharsets.UTF_8);
  public static final String RESPONSE_DIGEST =
      "sha-512=:mEWXIS7MaLRuGgxOBdODa3xqM1XdEvxoYhvlCFJ41QJgJc4GTsPp29l5oGX69wWdXymyU0rjJuahq4l5aGgfLQ==:";

  private Rfc9421Fixtures() {}

  /** B.2 test-request headers, keyed by lowercase name; mutable so a test can add signatures. */
  public static Map<String, String> requestHeaders() {
    Map<String, String> h = new HashMap<>();
    h.put("host", "example.com");
    h.put("date", "Tue, 20 Apr 2021 02:07:55 GMT");
    h.put("content-type", "application/json");
    h.put("content-digest", REQUEST_DIGEST);
    h.put("content-length", "18");
    return h;
  }

  /** B.2 test-response headers. */
  public static Map<String, String> responseHeaders() {
    Map<String, String> h = new HashMap<>();
    h.put("date", "Tue, 20 Apr 2021 02:07:56 GMT");
    h.put("content-type", "application/json");
    h.put("content-digest", RESPONSE_DIGEST);
    h.put("content-length", "23");
    return h;
  }

  public static SignatureComponents request(Map<String, String> headers) {
    return SignatureComponents.forRequest("POST", REQUEST_URL, headers::get);
  }
}
