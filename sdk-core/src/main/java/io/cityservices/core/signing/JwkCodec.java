package io.cityservices.core.signing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts between JWK (RFC 7517/7518/8037) members and JCA keys for the supported key types: oct,
 * OKP Ed25519, EC P-256 and RSA. Error messages name members, never their values. Stateless.
 */
final class JwkCodec {

  // ObjectReader and ObjectWriter are immutable, so sharing them is not shared mutable state.
  private static final ObjectReader READER = new ObjectMapper().reader();
  private static final ObjectWriter WRITER = new ObjectMapper().writer();

  // DER prefixes of Ed25519 SubjectPublicKeyInfo and PKCS#8 (RFC 8410), followed by the 32 raw bytes.
  private static final byte[] ED25519_SPKI_PREFIX = hex("302a300506032b6570032100");
  private static final byte[] ED25519_PKCS8_PREFIX = hex("302e020100300506032b657004220420");

  private JwkCodec() {}

  static JsonNode read(String json) {
    try {
      JsonNode node = READER.readTree(json);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("a JWK must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      // Jackson's message can quote the input, which may hold key material.
      throw new IllegalArgumentException("malformed JSON in JWK");
    }
  }

  static String keyId(JsonNode jwk) {
    return text(jwk, "kid");
  }

  /** The algorithm named by {@code alg}, or implied by the key type when that is unambiguous. */
  static SignatureAlgorithm algorithm(JsonNode jwk) {
    JsonNode alg = jwk.get("alg");
    if (alg != null && alg.isTextual()) {
      return SignatureAlgorithm.fromName(alg.asText());
    }
    String kty = text(jwk, "kty");
    return switch (kty) {
      case "oct" -> SignatureAlgorithm.HMAC_SHA256;
      case "OKP" -> SignatureAlgorithm.ED25519;
      case "EC" -> SignatureAlgorithm.ECDSA_P256_SHA256;
      default -> throw new IllegalArgumentException(
          "the JWK needs an alg member to choose an algorithm for kty " + kty);
    };
  }

  static byte[] secret(JsonNode jwk) {
    requireKty(jwk, "oct");
    return bytes(jwk, "k");
  }

  static PublicKey publicKey(SignatureAlgorithm algorithm, JsonNode jwk) {
    switch (algorithm) {
      case ED25519 -> {
        requireKty(jwk, "OKP");
        requireCrv(jwk, "Ed25519");
        return KeyMaterial.publicKey(algorithm, new X509EncodedKeySpec(concat(ED25519_SPKI_PREFIX, fixed(jwk, "x", 32))));
      }
      case ECDSA_P256_SHA256 -> {
        requireKty(jwk, "EC");
        requireCrv(jwk, "P-256");
        ECPoint w = new ECPoint(unsigned(fixed(jwk, "x", 32)), unsigned(fixed(jwk, "y", 32)));
        return KeyMaterial.publicKey(algorithm, new ECPublicKeySpec(w, KeyMaterial.p256()));
      }
      case RSA_PSS_SHA512, RSA_V1_5_SHA256 -> {
        requireKty(jwk, "RSA");
        return KeyMaterial.publicKey(algorithm, new RSAPublicKeySpec(integer(jwk, "n"), integer(jwk, "e")));
      }
      default -> throw new IllegalArgumentException(algorithm.identifier() + " has no public key");
    }
  }

  static PrivateKey privateKey(SignatureAlgorithm algorithm, JsonNode jwk) {
    switch (algorithm) {
      case ED25519 -> {
        requireKty(jwk, "OKP");
        requireCrv(jwk, "Ed25519");
        return KeyMaterial.privateKey(algorithm, new PKCS8EncodedKeySpec(concat(ED25519_PKCS8_PREFIX, fixed(jwk, "d", 32))));
      }
      case ECDSA_P256_SHA256 -> {
        requireKty(jwk, "EC");
        requireCrv(jwk, "P-256");
        return KeyMaterial.privateKey(algorithm, new ECPrivateKeySpec(unsigned(fixed(jwk, "d", 32)), KeyMaterial.p256()));
      }
      case RSA_PSS_SHA512, RSA_V1_5_SHA256 -> {
        requireKty(jwk, "RSA");
        if (jwk.has("p")) {
          return KeyMaterial.privateKey(algorithm, new RSAPrivateCrtKeySpec(
              integer(jwk, "n"), integer(jwk, "e"), integer(jwk, "d"), integer(jwk, "p"), integer(jwk, "q"),
              integer(jwk, "dp"), integer(jwk, "dq"), integer(jwk, "qi")));
        }
        return KeyMaterial.privateKey(algorithm, new RSAPrivateKeySpec(integer(jwk, "n"), integer(jwk, "d")));
      }
      default -> throw new IllegalArgumentException(algorithm.identifier() + " has no private key");
    }
  }

  /** The public JWK members for a key, in the conventional order. */
  static Map<String, Object> publicMembers(String keyId, SignatureAlgorithm algorithm, PublicKey key) {
    Map<String, Object> jwk = new LinkedHashMap<>();
    if (key instanceof ECPublicKey ec) {
      jwk.put("kty", "EC");
      jwk.put("crv", "P-256");
      jwk.put("x", b64(pad(ec.getW().getAffineX(), 32)));
      jwk.put("y", b64(pad(ec.getW().getAffineY(), 32)));
    } else if (key instanceof RSAPublicKey rsa) {
      jwk.put("kty", "RSA");
      jwk.put("n", b64(unsignedBytes(rsa.getModulus())));
      jwk.put("e", b64(unsignedBytes(rsa.getPublicExponent())));
    } else if (algorithm == SignatureAlgorithm.ED25519) {
      byte[] spki = key.getEncoded();
      if (spki.length != 44) {
        throw new IllegalArgumentException("unexpected Ed25519 public key encoding");
      }
      jwk.put("kty", "OKP");
      jwk.put("crv", "Ed25519");
      jwk.put("x", b64(Arrays.copyOfRange(spki, 12, 44)));
    } else {
      throw new IllegalArgumentException("unsupported public key type");
    }
    jwk.put("kid", keyId);
    jwk.put("alg", algorithm.joseName());
    jwk.put("use", "sig");
    return jwk;
  }

  /** The private JWK members: the public ones plus the private parameters. */
  static Map<String, Object> privateMembers(
      String keyId, SignatureAlgorithm algorithm, PrivateKey key, PublicKey publicKey) {
    Map<String, Object> jwk = publicMembers(keyId, algorithm, publicKey);
    if (key instanceof ECPrivateKey ec) {
      jwk.put("d", b64(pad(ec.getS(), 32)));
    } else if (key instanceof RSAPrivateCrtKey rsa) {
      jwk.put("d", b64(unsignedBytes(rsa.getPrivateExponent())));
      jwk.put("p", b64(unsignedBytes(rsa.getPrimeP())));
      jwk.put("q", b64(unsignedBytes(rsa.getPrimeQ())));
      jwk.put("dp", b64(unsignedBytes(rsa.getPrimeExponentP())));
      jwk.put("dq", b64(unsignedBytes(rsa.getPrimeExponentQ())));
      jwk.put("qi", b64(unsignedBytes(rsa.getCrtCoefficient())));
    } else if (key instanceof EdECPrivateKey ed) {
      jwk.put("d", b64(ed.getBytes().orElseThrow(() -> new IllegalArgumentException("Ed25519 key not extractable"))));
    } else {
      throw new IllegalArgumentException("unsupported private key type");
    }
    return jwk;
  }

  static String write(Object value) {
    try {
      return WRITER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise JWK", e);
    }
  }

  static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static void requireKty(JsonNode jwk, String kty) {
    if (!kty.equals(text(jwk, "kty"))) {
      throw new IllegalArgumentException("expected kty " + kty);
    }
  }

  private static void requireCrv(JsonNode jwk, String crv) {
    if (!crv.equals(text(jwk, "crv"))) {
      throw new IllegalArgumentException("expected crv " + crv);
    }
  }

  private static String text(JsonNode jwk, String member) {
    JsonNode n = jwk.get(member);
    if (n == null || !n.isTextual() || n.asText().isEmpty()) {
      throw new IllegalArgumentException("the JWK lacks a string member " + member);
    }
    return n.asText();
  }

  private static byte[] bytes(JsonNode jwk, String member) {
    try {
      return Base64.getUrlDecoder().decode(text(jwk, member));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("the JWK member " + member + " is not base64url");
    }
  }

  private static byte[] fixed(JsonNode jwk, String member, int length) {
    byte[] b = bytes(jwk, member);
    if (b.length != length) {
      throw new IllegalArgumentException("the JWK member " + member + " must be " + length + " bytes");
    }
    return b;
  }

  private static BigInteger integer(JsonNode jwk, String member) {
    return unsigned(bytes(jwk, member));
  }

  private static BigInteger unsigned(byte[] bytes) {
    return new BigInteger(1, bytes);
  }

  private static byte[] unsignedBytes(BigInteger n) {
    byte[] b = n.toByteArray();
    return b.length > 1 && b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }

  private static byte[] pad(BigInteger n, int length) {
    byte[] b = unsignedBytes(n);
    byte[] out = new byte[length];
    System.arraycopy(b, 0, out, length - b.length, b.length);
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static byte[] hex(String s) {
    byte[] out = new byte[s.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
    }
    return out;
  }
}
