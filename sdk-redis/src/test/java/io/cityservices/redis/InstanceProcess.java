package io.cityservices.redis;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One instance of the app in its own JVM, for {@link ThreeProcessesTest}: it connects to the
 * sandbox and Redis given as arguments, prints {@code READY}, waits for {@code GO} on standard
 * input, then pings every 200 ms until {@code STOP} (or the end of its input) and prints {@code
 * DONE ok=<n> failed=<n>}. The client secret comes in the environment, not on the command line.
 */
public final class InstanceProcess {

  private InstanceProcess() {}

  /**
   * Runs one instance.
   *
   * @param args the Redis URI, the sandbox base URL, the client id and this instance's name
   */
  public static void main(String[] args) throws Exception {
    String redisUri = args[0];
    String baseUrl = args[1];
    String clientId = args[2];
    String name = args[3];
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    try (RedisSharing sharing = RedisSharing.builder().uri(redisUri).encryptionKey(SharedInstancesTest.KEY)
            // Generous for a loaded machine, where a cold JVM's first token request can take seconds.
            .timeout(Duration.ofSeconds(2)).leaseTimeout(Duration.ofSeconds(30)).build();
        CityServices city = CityServices.builder()
            .baseUrl(baseUrl)
            .credentials(AppCredentials.clientSecret(clientId, System.getenv("CITY_SERVICES_CLIENT_SECRET")))
            .userAgentSuffix(name)
            .callTimeout(Duration.ofSeconds(90))
            .tokenStore(sharing.tokenStore())
            .eventDeduplicator(sharing.eventDeduplicator(clientId))
            .requestQuota(sharing.requestQuota(clientId))
            .departmentSignal(sharing.departmentSignal(clientId))
            .build()) {
      out.println("READY");
      if (!"GO".equals(in.readLine())) {
        return;
      }
      AtomicBoolean stop = new AtomicBoolean();
      Thread stopper = new Thread(() -> {
        try {
          while (!"STOP".equals(in.readLine()) && !stop.get()) {
            // Anything else on the line is ignored; the end of input stops the instance too.
          }
        } catch (java.io.IOException e) {
          // The parent is gone: stop.
        } finally {
          stop.set(true);
        }
      });
      stopper.setDaemon(true);
      stopper.start();
      int ok = 0;
      int failed = 0;
      while (!stop.get()) {
        try {
          JsonNode pong = city.apiExecutor().execute(
              ApiRequest.of(SharedInstancesTest.PING).path("city", CityCode.SHANGHAI).build(),
              RequestOptions.none(), ResponseType.of(JsonNode.class));
          if ("310000".equals(pong.get("city").asText())) {
            ok++;
          } else {
            failed++;
          }
        } catch (RuntimeException e) {
          failed++;
          out.println("FAILED " + e.getClass().getSimpleName());
        }
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
      }
      out.println("DONE ok=" + ok + " failed=" + failed);
    }
  }
}
