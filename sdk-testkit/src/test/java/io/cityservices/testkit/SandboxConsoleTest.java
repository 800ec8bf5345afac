package io.cityservices.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cityservices.core.model.CityCode;
import io.cityservices.testkit.traffic.TrafficData;
import io.cityservices.testkit.traffic.TrafficSandbox;
import java.io.IOException;
import io.cityservices.testkit.contract.OpenApiContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The console's JSON endpoints, over HTTP (the page itself is exercised in a real browser in examples). */
class SandboxConsoleTest {
  private static CitySandbox sandbox;
  private static final OpenApiContract CONTRACT = OpenApiContract.of(Path.of("src/main/openapi/sandbox-admin.yaml"));
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void start() {
    sandbox = CitySandbox.builder().console(true).build().start();
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  @Test
  void offByDefault() throws Exception {
    try (CitySandbox plain = CitySandbox.start()) {
      assertThat(plain.consoleUrl()).isEmpty();
      HttpResponse<String> reply = HTTP.send(HttpRequest.newBuilder(URI.create(plain.baseUrl() + "/_sandbox/api/cities")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(reply.statusCode()).isEqualTo(401);
    }
  }

  @Test
  void servesThePageFromTheJarWithoutOutsideResources() throws Exception {
    HttpResponse<String> page = get("");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
    assertThat(page.body()).contains("console.js").doesNotContain("http://", "https://");
    assertThat(get("console.js").body()).doesNotContain("http://", "https://", "innerHTML");
    assertThat(sandbox.consoleUrl()).contains(URI.create(sandbox.baseUrl() + "/_sandbox/"));
  }

  @Test
  void listsSeededCitizensMaskedWithTheirFinesAndBills() throws Exception {
    Citizen first = sandbox.seed().firstCitizen(CityCode.SHANGHAI);
    JsonNode citizens = json(get("api/cities/310000/citizens"));

    JsonNode shown = citizens.get(0);
    assertThat(shown.get("id").asText()).isEqualTo(first.id());
    String all = citizens.toString();
    assertThat(all).doesNotContain(first.name().value(), first.idNumber().value(), first.phone().value());
    List<String> kinds = new ArrayList<>();
    shown.get("records").forEach(r -> kinds.add(r.get("kind").asText()));
    assertThat(kinds).contains("fine", "bill", "application");
    TrafficData traffic = sandbox.data(TrafficData.class);
    String plate = traffic.firstVehicleOf(first).plate();
    assertThat(all).doesNotContain(plate);
  }

  @Test
  void departmentFaultsAreSetShownAndCleared() throws Exception {
    assertThat(post("api/faults", "{\"city\":\"310000\",\"department\":\"traffic\",\"fault\":\"unavailable\"}").statusCode())
        .isEqualTo(200);
    assertThat(trafficFault()).isEqualTo("unavailable");
    TestClient client = TestClient.connect(sandbox);
    assertThat(client.get("/v1/cities/310000/traffic/no-such-route").status()).isEqualTo(503);

    post("api/faults", "{\"city\":\"310000\",\"department\":\"traffic\",\"fault\":\"slow\",\"delay_ms\":1500}");
    assertThat(trafficFault()).isEqualTo("slow 1500 ms");
    post("api/faults", "{\"city\":\"310000\",\"department\":\"traffic\",\"fault\":\"healthy\"}");
    assertThat(trafficFault()).isEqualTo("healthy");
  }

  @Test
  void badControlsAreRefusedNamingTheField() throws Exception {
    HttpResponse<String> unknown = post("api/faults", "{\"city\":\"310000\",\"department\":\"zoo\",\"fault\":\"unavailable\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("message").asText()).contains("department");
    assertThat(post("api/clock", "{\"advance\":\"-PT1H\"}").statusCode()).isEqualTo(400);
    // Breaks the document's pattern on purpose, so it is sent past the contract check.
    HttpResponse<String> shortCity = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/api/faults"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"city\":\"31\",\"department\":\"traffic\",\"fault\":\"slow\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(shortCity.statusCode()).isEqualTo(400);
    assertThat(json(shortCity).get("message").asText()).contains("city");
    HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/api/clock"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("advance=P1D")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(form.statusCode()).as("a cross-site form post is refused").isEqualTo(415);
  }

  @Test
  void movesTheClockForward() throws Exception {
    Instant before = sandbox.clock().instant();
    // A minute: the clock is shared by this class's tests and never goes back, and a day would age
    // the other tests' request signatures past the platform's five minutes.
    JsonNode answer = json(post("api/clock", "{\"advance\":\"PT1M\"}"));
    assertThat(Instant.parse(answer.get("now").asText())).isAfterOrEqualTo(before.plus(Duration.ofMinutes(1)));
  }

  @Test
  void actionsRecordAViolationAndPublishTheWebhook() throws Exception {
    Citizen first = sandbox.seed().firstCitizen(CityCode.SHANGHAI);
    int fines = count(first, "fine");
    JsonNode actions = json(get("api/actions"));
    assertThat(actions.toString()).contains("traffic.record-violation", "utilities.issue-bill", "utilities.mark-overdue",
        "exit-entry.advance-applications");

    HttpResponse<String> done = post("api/actions/traffic.record-violation", "{\"citizen_id\":\"" + first.id() + "\"}");

    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(count(first, "fine")).isEqualTo(fines + 1);
    assertThat(sandbox.events().published()).extracting(Event::type).contains("traffic.violation.recorded");
    assertThat(post("api/actions/traffic.record-violation", "{\"citizen_id\":\"nobody\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void everyDepartmentWithRecordsShowsThemForTheCitysCitizens() throws Exception {
    java.util.Set<String> departments = new java.util.TreeSet<>();
    for (JsonNode citizen : json(get("api/cities/310000/citizens"))) {
      citizen.get("records").forEach(r -> departments.add(r.get("department").asText() + "/" + r.get("kind").asText()));
    }
    assertThat(departments).contains("traffic/fine", "utilities/bill", "exit-entry/application");
  }

  @Test
  void webhookDeliveriesShowTheirAttemptsAndLastStatus() throws Exception {
    Citizen first = sandbox.seed().firstCitizen(CityCode.SHANGHAI);
    // Port 1 on loopback refuses connections: every attempt fails, so all are made.
    sandbox.webhooks().register(URI.create("http://127.0.0.1:1/hooks"));
    post("api/actions/traffic.record-violation", "{\"citizen_id\":\"" + first.id() + "\"}");
    sandbox.webhooks().awaitFinished(1, Duration.ofSeconds(60));

    JsonNode webhooks = json(get("api/webhooks"));

    assertThat(webhooks.get("endpoints").get(0).asText()).isEqualTo("http://127.0.0.1:1/hooks");
    JsonNode delivery = webhooks.get("deliveries").get(0);
    assertThat(delivery.get("type").asText()).isEqualTo("traffic.violation.recorded");
    assertThat(delivery.get("attempts").asInt()).isEqualTo(5);
    assertThat(delivery.get("status").asInt()).isZero();
    assertThat(delivery.get("succeeded").asBoolean()).isFalse();
  }

  @Test
  void requestLogShowsTemplatesNotPathsAndLeavesTheConsoleOut() throws Exception {
    TestClient client = TestClient.connect(sandbox);
    client.get("/v1/cities/310000/traffic/violations/v-does-not-exist");
    get("api/cities");

    JsonNode log = json(get("api/requests"));

    assertThat(log.toString()).contains("/v1/cities/{city}/traffic/violations/{violation_id}")
        .doesNotContain("v-does-not-exist", "/_sandbox/");
    assertThat(log.get(0).get("request_id").asText()).isNotBlank();
    assertThat(sandbox.requests()).noneMatch(r -> r.getUrl().startsWith("/_sandbox"));
  }

  private String trafficFault() throws Exception {
    for (JsonNode city : json(get("api/cities"))) {
      if (city.get("city_code").asText().equals("310000")) {
        for (JsonNode d : city.get("departments")) {
          if (d.get("name").asText().equals(TrafficSandbox.DEPARTMENT.value())) {
            return d.get("fault").asText();
          }
        }
      }
    }
    throw new AssertionError("no Shanghai traffic in the console's catalog");
  }

  private int count(Citizen citizen, String kind) throws Exception {
    for (JsonNode c : json(get("api/cities/" + citizen.city().value() + "/citizens"))) {
      if (c.get("id").asText().equals(citizen.id())) {
        int n = 0;
        for (JsonNode r : c.get("records")) {
          n += r.get("kind").asText().equals(kind) ? 1 : 0;
        }
        return n;
      }
    }
    throw new AssertionError("citizen not listed");
  }

  /** GETs a console resource; every {@code api/} exchange is held to sandbox-admin.yaml. */
  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/" + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (path.startsWith("api/")) {
      CONTRACT.assertValid("GET", "/_sandbox/" + path, Map.of(), null, response.statusCode(), headers(response), response.body());
    }
    return response;
  }

  /** POSTs JSON to a console endpoint, held to sandbox-admin.yaml. */
  private static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/_sandbox/" + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    CONTRACT.assertValid("POST", "/_sandbox/" + path, Map.of("Content-Type", "application/json"), json,
        response.statusCode(), headers(response), response.body());
    return response;
  }

  private static Map<String, String> headers(HttpResponse<String> response) {
    return Map.of("Content-Type", response.headers().firstValue("Content-Type").orElse(""));
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return sandbox.mapper().readTree(response.body());
  }
}
