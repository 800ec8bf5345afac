package io.cityservices.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.SignatureException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.core.webhook.WebhookVerifier;
import io.cityservices.testkit.CitySandbox;
import io.cityservices.testkit.traffic.TrafficData;
import io.cityservices.traffic.TrafficClient;
import io.cityservices.traffic.TrafficEvents;
import io.cityservices.traffic.Violation;
import io.cityservices.traffic.ViolationQuery;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A webhook receiver: a small JDK HTTP server that verifies every platform event (signature by
 * the platform's published key, content digest, freshness, duplicates) and prints it. Against the
 * sandbox it registers itself, makes the sandbox record a new violation for the citizen, pays an
 * older payable one, and prints the events that follow; against a real platform it listens until
 * stopped.
 *
 * <p>Deliveries are signed for the URL the platform posts to, so the verifier is bound to it. Behind
 * a proxy or load balancer that is the public URL: set {@code CITY_SERVICES_WEBHOOK_URL} to it.
 */
public final class WebhookReceiver {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private WebhookReceiver() {}

  public static void main(String[] args) {
    ExampleEnvironment.run("Webhook receiver", WebhookReceiver::run);
  }

  /** Receives, verifies and prints events; against the sandbox, provokes three and returns. */
  public static void run(ExampleEnvironment env, PrintStream out) {
    CountDownLatch expected = new CountDownLatch(3);
    HttpServer server = listen();
    try {
      URI local = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/city-services/events");
      String publicUrl = System.getenv("CITY_SERVICES_WEBHOOK_URL");
      URI endpoint = publicUrl == null || publicUrl.isBlank() ? local : URI.create(publicUrl);
      WebhookVerifier verifier = env.client().webhooks().forEndpoint(endpoint);
      server.createContext("/city-services/events", exchange -> handle(verifier, exchange, out, expected));
      server.start();
      out.println("Listening for events on " + local + (local.equals(endpoint) ? "" : " (registered as " + endpoint + ")"));
      if (env.sandbox().isEmpty()) {
        out.println("Register this endpoint with the platform; press Ctrl-C to stop.");
        awaitForever();
        return;
      }
      provokeEvents(env, env.sandbox().get(), endpoint, out);
      if (!expected.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
        out.println("Not every expected event arrived within " + WAIT.toSeconds() + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.stop(0);
    }
  }

  private static void provokeEvents(ExampleEnvironment env, CitySandbox sandbox, URI endpoint, PrintStream out) {
    sandbox.webhooks().register(endpoint);
    RequestOptions asCitizen = RequestOptions.forCitizen(env.citizen());
    TrafficClient traffic = TrafficClient.create(env.client(), env.city());
    TrafficData.SeededVehicle car =
        sandbox.data(TrafficData.class).firstVehicleOf(sandbox.seed().firstCitizen(env.city()));
    String violationId =
        sandbox.data(TrafficData.class).recordViolation(car.plate(), car.plateType(), "机动车违反禁令标志指示", 10_000, 3);
    out.println("The sandbox recorded camera violation " + violationId
        + " (no decision yet, so not payable); paying an older one that is payable...");
    Violation payable = traffic.violations().listAll(ViolationQuery.ownVehicles().build(), asCitizen).stream()
        .filter(Violation::isPayable)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the seeded citizen has no payable violation"));
    traffic.fines().pay(payable, asCitizen);
  }

  private static HttpServer listen() {
    try {
      return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Verifies one delivery; 401 for a bad signature, 204 once handled (duplicates included). */
  private static void handle(WebhookVerifier verifier, HttpExchange exchange, PrintStream out, CountDownLatch received)
      throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
    int status;
    try {
      WebhookEvent event = verifier.verify(body, headers);
      print(event, out);
      received.countDown();
      status = 204;
    } catch (SignatureException e) {
      out.println("Rejected a delivery: " + e.getMessage());
      status = 401;
    } catch (ValidationException e) {
      out.println("Rejected a malformed event: " + e.getMessage());
      status = 400;
    }
    exchange.sendResponseHeaders(status, -1);
    exchange.close();
  }

  private static void print(WebhookEvent event, PrintStream out) {
    String detail =
        event.data(TrafficEvents.VIOLATION_RECORDED)
            .map(v -> "new violation " + v.violationId() + " for " + v.plate())
            .or(() -> event.data(TrafficEvents.VIOLATION_PAID)
                .map(p -> "violation " + p.violationId() + " paid: " + p.amount().toDisplayString()))
            .orElse("data of " + event.rawData().length() + " characters");
    out.printf("Verified event %s %s in %s%s: %s%n",
        event.type(), event.id(), event.city() == null ? "-" : event.city().value(),
        event.isDuplicate() ? " (duplicate, ignored)" : "", detail);
  }

  private static void awaitForever() throws InterruptedException {
    new CountDownLatch(1).await();
  }
}
