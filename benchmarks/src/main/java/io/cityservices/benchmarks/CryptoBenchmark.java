package io.cityservices.benchmarks;

import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.signing.GeneratedKeyPair;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.internal.signing.MessageVerifier;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import io.cityservices.core.signing.SigningKey;
import io.cityservices.core.signing.VerificationKey;
import io.cityservices.core.internal.signing.VerifiedSignature;
import io.cityservices.benchmarks.model.Fixtures;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Signing and verifying alone, without HTTP: first each algorithm over a typical RFC 9421 signature
 * base (through the SDK's key classes, which reuse their JCA objects per thread), then the whole
 * client-side cryptography of one call, SDK against the WeChat Pay v3 style RSA baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class CryptoBenchmark {

  private byte[] base;
  private SigningKey ed25519;
  private VerificationKey ed25519Public;
  private byte[] ed25519Sig;
  private SigningKey ecdsa;
  private VerificationKey ecdsaPublic;
  private byte[] ecdsaSig;
  private SigningKey hmac;
  private VerificationKey hmacVerify;
  private byte[] hmacSig;
  private SigningKey rsa;
  private VerificationKey rsaPublic;
  private byte[] rsaSig;
  private SigningKey rsaPss;
  private VerificationKey rsaPssPublic;
  private byte[] rsaPssSig;

  // per-call client-side work
  private byte[] paymentBody;
  private String paymentUrl;
  private MessageSigner sessionSignerWithBody;
  private MessageSigner sessionSignerWithoutBody;
  private MessageSigner appSigner;
  private MessageVerifier sessionVerifier;
  private MessageVerifier platformVerifier;
  private Map<String, String> paymentResponse;
  private byte[] paymentResult;
  private Map<String, String> pageResponse;
  private byte[] page;
  private ThreadLocal<Signature> rawSigner;
  private ThreadLocal<Signature> rawVerifier;
  private String rawResponseTimestamp;
  private String rawResponseNonce;
  private byte[] rawResponseSig;

  @Setup
  public void setUp() throws GeneralSecurityException {
    base =
        """
            "@method": POST
            "@target-uri": https://api.cityservices.example/v1/cities/310000/traffic/violations/V3100000001000001/payments
            "content-digest": sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:
            "@signature-params": ("@method" "@target-uri" "content-digest");created=1772330400;keyid="app-key-1\""""
            .getBytes(StandardCharsets.UTF_8);
    GeneratedKeyPair ed = KeyPairs.generate("ed", SignatureAlgorithm.ED25519);
    ed25519 = ed.signingKey();
    ed25519Public = ed.verificationKey();
    ed25519Sig = ed25519.sign(base);
    GeneratedKeyPair ec = KeyPairs.generate("ec", SignatureAlgorithm.ECDSA_P256_SHA256);
    ecdsa = ec.signingKey();
    ecdsaPublic = ec.verificationKey();
    ecdsaSig = ecdsa.sign(base);
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    hmac = SigningKey.hmac("session", secret);
    hmacVerify = VerificationKey.hmac("session", secret);
    hmacSig = hmac.sign(base);
    GeneratedKeyPair rs = KeyPairs.generate("rsa", SignatureAlgorithm.RSA_V1_5_SHA256);
    rsa = rs.signingKey();
    rsaPublic = rs.verificationKey();
    rsaSig = rsa.sign(base);
    GeneratedKeyPair pss = KeyPairs.generate("platform", SignatureAlgorithm.RSA_PSS_SHA512);
    rsaPss = pss.signingKey();
    rsaPssPublic = pss.verificationKey();
    rsaPssSig = rsaPss.sign(base);

    // The SDK's per-call work, configured as SigningStage / VerificationStage do.
    String[] withBody = {"@method", "@target-uri", "content-digest"};
    sessionSignerWithBody = MessageSigner.builder(hmac).label("sig1").components(withBody).build();
    sessionSignerWithoutBody =
        MessageSigner.builder(hmac).label("sig1").components("@method", "@target-uri").build();
    appSigner = MessageSigner.builder(ed25519).label("sig2").components(withBody).build();
    sessionVerifier =
        MessageVerifier.builder(id -> Optional.of(hmacVerify))
            .label("sig1")
            .requiredComponents("@status", "x-request-id")
            .build();
    platformVerifier =
        MessageVerifier.builder(id -> Optional.of(rsaPssPublic))
            .label("sig2")
            .requiredComponents("@status", "x-request-id")
            .build();
    paymentBody =
        "{\"violation_id\":\"V3100000001000001\",\"amount\":{\"amount\":20000,\"currency\":\"CNY\"},\"channel\":\"wechat\",\"payer_open_id\":\"o-bench-openid\"}"
            .getBytes(StandardCharsets.UTF_8);
    paymentUrl =
        "http://127.0.0.1:40000/v1/cities/310000/traffic/violations/V3100000001000001/payments";
    paymentResult =
        "{\"payment_id\":\"PAY3100002026030100000001\",\"violation_id\":\"V3100000001000000\",\"status\":\"SUCCEEDED\",\"amount\":{\"amount\":20000,\"currency\":\"CNY\"},\"paid_at\":\"2026-03-01T09:30:00+08:00\",\"receipt_number\":\"R20260301000000000001\"}"
            .getBytes(StandardCharsets.UTF_8);
    String[] covered = {"@status", "content-digest", "x-request-id"};
    paymentResponse =
        signedResponse(
            paymentResult,
            MessageSigner.builder(hmac).label("sig1").components(covered).build(),
            MessageSigner.builder(rsaPss).label("sig2").components(covered).build());
    page = Fixtures.violationPageJson();
    pageResponse =
        signedResponse(page, MessageSigner.builder(hmac).label("sig1").components(covered).build(), null);

    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair merchant = g.generateKeyPair();
    KeyPair platform = g.generateKeyPair();
    rawSigner = ThreadLocal.withInitial(() -> LoopbackPlatform.initSign(merchant.getPrivate()));
    rawVerifier =
        ThreadLocal.withInitial(
            () -> {
              try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initVerify(platform.getPublic());
                return s;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
              }
            });
    rawResponseTimestamp = Long.toString(System.currentTimeMillis() / 1000);
    rawResponseNonce = "5K8264ILTKCH16CQ2502SI8ZNMTM67VS";
    Signature s = LoopbackPlatform.initSign(platform.getPrivate());
    s.update(wechatMessage(rawResponseTimestamp, rawResponseNonce, paymentResult));
    rawResponseSig = s.sign();
    if (!sdkPaymentClientCrypto().label().equals("sig2") || !rawPaymentClientCrypto()) {
      throw new IllegalStateException("client crypto does not verify");
    }
  }

  private static Map<String, String> signedResponse(byte[] body, MessageSigner s1, MessageSigner s2) {
    Map<String, String> h = new HashMap<>();
    h.put("content-digest", ContentDigest.sha256(body));
    h.put("x-request-id", "req-0123456789abcdef0123456789abcdef");
    for (MessageSigner s : new MessageSigner[] {s1, s2}) {
      if (s == null) {
        continue;
      }
      SignatureHeaders sh = s.sign(SignatureComponents.forResponse(200, h::get));
      h.put("signature-input", sh.signatureInput());
      h.put("signature", sh.signature());
    }
    return h;
  }

  private static byte[] wechatMessage(String timestamp, String nonce, byte[] body) {
    byte[] head = (timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] m = new byte[head.length + body.length + 1];
    System.arraycopy(head, 0, m, 0, head.length);
    System.arraycopy(body, 0, m, head.length, body.length);
    m[m.length - 1] = '\n';
    return m;
  }

  // ---- one algorithm at a time ----

  @Benchmark
  public byte[] ed25519Sign() {
    return ed25519.sign(base);
  }

  @Benchmark
  public boolean ed25519Verify() {
    return ed25519Public.verify(base, ed25519Sig);
  }

  @Benchmark
  public byte[] ecdsaP256Sign() {
    return ecdsa.sign(base);
  }

  @Benchmark
  public boolean ecdsaP256Verify() {
    return ecdsaPublic.verify(base, ecdsaSig);
  }

  @Benchmark
  public byte[] hmacSha256Sign() {
    return hmac.sign(base);
  }

  @Benchmark
  public boolean hmacSha256Verify() {
    return hmacVerify.verify(base, hmacSig);
  }

  @Benchmark
  public byte[] rsa2048Sha256Sign() {
    return rsa.sign(base);
  }

  @Benchmark
  public boolean rsa2048Sha256Verify() {
    return rsaPublic.verify(base, rsaSig);
  }

  @Benchmark
  public byte[] rsaPssSha512Sign() {
    return rsaPss.sign(base);
  }

  @Benchmark
  public boolean rsaPssSha512Verify() {
    return rsaPssPublic.verify(base, rsaPssSig);
  }

  // ---- all the client-side cryptography of one call ----

  /**
   * The SDK's client-side work for a payment: request digest, sig1 (HMAC) and sig2 (the app's
   * ed25519) over the request, then the response's sig1 (HMAC) and sig2 (rsa-pss-sha512) and its
   * content digest verified.
   */
  @Benchmark
  public VerifiedSignature sdkPaymentClientCrypto() {
    Map<String, String> req = new HashMap<>();
    req.put("content-digest", ContentDigest.sha256(paymentBody));
    for (MessageSigner s : new MessageSigner[] {sessionSignerWithBody, appSigner}) {
      SignatureHeaders h = s.sign(SignatureComponents.forRequest("POST", paymentUrl, req::get));
      req.put("signature-input", h.signatureInput());
      req.put("signature", h.signature());
    }
    SignatureComponents response = SignatureComponents.forResponse(200, paymentResponse::get);
    sessionVerifier.verifyWithDigest(response, paymentResult);
    return platformVerifier.verifyWithDigest(response, paymentResult);
  }

  /**
   * The WeChat Pay v3 style baseline: RSA-2048 SHA256withRSA over the request message, and the
   * response's RSA signature verified.
   */
  @Benchmark
  public boolean rawPaymentClientCrypto() {
    try {
      String timestamp = Long.toString(System.currentTimeMillis() / 1000);
      Signature s = rawSigner.get();
      s.update(
          ("POST\n/v3/pay/transactions/fines\n" + timestamp + "\nA8D2F7E1C3B94E5F\n")
              .getBytes(StandardCharsets.UTF_8));
      s.update(paymentBody);
      s.update((byte) '\n');
      String authorization = Base64.getEncoder().encodeToString(s.sign());
      Signature v = rawVerifier.get();
      v.update(wechatMessage(rawResponseTimestamp, rawResponseNonce, paymentResult));
      return v.verify(rawResponseSig) && !authorization.isEmpty();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The SDK's client-side work for the routine read: sig1 (HMAC) over the request, the response's
   * sig1 verified and the SHA-256 content digest of the 50-violation page checked.
   */
  @Benchmark
  public VerifiedSignature sdkGetClientCrypto() {
    Map<String, String> req = new HashMap<>();
    SignatureHeaders h =
        sessionSignerWithoutBody.sign(
            SignatureComponents.forRequest(
                "GET",
                "http://127.0.0.1:40000/v1/cities/310000/traffic/violations?limit=50",
                req::get));
    req.put("signature", h.signature());
    return sessionVerifier.verifyWithDigest(
        SignatureComponents.forResponse(200, pageResponse::get), page);
  }
}
