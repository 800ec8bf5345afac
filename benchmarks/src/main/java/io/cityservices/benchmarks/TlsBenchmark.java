package io.cityservices.benchmarks;

import io.cityservices.core.CityServices;
import io.cityservices.core.catalog.Catalog;
import io.cityservices.testkit.CitySandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What TLS costs per call against the sandbox, plain HTTP/1.1 against HTTPS with HTTP/2: an SDK
 * call on a kept-alive connection (the handshake amortised over every call the connection
 * carries; {@code GET /v1/catalog} with the app token, signed and verified, response caching
 * off), bare OkHttp reading the open {@code GET /v1/keys} on a kept-alive connection, and the same
 * opening a new connection for every call (the full TCP + TLS handshake each time, the case
 * keep-alive avoids).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar TlsBenchmark -t 1 -f 1 -wi 2 -w 2s -i 5 -r 3s</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TlsBenchmark {

  /** {@code HTTP_1_1}: plain HTTP/1.1; {@code HTTPS_HTTP_2}: TLS with HTTP/2 through ALPN. */
  @Param({"HTTP_1_1", "HTTPS_HTTP_2"})
  public String transport;

  private CitySandbox sandbox;
  private CityServices sdk;
  private OkHttpClient keptAlive;
  private OkHttpClient fresh;
  private Request keys;

  @Setup(Level.Trial)
  public void start() {
    boolean https = transport.equals("HTTPS_HTTP_2");
    CitySandbox.Builder builder = CitySandbox.builder();
    if (https) {
      builder.https();
    }
    sandbox = builder.build().start();
    sdk = CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .transportSecurity(sandbox.transportSecurity())
        .credentials(sandbox.defaultApp().credentials())
        .cacheEntries(0)
        .build();
    OkHttpClient.Builder raw = new OkHttpClient.Builder();
    if (https) {
      raw.sslSocketFactory(sandbox.sslSocketFactory(), sandbox.trustManager());
    }
    keptAlive = raw.build();
    fresh = keptAlive.newBuilder().connectionPool(new okhttp3.ConnectionPool(0, 1, TimeUnit.MILLISECONDS)).build();
    keys = new Request.Builder().url(sandbox.baseUrl() + "/v1/keys").build();
    Protocol negotiated = call(keptAlive);
    if (negotiated != (https ? Protocol.HTTP_2 : Protocol.HTTP_1_1)) {
      throw new IllegalStateException("negotiated " + negotiated + " over " + transport);
    }
  }

  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    for (OkHttpClient client : new OkHttpClient[] {keptAlive, fresh}) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
    }
    sandbox.close();
  }

  /** The SDK's call on its kept-alive connection: token, request id, breaker, verification. */
  @Benchmark
  public Catalog sdkKeptAlive() {
    return sdk.catalog();
  }

  /** Bare OkHttp on a kept-alive connection: {@code GET /v1/keys}, no token, no signature. */
  @Benchmark
  public Protocol rawKeptAlive() {
    return call(keptAlive);
  }

  /** Bare OkHttp with no connection reuse: a TCP (and TLS) handshake for every call. */
  @Benchmark
  public Protocol rawNewConnection() {
    return call(fresh);
  }

  private Protocol call(OkHttpClient client) {
    try (Response response = client.newCall(keys).execute()) {
      if (response.code() != 200) {
        throw new IllegalStateException("/v1/keys answered " + response.code());
      }
      response.body().bytes();
      return response.protocol();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
