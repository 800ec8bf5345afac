package io.cityservices.spring;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.webhook.EventType;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.core.webhook.WebhookVerifier;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What both webhook endpoints (Spring MVC and WebFlux) do with one delivery: verify it with the SDK
 * and publish a verified, new event as its typed data (or as the {@link WebhookEvent} when no module
 * declares its type). Answers the HTTP status to send: 204 for a verified event and for a duplicate
 * (acknowledged, not published again, or the platform would keep redelivering it), 401 when
 * verification fails, 400 for a signed body that is not an event. May block (the platform's key
 * set can be fetched) and runs the application's listeners, so it never runs on an event loop.
 */
final class WebhookReceiver {

  private static final Logger log = LoggerFactory.getLogger(WebhookReceiver.class);

  static final int ACCEPTED = 204;
  static final int MALFORMED = 400;
  static final int UNVERIFIED = 401;

  private final WebhookVerifier verifier;
  private final WebhookEventTypes types;
  private final ApplicationEventPublisher publisher;

  WebhookReceiver(
      WebhookVerifier verifier, WebhookEventTypes types, ApplicationEventPublisher publisher) {
    this.verifier = verifier;
    this.types = types;
    this.publisher = publisher;
  }

  int receive(byte[] body, Map<String, String> headers) {
    WebhookEvent event;
    try {
      event = verifier.verify(body, headers);
    } catch (SignatureException e) {
      log.warn("Rejected a webhook delivery: {}", e.getMessage());
      return UNVERIFIED;
    } catch (ValidationException e) {
      log.warn("Rejected a signed webhook delivery that is not an event: {}", e.getMessage());
      return MALFORMED;
    }
    if (event.isDuplicate()) {
      log.debug("Acknowledged duplicate event {} ({})", event.id(), event.type());
      return ACCEPTED;
    }
    Optional<EventType<?>> type = types.forName(event.type());
    Object published = type.flatMap(t -> event.data(t).<Object>map(data -> data)).orElse(event);
    publisher.publishEvent(published);
    return ACCEPTED;
  }
}
