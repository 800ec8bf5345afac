package io.cityservices.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
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
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal platform on a loopback port that signs like the real one: a token endpoint issuing
 * session keys, {@code sig1} on every response under the session key of the bearer token, {@code
 * sig2} on payment results with its RSA-PSS key published at {@code /v1/keys}, and a catalog. Each
 * endpoint can be made to hang or to misbehave in the ways the SDK must survive (a corrupted
 * session key, a wrong or unreadable key set, a forged response). Thread-safe.
 */
final class SignedPlatform implements AutoCloseable {

  static final String ITEMS = "/v1/cities/310000/traffic/items";
  static final String PAYMENTS = "/v1/cities/310000/traffic/payments";

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch release = new CountDownLatch(1);
  private final GeneratedKeyPair platformKey =
      KeyPairs.generate("platform-1", SignatureAlgorithm.RSA_PSS_SHA512);
  private final GeneratedKeyPair impostorKey =
      KeyPairs.generate("platform-1", SignatureAlgorithm.RSA_PSS_SHA512);
  private final Map<String, byte[]> sessions = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  volatile boolean hangToken;
  volatile boolean hangKeys;
  volatile boolean hangCatalog;
  /** How many of the next tokens are issued with a session key one byte off the one used to sign. */
  final AtomicInteger corruptSessionKeys = new AtomicInteger();
  /** How many of the next key sets publish another key under the platform's key id. */
  final AtomicInteger wrongKeySets = new AtomicInteger();
  volatile boolean kidlessKeySet;
  /** How many of the next item responses carry a signature that does not verify. */
  final AtomicInteger forgedItems = new AtomicInteger();
  /** Extra headers on every item response. */
  final Map<String, String> itemHeaders = new ConcurrentHashMap<>();

  SignedPlatform() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** How many requests reached {@code path}. */
  int requests(String path) {
    return counts.getOrDefault(path, new AtomicInteger()).get();
  }

  @Override
  public void close() {
    release.countDown();
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    exchange.getRequestBody().readAllBytes();
    try {
      switch (path) {
        case "/v1/oauth2/token" -> token(exchange);
        case "/v1/keys" -> keys(exchange);
        case "/v1/catalog" -> catalog(exchange);
        case ITEMS -> signed(exchange, 200, "{\"item_id\":\"I-1\"}", false, forgedItems.getAndUpdate(n -> Math.max(0, n - 1)) > 0);
        case PAYMENTS -> signed(exchange, 201, "{\"item_id\":\"P-1\"}", true, false);
        default -> send(exchange, 404, "{}", Map.of());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private void hangIf(boolean hang) throws InterruptedException {
    if (hang) {
      release.await();
    }
  }

  private void token(HttpExchange exchange) throws IOException, InterruptedException {
    hangIf(hangToken);
    String token = "token-" + counts.get("/v1/oauth2/token").get() + "-" + System.nanoTime();
    byte[] key = new byte[32];
    key[0] = (byte) token.hashCode();
    sessions.put(token, key);
    byte[] issued = key.clone();
    if (corruptSessionKeys.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      issued[7] ^= 0x01;
    }
    send(
        exchange,
        200,
        "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":600,"
            + "\"signing_key_id\":\"sk-" + token + "\",\"signing_key\":\""
            + Base64.getUrlEncoder().withoutPadding().encodeToString(issued) + "\"}",
        Map.of());
  }

  private void keys(HttpExchange exchange) throws IOException, InterruptedException {
    hangIf(hangKeys);
    String body;
    if (kidlessKeySet) {
      body = "{\"keys\":[" + platformKey.publicJwk().replaceAll("\"kid\":\"[^\"]*\",?", "") + "]}";
    } else {
      GeneratedKeyPair published =
          wrongKeySets.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? impostorKey : platformKey;
      body = Jwks.toJson(List.of(published.verificationKey()));
    }
    send(exchange, 200, body, Map.of());
  }

  private void catalog(HttpExchange exchange) throws IOException, InterruptedException {
    hangIf(hangCatalog);
    signed(
        exchange,
        200,
        "{\"cities\":[{\"city_code\":\"310000\",\"name\":\"Shanghai\",\"services\":[\"traffic\"]}]}",
        false,
        false);
  }

  private void signed(HttpExchange exchange, int status, String json, boolean payment, boolean forged)
      throws IOException {
    String bearer = exchange.getRequestHeaders().getFirst("Authorization");
    String token = bearer == null ? null : bearer.substring("Bearer ".length());
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    Map<String, String> headers = new HashMap<>();
    headers.put("x-request-id", exchange.getRequestHeaders().getFirst("X-Request-Id"));
    headers.put("content-digest", ContentDigest.sha256(body));
    if (!payment) {
      headers.putAll(itemHeaders);
    }
    byte[] key = token == null ? null : sessions.get(token);
    if (key != null) {
      byte[] signingKey = forged ? new byte[32] : key;
      sign(headers, status, MessageSigner.builder(SigningKey.hmac("sk-" + token, signingKey)).label("sig1"));
      if (payment) {
        sign(headers, status, MessageSigner.builder(platformKey.signingKey()).label("sig2"));
      }
    }
    send(exchange, status, json, headers);
  }

  private static void sign(Map<String, String> headers, int status, MessageSigner.Builder signer) {
    Map<String, String> lower = new HashMap<>();
    headers.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v));
    SignatureHeaders h =
        signer
            .components("@status", "content-digest", "x-request-id")
            .build()
            .sign(SignatureComponents.forResponse(status, lower::get));
    // The signer keeps the members already present (sig1) and appends its own.
    headers.put("signature-input", h.signatureInput());
    headers.put("signature", h.signature());
  }

  private static void send(HttpExchange exchange, int status, String json, Map<String, String> headers)
      throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }
}
