package io.cityservices.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.CityServices;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.CitySandbox;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** With a valid token held in memory, a call makes no Redis round trip. */
class LocalTokenTest {

  @Test
  void callsWithAValidTokenSendNoCommandToRedis() {
    try (LocalRedis server = LocalRedis.start();
        CitySandbox sandbox = CitySandbox.builder().discoverModules(false).module(new PingModule()).build().start();
        RedisSharing sharing = RedisSharing.builder().uri(server.uri())
            .encryptionKey(new SecretKeySpec(new byte[32], "AES")).build();
        CityServices city = CityServices.builder().baseUrl(sandbox.baseUrl())
            .credentials(sandbox.defaultApp().credentials()).tokenStore(sharing.tokenStore()).build()) {
      RedisClient admin = RedisClient.create(server.uri());
      try (StatefulRedisConnection<String, String> stats = admin.connect()) {
        call(city);
        stats.sync().configResetstat();

        for (int i = 0; i < 100; i++) {
          call(city);
        }

        String info = stats.sync().info("stats");
        long processed = info.lines().filter(l -> l.startsWith("total_commands_processed:"))
            .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).trim())).sum();
        System.out.printf("Redis commands during 100 calls with a valid token: %d (the INFO itself counted)%n", processed);
        assertThat(processed).isLessThanOrEqualTo(1);
      } finally {
        admin.shutdown();
      }
    }
  }

  static void call(CityServices city) {
    JsonNode pong = city.apiExecutor().execute(
        ApiRequest.of(SharedInstancesTest.PING).path("city", CityCode.SHANGHAI).build(),
        RequestOptions.none(), ResponseType.of(JsonNode.class));
    assertThat(pong.get("city").asText()).isEqualTo("310000");
  }
}
