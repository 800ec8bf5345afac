package io.cityservices.traffic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A loopback webhook endpoint (JDK HttpServer) that collects events and lets a test await one type. */
final class WebhookReceiver implements AutoCloseable {

  private final HttpServer server;
  private final ObjectMapper mapper;
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final String awaitedType;
  private final CountDownLatch latch = new CountDownLatch(1);

  WebhookReceiver(ObjectMapper mapper, String awaitedType) {
    this.mapper = mapper;
    this.awaitedType = awaitedType;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hooks", exchange -> {
      JsonNode event = mapper.readTree(exchange.getRequestBody().readAllBytes());
      events.add(event);
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
      if (awaitedType.equals(event.path("type").asText())) {
        latch.countDown();
      }
    });
    server.start();
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
  }

  /** The first event of the awaited type, waiting up to 10 s for it. */
  JsonNode await() throws InterruptedException {
    if (!latch.await(10, TimeUnit.SECONDS)) {
      throw new AssertionError("no " + awaitedType + " event received; got " + events.size() + " others");
    }
    return events.stream().filter(e -> awaitedType.equals(e.path("type").asText())).findFirst().orElseThrow();
  }

  /** The event's data read as {@code type} with the SDK's mapper. */
  <T> T data(JsonNode event, Class<T> type) throws IOException {
    return mapper.treeToValue(event.get("data"), type);
  }

  List<JsonNode> events() {
    return List.copyOf(events);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
