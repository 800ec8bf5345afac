package io.cityservices.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The platform's event bus: service modules (and tests) publish events, which are recorded and
 * delivered to every registered webhook.
 */
public final class Events {
  private final Clock clock;
  private final EventSigner signer;
  private final Webhooks webhooks;
  private final List<Event> published = new CopyOnWriteArrayList<>();

  Events(Clock clock, EventSigner signer, Webhooks webhooks) {
    this.clock = clock;
    this.signer = signer;
    this.webhooks = webhooks;
  }

  /**
   * Publishes an event: records it and queues a delivery to each registered webhook.
   *
   * @param type e.g. {@code utilities.bill.issued}
   * @param city the city's code
   * @param data the payload
   * @return the event
   */
  public Event publish(String type, String city, JsonNode data) {
    Event event = create(type, city, data);
    published.add(event);
    webhooks.deliver(event);
    return event;
  }

  /**
   * An event signed exactly as a webhook delivery to {@code endpoint} would be, without delivering
   * it: for unit tests of a webhook handler, whose verifier is bound to the same endpoint.
   *
   * @param endpoint the URL the receiver registered
   * @param type the event type, e.g. {@code traffic.violation.recorded}
   * @param city the six-digit code of the city the event is about
   * @param data the event's {@code data} member
   * @return the body and signature headers a delivery would carry
   */
  public SignedEvent signedEvent(String type, String city, JsonNode data, URI endpoint) {
    return signer.sign(create(type, city, data), Objects.requireNonNull(endpoint, "endpoint"), newDeliveryId());
  }

  static String newDeliveryId() {
    return "dlv_" + UUID.randomUUID();
  }

  /**
   * Every event published so far, oldest first.
   *
   * @return a snapshot, cleared by {@link CitySandbox#reset()}
   */
  public List<Event> published() {
    return List.copyOf(published);
  }

  private Event create(String type, String city, JsonNode data) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(city, "city");
    return new Event("evt_" + UUID.randomUUID(), type, clock.instant(), city, data);
  }

  void clear() {
    published.clear();
  }
}
