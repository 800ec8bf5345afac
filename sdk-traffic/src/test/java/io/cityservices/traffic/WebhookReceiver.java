package io.cityservices.traffic;

import com.sun.net.httpserver.HttpServer;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.core.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A loopback webhook endpoint (JDK HttpServer) that verifies every delivery with the SDK's webhook
 * verifier, answering 204 or 401 as an app would, and lets a test await an event type.
 */
final class WebhookReceiver implements AutoCloseable {

  private final HttpServer server;
  private final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final String awaitedType;
  private final CountDownLatch latch = new CountDownLatch(1);

  WebhookReceiver(WebhookVerifier verifier, String awaitedType) {
    this.awaitedType = awaitedType;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WebhookVerifier bound = verifier.forEndpoint(endpoint());
    server.createContext("/hooks", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
      int status = 204;
      try {
        WebhookEvent event = bound.verify(body, headers);
        events.add(event);
        if (awaitedType.equals(event.type())) {
          latch.countDown();
        }
      } catch (RuntimeException e) {
        failures.add(e);
        status = 401;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
  }

  /** The first verified event of the awaited type, waiting up to 10 s for it. */
  WebhookEvent await() throws InterruptedException {
    if (!latch.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("no verified " + awaitedType + " event; " + events.size() + " others, failures "
          + failures);
    }
    return events.stream().filter(e -> awaitedType.equals(e.type())).findFirst().orElseThrow();
  }

  /** Every verified event so far. */
  List<WebhookEvent> events() {
    return List.copyOf(events);
  }

  /** Deliveries that failed verification. */
  List<Throwable> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
