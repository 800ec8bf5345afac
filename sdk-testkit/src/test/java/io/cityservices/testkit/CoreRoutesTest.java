package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.testkit.junit.CitySandboxTest;
import org.junit.jupiter.api.Test;

@CitySandboxTest
class CoreRoutesTest {
  CitySandbox sandbox;

  @Test
  void catalogListsTheTenSeededCitiesWithServicesFromTheModules() {
    TestClient.Reply reply = TestClient.connect(sandbox).get("/v1/catalog");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode cities = reply.json().get("cities");
    assertThat(cities).hasSize(10);
    assertThat(cities.get(0).get("city_code").asText()).isEqualTo("310000");
    assertThat(cities.get(0).get("name").asText()).isEqualTo("上海");
    assertThat(cities.get(0).get("services").toString())
        .startsWith("[\"traffic\",\"utilities\",\"health\"").contains("\"exit-entry\"");
    assertThat(cities.get(2).get("services").toString()).doesNotContain("exit-entry");
    assertThat(cities.get(3).get("city_code").asText()).isEqualTo("440100");
    assertThat(cities.get(3).get("services").toString()).startsWith("[\"traffic\",\"utilities\"").doesNotContain("health");
    assertThat(cities.get(9).get("city_code").asText()).isEqualTo("420100");
    assertThat(cities.get(9).get("name").asText()).isEqualTo("武汉");
    assertThat(cities.get(7).get("services").toString()).as("Taiyuan").isEqualTo("[\"traffic\",\"utilities\"]");
  }

  @Test
  void catalogIsCacheableWithEtagAnd304() {
    TestClient client = TestClient.connect(sandbox);
    TestClient.Reply first = client.get("/v1/catalog");
    assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=300");
    String etag = first.header("ETag");
    assertThat(etag).startsWith("\"").endsWith("\"");

    TestClient.Reply second = client.send(new TestClient.Options("GET", "/v1/catalog", null).header("If-None-Match", etag));

    assertThat(second.status()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
    assertThat(second.header("ETag")).isEqualTo(etag);
    client.verifySession(second);
  }

  @Test
  void responsesEchoOrGenerateRequestIds() {
    TestClient client = TestClient.connect(sandbox);
    TestClient.Reply echoed = client.send(new TestClient.Options("GET", "/v1/catalog", null).header("X-Request-Id", "req-test-1"));
    TestClient.Reply generated = client.get("/v1/catalog");

    assertThat(echoed.header("X-Request-Id")).isEqualTo("req-test-1");
    assertThat(generated.header("X-Request-Id")).startsWith("req_");
  }

  @Test
  void serviceNotOfferedIs404WithDepartment() {
    TestClient.Reply reply = TestClient.connect(sandbox).get("/v1/cities/440100/health/hospitals");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.header("Content-Type")).isEqualTo("application/problem+json");
    JsonNode problem = reply.json();
    assertThat(problem.get("code").asText()).isEqualTo("service_not_offered");
    assertThat(problem.get("request_id").asText()).isEqualTo(reply.header("X-Request-Id"));
    assertThat(problem.get("department").get("service").asText()).isEqualTo("health");
  }

  @Test
  void unknownRouteIsNotFound() {
    TestClient.Reply reply = TestClient.connect(sandbox).get("/v1/nothing-here");

    assertThat(reply.status()).isEqualTo(404);
    assertThat(reply.json().get("code").asText()).isEqualTo("not_found");
  }

  @Test
  void responsesAreNotGzippedEvenWhenTheClientAcceptsGzip() {
    // OkHttp sends Accept-Encoding: gzip transparently; the sandbox must answer identity.
    TestClient.Reply reply = TestClient.connect(sandbox).get("/v1/catalog");

    assertThat(reply.header("Content-Encoding")).isNull();
    assertThat(sandbox.requests()).isNotEmpty();
    assertThat(sandbox.requests().get(sandbox.requests().size() - 1).getHeader("Accept-Encoding")).contains("gzip");
  }
}
