package io.cityservices.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.auth.InMemoryTokenStore;
import io.cityservices.core.auth.TokenStore;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.redis.RedisSharing;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.RouteFlags;
import io.cityservices.testkit.SandboxResponse;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-call cost of sharing the app token through Redis ({@code sdk-redis}) once this instance
 * holds a valid token: the same signed call against the in-process sandbox with the in-memory
 * token store and with the Redis one (a real {@code redis-server} on a free loopback port, started
 * here), and the token lookup each call makes on its own. The target is no Redis round trip per
 * call: the two call benchmarks should be equal within error, and the lookups a few nanoseconds.
 * Needs {@code redis-server} on the PATH.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class RedisTokenStoreBenchmark {

  static final Operation PING =
      Operation.read("ping", "traffic", "/v1/cities/{city}/traffic/benchmark-ping").withoutCitizen();
  static final ApiRequest REQUEST = ApiRequest.of(PING).path("city", CityCode.SHANGHAI).build();

  Process redis;
  CitySandbox sandbox;
  RedisSharing sharing;
  CityServices inMemory;
  CityServices shared;
  TokenStore memoryStore;
  TokenStore.TokenKey key;

  @Setup(Level.Trial)
  public void start() throws IOException {
    int port = freePort();
    redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "no")
        .redirectErrorStream(true)
        .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "redis-benchmark-" + port + ".log"))
        .start();
    sandbox = CitySandbox.builder().build().start();
    sandbox.router().get(PING.pathTemplate(), RouteFlags.DEFAULT,
        request -> SandboxResponse.ok(Map.of("city", request.pathParam("city"))));
    sharing = connect("redis://127.0.0.1:" + port);
    memoryStore = new InMemoryTokenStore();
    inMemory = client(memoryStore);
    shared = client(sharing.tokenStore());
    key = new TokenStore.TokenKey(sandbox.baseUrl(), sandbox.defaultApp().clientId(), "");
    // The first call fetches (and, for the shared client, publishes) the token; later calls reuse it.
    call(inMemory);
    call(shared);
  }

  @TearDown(Level.Trial)
  public void stop() {
    inMemory.close();
    shared.close();
    sharing.close();
    sandbox.close();
    redis.destroyForcibly();
  }

  /** A signed call; the token is held in memory. */
  @Benchmark
  public JsonNode callWithInMemoryTokenStore() {
    return call(inMemory);
  }

  /** The same call with the token shared through Redis. */
  @Benchmark
  public JsonNode callWithRedisTokenStore() {
    return call(shared);
  }

  /** The lookup every call makes, in-memory store. */
  @Benchmark
  public Optional<AccessToken> lookupInMemory() {
    return memoryStore.get(key);
  }

  /** The lookup every call makes, Redis store (a valid token held locally). */
  @Benchmark
  public Optional<AccessToken> lookupRedis() {
    return sharing.tokenStore().get(key);
  }

  CityServices client(TokenStore store) {
    return CityServices.builder()
        .baseUrl(sandbox.baseUrl())
        .credentials(sandbox.defaultApp().credentials())
        .checkServiceCatalog(false)
        .tokenStore(store)
        .build();
  }

  static JsonNode call(CityServices city) {
    return city.apiExecutor().execute(REQUEST, RequestOptions.none(), ResponseType.of(JsonNode.class));
  }

  // redis-server takes a moment to listen: connecting is retried for up to ten seconds.
  static RedisSharing connect(String uri) {
    long giveUpAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (true) {
      try {
        return RedisSharing.builder().uri(uri).encryptionKey(new SecretKeySpec(new byte[32], "AES"))
            .timeout(Duration.ofSeconds(1)).build();
      } catch (RuntimeException e) {
        if (System.nanoTime() - giveUpAt > 0) {
          throw e;
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
