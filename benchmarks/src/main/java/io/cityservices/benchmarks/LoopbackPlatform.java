package io.cityservices.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cityservices.benchmarks.model.Fixtures;
import io.cityservices.benchmarks.model.Payments;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.model.Money;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.signing.GeneratedKeyPair;
import io.cityservices.core.signing.Jwks;
import io.cityservices.core.signing.KeyPairs;
import io.cityservices.core.internal.signing.MessageSigner;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import io.cityservices.core.signing.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal, fast stand-in for the platform on 127.0.0.1 (JDK HttpServer, a random port, a thread
 * pool executor), so that the server is not what is measured. It answers with fixed bodies whose
 * digests are computed once, and signs every response as the platform does: {@code sig1}
 * ({@code hmac-sha256} under the session key, over {@code @status}, {@code content-digest} and
 * {@code x-request-id}), plus {@code sig2} ({@code rsa-pss-sha512}, the platform key published at
 * {@code /v1/keys}) on payment results. The raw baseline's payment endpoint signs each response
 * with RSA-2048 {@code SHA256withRSA} the WeChat Pay v3 way, so both sides carry the same
 * per-response server cost. Request signatures are not verified by either endpoint (equal, zero
 * server cost on both sides).
 */
public final class LoopbackPlatform implements Platform {

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet delayed ACKs.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  public static final String CITY = "310000";
  public static final String VIOLATIONS_PATH = "/v1/cities/" + CITY + "/traffic/violations";
  public static final String PAY_PATH_PREFIX = "/v1/cities/" + CITY + "/traffic/violations/";
  public static final String RAW_VIOLATIONS_PATH = "/raw/v1/cities/" + CITY + "/traffic/violations";
  public static final String RAW_PAY_PATH = "/raw/v3/pay/transactions/fines";
  public static final String PLATFORM_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1";

  private static final String SESSION_KEY_ID = "session-bench-1";

  private final HttpServer server;
  private final ExecutorService executor;
  private final byte[] sessionKey = new byte[32];
  private final MessageSigner sig1;
  private final MessageSigner sig2;
  private final GeneratedKeyPair platformKey;
  private final KeyPair wechatPlatformKey;
  private final ThreadLocal<Signature> wechatSigner;
  private final byte[] tokenJson;
  private final byte[] jwksJson;
  private final byte[] pageJson;
  private final String pageDigest;
  private final byte[] paymentJson;
  private final String paymentDigest;
  private final AtomicInteger tokensIssued = new AtomicInteger();
  /** Client ports seen, per side: how many connections each client opened. */
  private final java.util.Set<Integer> sdkPorts = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final java.util.Set<Integer> rawPorts = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private LoopbackPlatform(int threads, int items) throws IOException {
    new SecureRandom().nextBytes(sessionKey);
    SigningKey session = SigningKey.hmac(SESSION_KEY_ID, sessionKey);
    String[] covered = {"@status", "content-digest", "x-request-id"};
    this.sig1 = MessageSigner.builder(session).label("sig1").components(covered).build();
    this.platformKey = KeyPairs.generate("platform-2026-01", SignatureAlgorithm.RSA_PSS_SHA512);
    this.sig2 =
        MessageSigner.builder(platformKey.signingKey()).label("sig2").components(covered).build();
    this.wechatPlatformKey = rsa2048();
    PrivateKey wechatPrivate = wechatPlatformKey.getPrivate();
    this.wechatSigner = ThreadLocal.withInitial(() -> initSign(wechatPrivate));

    ObjectMapper mapper = JsonMapperFactory.create();
    this.tokenJson =
        ("{\"access_token\":\"at-bench-0123456789abcdef\",\"token_type\":\"Bearer\","
                + "\"expires_in\":3600,\"signing_key_id\":\""
                + SESSION_KEY_ID
                + "\",\"signing_key\":\""
                + Base64.getUrlEncoder().withoutPadding().encodeToString(sessionKey)
                + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    this.jwksJson =
        Jwks.toJson(List.of(platformKey.verificationKey())).getBytes(StandardCharsets.UTF_8);
    this.pageJson = Fixtures.violationPageJson(items);
    this.pageDigest = ContentDigest.sha256(pageJson);
    this.paymentJson =
        mapper.writeValueAsBytes(
            new Payments.PaymentResult(
                "PAY3100002026030100000001",
                "V3100000001000000",
                "SUCCEEDED",
                Money.cny(20_000),
                OffsetDateTime.of(2026, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(8)),
                "R20260301000000000001"));
    this.paymentDigest = ContentDigest.sha256(paymentJson);

    AtomicInteger n = new AtomicInteger();
    this.executor =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "loopback-platform-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    server.setExecutor(executor);
    server.createContext("/v1/oauth2/token", this::token);
    server.createContext("/v1/keys", ex -> send(ex, 200, jwksJson, null, null, false));
    server.createContext("/v1/cities/", this::platform);
    server.createContext(RAW_VIOLATIONS_PATH, this::rawViolations);
    server.createContext(RAW_PAY_PATH, this::rawPayment);
    server.createContext(PlatformProcess.STATS_PATH, ex -> {
      drain(ex);
      byte[] stats = (tokensIssued.get() + "\n" + connectionsSeen()).getBytes(StandardCharsets.UTF_8);
      send(ex, 200, stats, null, null, false);
    });
    server.start();
  }

  /** Starts a server with {@code threads} handler threads, serving pages of 50 violations. */
  public static LoopbackPlatform start(int threads) {
    return start(threads, Fixtures.PAGE_SIZE);
  }

  /** Starts a server with {@code threads} handler threads, serving pages of {@code items} violations. */
  public static LoopbackPlatform start(int threads, int items) {
    try {
      return new LoopbackPlatform(threads, items);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The platform in a process of its own ({@link PlatformProcess}): {@code <threads> <items>}.
   * Prints {@code READY <base url> <RSA public key, base64>} once it serves, and stops when its
   * standard input closes, so that it never outlives the benchmark that started it.
   */
  public static void main(String[] args) throws IOException {
    LoopbackPlatform platform = start(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    System.out.println("READY " + platform.baseUrl() + " "
        + Base64.getEncoder().encodeToString(platform.wechatPlatformPublicKey().getEncoded()));
    System.out.flush();
    while (System.in.read() != -1) {
      // Nothing is sent on stdin: the loop only waits for the parent to go away.
    }
    platform.close();
  }

  @Override
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The public key that verifies the raw endpoint's WeChat-style response signatures. */
  @Override
  public java.security.PublicKey wechatPlatformPublicKey() {
    return wechatPlatformKey.getPublic();
  }

  /** How many tokens were issued (one per SDK client expected: more means a token problem). */
  @Override
  public int tokensIssued() {
    return tokensIssued.get();
  }

  /** Connections (client ports) the SDK and the raw client used, for the run's log. */
  @Override
  public String connectionsSeen() {
    return "connections opened: sdk=" + sdkPorts.size() + " raw=" + rawPorts.size();
  }

  public byte[] pageJson() {
    return pageJson.clone();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void token(HttpExchange ex) throws IOException {
    drain(ex);
    tokensIssued.incrementAndGet();
    send(ex, 200, tokenJson, null, null, false);
  }

  /** The SDK's endpoints: GET is the violation list, POST under a violation is a payment. */
  private void platform(HttpExchange ex) throws IOException {
    drain(ex);
    sdkPorts.add(ex.getRemoteAddress().getPort());
    String requestId = ex.getRequestHeaders().getFirst("X-Request-Id");
    if ("POST".equals(ex.getRequestMethod())) {
      send(ex, 200, paymentJson, paymentDigest, requestId, true);
    } else if (!VIOLATIONS_PATH.equals(ex.getRequestURI().getPath())) {
      send(ex, 404, new byte[0], null, null, false); // a wrong path fails the set-up's checks
    } else {
      send(ex, 200, pageJson, pageDigest, requestId, false);
    }
  }

  /** The raw GET: same body; signed as well so that the server does the same work for both. */
  private void rawViolations(HttpExchange ex) throws IOException {
    drain(ex);
    rawPorts.add(ex.getRemoteAddress().getPort());
    send(ex, 200, pageJson, pageDigest, "raw-" + ThreadLocalRandom.current().nextLong(), false);
  }

  /**
   * The raw payment endpoint, WeChat Pay v3 style: the response carries {@code Wechatpay-Timestamp},
   * {@code Wechatpay-Nonce}, {@code Wechatpay-Serial} and {@code Wechatpay-Signature}, an RSA-2048
   * SHA256withRSA signature of {@code timestamp\nnonce\nbody\n}, made per response.
   */
  private void rawPayment(HttpExchange ex) throws IOException {
    drain(ex);
    rawPorts.add(ex.getRemoteAddress().getPort());
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    String nonce = Long.toHexString(ThreadLocalRandom.current().nextLong())
        + Long.toHexString(ThreadLocalRandom.current().nextLong());
    byte[] prefix = (timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8);
    String signature;
    try {
      Signature s = wechatSigner.get();
      s.update(prefix);
      s.update(paymentJson);
      s.update((byte) '\n');
      signature = Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", "application/json");
    h.set("Wechatpay-Timestamp", timestamp);
    h.set("Wechatpay-Nonce", nonce);
    h.set("Wechatpay-Serial", PLATFORM_SERIAL);
    h.set("Wechatpay-Signature", signature);
    ex.sendResponseHeaders(200, paymentJson.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(paymentJson);
    }
  }

  private void send(
      HttpExchange ex, int status, byte[] body, String digest, String requestId, boolean payment)
      throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", "application/json");
    if (digest != null) {
      String rid = requestId == null ? "none" : requestId;
      h.set("X-Request-Id", rid);
      h.set("Content-Digest", digest);
      ResponseHeaders headers = new ResponseHeaders(digest, rid);
      SignatureHeaders s = sig1.sign(SignatureComponents.forResponse(status, headers::lookup));
      if (payment) {
        headers.signature(s);
        s = sig2.sign(SignatureComponents.forResponse(status, headers::lookup));
      }
      h.set("Signature-Input", s.signatureInput());
      h.set("Signature", s.signature());
    }
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static void drain(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static KeyPair rsa2048() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static Signature initSign(PrivateKey key) {
    try {
      Signature s = Signature.getInstance("SHA256withRSA");
      s.initSign(key);
      return s;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The response headers a signature covers, as the signer looks them up. */
  private static final class ResponseHeaders {
    private final String digest;
    private final String requestId;
    private SignatureHeaders existing;

    ResponseHeaders(String digest, String requestId) {
      this.digest = digest;
      this.requestId = requestId;
    }

    void signature(SignatureHeaders s) {
      this.existing = s;
    }

    String lookup(String name) {
      return switch (name) {
        case "content-digest" -> digest;
        case "x-request-id" -> requestId;
        case "signature-input" -> existing == null ? null : existing.signatureInput();
        case "signature" -> existing == null ? null : existing.signature();
        default -> null;
      };
    }
  }
}
