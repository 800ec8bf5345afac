package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.redis.RedisSharing;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.traffic.StationQuery;
import io.cityservices.traffic.TrafficClient;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;

/**
 * Three instances of one app in one program sharing a local Redis ({@code REDIS_URI}, default
 * {@code redis://127.0.0.1:6379}) for the app token: the first call of the first instance fetches
 * it, the other two take it from Redis. They also share the platform's advertised rate-limit quota
 * per department and a "department open" signal from their circuit breakers. The AES key sealing the token in Redis comes from {@code
 * REDIS_TOKEN_KEY} (base64, 32 bytes); without it a fixed demo key is used. Runs against the
 * sandbox.
 */
public final class SharedInstances {

  private SharedInstances() {}

  public static void main(String[] args) {
    ExampleEnvironment.run("Three instances sharing Redis", SharedInstances::run);
  }

  public static void run(ExampleEnvironment env, PrintStream out) {
    CitySandbox sandbox = env.sandbox().orElse(null);
    if (sandbox == null) {
      out.println("This example runs against the in-process sandbox only.");
      return;
    }
    String uri = System.getenv().getOrDefault("REDIS_URI", "redis://127.0.0.1:6379");
    String key = System.getenv("REDIS_TOKEN_KEY");
    SecretKeySpec tokenKey =
        new SecretKeySpec(key == null ? new byte[32] : Base64.getDecoder().decode(key), "AES");
    long before = tokenRequests(sandbox);
    List<RedisSharing> redis = new ArrayList<>();
    List<CityServices> instances = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        RedisSharing shared = RedisSharing.builder().uri(uri).encryptionKey(tokenKey).build();
        redis.add(shared);
        instances.add(
            CityServices.builder()
                .baseUrl(sandbox.baseUrl())
                .credentials(sandbox.defaultApp().credentials())
                .tokenStore(shared.tokenStore())
                .eventDeduplicator(shared.eventDeduplicator(sandbox.defaultApp().clientId()))
                // One rate-limit quota and one breaker signal per department for all three.
                .requestQuota(shared.requestQuota(sandbox.defaultApp().clientId()))
                .departmentSignal(shared.departmentSignal(sandbox.defaultApp().clientId()))
                .build());
      }
      for (int i = 0; i < instances.size(); i++) {
        int stations =
            TrafficClient.create(instances.get(i), env.city()).inspections()
                .listStations(StationQuery.inCity(), RequestOptions.none()).data().size();
        out.printf("instance %d: %d inspection stations; shared through Redis: %s%n",
            i + 1, stations, redis.get(i).isShared());
      }
      out.printf("token requests by the three instances: %d%n", tokenRequests(sandbox) - before);
    } finally {
      instances.forEach(CityServices::close);
      redis.forEach(RedisSharing::close);
    }
  }

  private static long tokenRequests(CitySandbox sandbox) {
    return sandbox.requests().stream().filter(r -> r.getUrl().endsWith("/oauth2/token")).count();
  }
}
