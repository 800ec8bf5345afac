package io.cityservices.examples;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.SandboxLogin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Where the examples run. With no configuration: a sandbox started in-process, its default app,
 * and its first seeded Shanghai citizen logged in through the real PKCE flow; {@code
 * CITY_SERVICES_SANDBOX_HTTPS=true} starts that sandbox on HTTPS with HTTP/2, under a certificate
 * generated at start that the client is told to trust. With {@code
 * CITY_SERVICES_BASE_URL} set: that platform, the app from {@code CITY_SERVICES_CLIENT_ID}, {@code
 * CITY_SERVICES_KEY_ID}, {@code CITY_SERVICES_PRIVATE_KEY_PEM} (or {@code ..._PEM_FILE}) and
 * {@code CITY_SERVICES_KEY_ALG} (default {@code ed25519}), and the citizen whose token your own
 * login flow obtained ({@code CITY_SERVICES_CITIZEN_ID}, {@code CITY_SERVICES_CITIZEN_TOKEN}).
 */
public final class ExampleEnvironment implements AutoCloseable {

  private final CitySandbox sandbox;
  private final CityServices client;
  private final CitizenToken citizen;
  private final CityCode city;

  private ExampleEnvironment(CitySandbox sandbox, CityServices client, CitizenToken citizen, CityCode city) {
    this.sandbox = sandbox;
    this.client = client;
    this.citizen = citizen;
    this.city = city;
  }

  /**
   * The body of every example's {@code main}: sets up the environment from the process's
   * variables, says where it runs, runs {@code example}, and tears everything down.
   */
  public static void run(String title, BiConsumer<ExampleEnvironment, PrintStream> example) {
    PrintStream out = System.out;
    try (ExampleEnvironment env = fromEnvironment()) {
      out.println("== " + title + " ==");
      out.println("Running against the " + env.description());
      example.accept(env, out);
    }
  }

  /** The environment the process's variables describe. */
  public static ExampleEnvironment fromEnvironment() {
    return from(System.getenv());
  }

  static ExampleEnvironment from(Map<String, String> env) {
    String baseUrl = env.get("CITY_SERVICES_BASE_URL");
    if (baseUrl == null || baseUrl.isBlank()) {
      return sandbox(CityCode.SHANGHAI, Boolean.parseBoolean(env.get("CITY_SERVICES_SANDBOX_HTTPS")));
    }
    CityCode city = CityCode.of(env.getOrDefault("CITY_SERVICES_CITY", CityCode.SHANGHAI.value()));
    AppCredentials credentials =
        AppCredentials.privateKeyPem(
            require(env, "CITY_SERVICES_CLIENT_ID"),
            require(env, "CITY_SERVICES_KEY_ID"),
            SignatureAlgorithm.fromName(env.getOrDefault("CITY_SERVICES_KEY_ALG", "ed25519")),
            pem(env));
    CityServices client =
        CityServices.builder().baseUrl(baseUrl).credentials(credentials).defaultCity(city).build();
    CitizenToken citizen =
        new CitizenToken(
            require(env, "CITY_SERVICES_CITIZEN_ID"),
            require(env, "CITY_SERVICES_CITIZEN_TOKEN"),
            null,
            Instant.now().plus(Duration.ofMinutes(30)),
            null);
    return new ExampleEnvironment(null, client, citizen, city);
  }

  /** A fresh in-process sandbox with its first seeded citizen of {@code city} logged in. */
  public static ExampleEnvironment sandbox(CityCode city) {
    return sandbox(city, false);
  }

  /**
   * A fresh in-process sandbox with its first seeded citizen of {@code city} logged in, on HTTPS
   * with HTTP/2 when {@code https} (the client trusts the sandbox's generated certificate), else on
   * plain HTTP/1.1.
   */
  public static ExampleEnvironment sandbox(CityCode city, boolean https) {
    CitySandbox.Builder builder = CitySandbox.builder();
    if (https) {
      builder.https();
    }
    CitySandbox sandbox = builder.build().start();
    CityServices client =
        CityServices.builder()
            .baseUrl(sandbox.baseUrl())
            .transportSecurity(sandbox.transportSecurity())
            .credentials(sandbox.defaultApp().credentials())
            .defaultCity(city)
            .build();
    CitizenToken citizen = SandboxLogin.citizenToken(client, sandbox.seed().firstCitizen(city).id());
    return new ExampleEnvironment(sandbox, client, citizen, city);
  }

  public CityServices client() {
    return client;
  }

  public CitizenToken citizen() {
    return citizen;
  }

  public CityCode city() {
    return city;
  }

  /** The in-process sandbox, when the examples run against one. */
  public Optional<CitySandbox> sandbox() {
    return Optional.ofNullable(sandbox);
  }

  /** One line saying where the example runs. */
  public String description() {
    return sandbox != null
        ? "in-process sandbox at " + sandbox.baseUrl() + " (seed " + sandbox.seed().seed() + ")"
        : client.configuration().baseUrl();
  }

  @Override
  public void close() {
    client.close();
    if (sandbox != null) {
      sandbox.close();
    }
  }

  private static String pem(Map<String, String> env) {
    String inline = env.get("CITY_SERVICES_PRIVATE_KEY_PEM");
    if (inline != null) {
      return inline;
    }
    try {
      return Files.readString(Path.of(require(env, "CITY_SERVICES_PRIVATE_KEY_PEM_FILE")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String require(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(name + " must be set when CITY_SERVICES_BASE_URL is");
    }
    return value;
  }

  /**
   * A member of a FHIR resource the SDK wrote as JSON text, read here with Jackson; any JSON
   * library does (the SDK hands out text so that an app on Jackson 3 or Gson needs no Jackson 2).
   *
   * @param fhirJson the resource
   * @param member a top-level string member, e.g. {@code status}
   * @return the member's text, empty when absent
   */
  public static String fhirMember(String fhirJson, String member) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(fhirJson).path(member).asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the SDK wrote invalid FHIR JSON", e);
    }
  }
}
