package io.cityservices.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.benchmarks.model.Fixtures;
import io.cityservices.benchmarks.model.Payments.RawAmount;
import io.cityservices.benchmarks.model.Payments.RawPayFine;
import io.cityservices.benchmarks.model.Payments.RawPaymentResult;
import io.cityservices.benchmarks.model.RawViolation.RawPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The baseline: what a careful developer writes by hand with OkHttp and Jackson. Same pool size
 * as the SDK (64), {@code Signature} objects reused per thread, a plain {@code ObjectMapper}. Reads
 * are unsigned; payments are signed and verified the WeChat Pay v3 way (RSA-2048 SHA256withRSA over
 * {@code method\nurl\ntimestamp\nnonce\nbody\n}; the response's signature over
 * {@code timestamp\nnonce\nbody\n} checked with the platform certificate's key).
 */
public final class RawClient implements AutoCloseable {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String MCH_ID = "1900000001";
  private static final String MERCHANT_SERIAL = "408B07E79B8269FEC3D5D3E6AB8ED163A6A380DB";

  private final OkHttpClient http;
  private final ObjectMapper mapper = Fixtures.plainMapper();
  private final HttpUrl violationsUrl;
  private final HttpUrl payUrl;
  private final ThreadLocal<Signature> merchantSigner;
  private final ThreadLocal<Signature> platformVerifier;

  public RawClient(Platform platform) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    this.http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
            .build();
    this.violationsUrl = HttpUrl.get(platform.baseUrl() + LoopbackPlatform.RAW_VIOLATIONS_PATH);
    this.payUrl = HttpUrl.get(platform.baseUrl() + LoopbackPlatform.RAW_PAY_PATH);
    KeyPair merchant = rsa2048();
    this.merchantSigner = ThreadLocal.withInitial(() -> LoopbackPlatform.initSign(merchant.getPrivate()));
    PublicKey platformKey = platform.wechatPlatformPublicKey();
    this.platformVerifier =
        ThreadLocal.withInitial(
            () -> {
              try {
                Signature s = Signature.getInstance("SHA256withRSA");
                s.initVerify(platformKey);
                return s;
              } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  // ---- the routine read: unsigned GET, body read into plain records ----

  private Request violationsRequest() {
    return new Request.Builder()
        .url(violationsUrl.newBuilder().addQueryParameter("limit", "50").build())
        .header("Authorization", "Bearer at-bench-0123456789abcdef")
        .header("X-Citizen-Token", "ct-bench-0123456789abcdef")
        .header("Accept", "application/json")
        .build();
  }

  public RawPage violations() {
    try (Response r = http.newCall(violationsRequest()).execute()) {
      return readPage(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CompletableFuture<RawPage> violationsAsync() {
    return enqueue(violationsRequest(), this::readPage);
  }

  /** What reads a response into a result; may throw like the blocking read does. */
  private interface Reader<T> {
    T read(Response r) throws IOException;
  }

  /** Runs {@code request} with OkHttp's enqueue, the way a hand-written async client does. */
  private <T> CompletableFuture<T> enqueue(Request request, Reader<T> reader) {
    CompletableFuture<T> f = new CompletableFuture<>();
    http.newCall(request)
        .enqueue(
            new Callback() {
              @Override
              public void onFailure(Call call, IOException e) {
                f.completeExceptionally(e);
              }

              @Override
              public void onResponse(Call call, Response r) {
                try (r) {
                  f.complete(reader.read(r));
                } catch (IOException | RuntimeException e) {
                  f.completeExceptionally(e);
                }
              }
            });
    return f;
  }

  private RawPage readPage(Response r) throws IOException {
    if (!r.isSuccessful()) {
      throw new IOException("HTTP " + r.code());
    }
    return mapper.readValue(r.body().byteStream(), RawPage.class);
  }

  // ---- the payment: RSA-signed request, RSA-signed response ----

  private Request paymentRequest(String violationId) throws IOException {
    byte[] body =
        mapper.writeValueAsBytes(
            new RawPayFine(violationId, new RawAmount(20_000, "CNY"), "wechat", "o-bench-openid"));
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    String nonce = nonce();
    String signature;
    try {
      Signature s = merchantSigner.get();
      s.update(
          ("POST\n" + payUrl.encodedPath() + "\n" + timestamp + "\n" + nonce + "\n")
              .getBytes(StandardCharsets.UTF_8));
      s.update(body);
      s.update((byte) '\n');
      signature = Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    String authorization =
        "WECHATPAY2-SHA256-RSA2048 mchid=\"" + MCH_ID + "\",nonce_str=\"" + nonce
            + "\",signature=\"" + signature + "\",timestamp=\"" + timestamp
            + "\",serial_no=\"" + MERCHANT_SERIAL + "\"";
    return new Request.Builder()
        .url(payUrl)
        .header("Authorization", authorization)
        .header("Accept", "application/json")
        .post(RequestBody.create(body, JSON))
        .build();
  }

  public RawPaymentResult pay(String violationId) {
    try (Response r = http.newCall(paymentRequest(violationId)).execute()) {
      return readPayment(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public CompletableFuture<RawPaymentResult> payAsync(String violationId) {
    Request request;
    try {
      request = paymentRequest(violationId);
    } catch (IOException e) {
      return CompletableFuture.failedFuture(e);
    }
    return enqueue(request, this::readPayment);
  }

  private RawPaymentResult readPayment(Response r) throws IOException {
    if (!r.isSuccessful()) {
      throw new IOException("HTTP " + r.code());
    }
    byte[] body = r.body().bytes();
    String timestamp = r.header("Wechatpay-Timestamp");
    String nonce = r.header("Wechatpay-Nonce");
    String signature = r.header("Wechatpay-Signature");
    if (timestamp == null || nonce == null || signature == null
        || !LoopbackPlatform.PLATFORM_SERIAL.equals(r.header("Wechatpay-Serial"))) {
      throw new IOException("unsigned response");
    }
    if (Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) > 300) {
      throw new IOException("stale response");
    }
    try {
      Signature s = platformVerifier.get();
      s.update((timestamp + "\n" + nonce + "\n").getBytes(StandardCharsets.UTF_8));
      s.update(body);
      s.update((byte) '\n');
      if (!s.verify(Base64.getDecoder().decode(signature))) {
        throw new IOException("bad response signature");
      }
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
    return mapper.readValue(body, RawPaymentResult.class);
  }

  private static String nonce() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return Long.toHexString(r.nextLong() | Long.MIN_VALUE) + Long.toHexString(r.nextLong() | Long.MIN_VALUE);
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

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
