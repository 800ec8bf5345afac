package io.cityservices.spring;

import io.cityservices.core.error.SignatureException;
import io.cityservices.core.error.ValidationException;
import io.cityservices.core.webhook.EventType;
import io.cityservices.core.webhook.WebhookEvent;
import io.cityservices.core.webhook.WebhookVerifier;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives platform events at {@code cityservices.webhook.path} (when {@code
 * cityservices.webhook.enabled=true}), verifies each with the SDK (signature, digest, time,
 * target URI {@code cityservices.webhook.endpoint-url}, duplicates) and publishes it as a Spring application event, so that an application writes:
 *
 * <pre>{@code
 * @EventListener
 * void on(ViolationRecorded violation) { ... }
 * }</pre>
 *
 * <p>An event of a type a department module on the classpath declares is published as its typed
 * {@code data} record; any other verified event as the {@link WebhookEvent} itself. Answers: 204 for
 * a verified event, and for a duplicate, which is acknowledged but not published again (the
 * platform would otherwise keep redelivering it); 401 when verification fails; 400 for a signed
 * body that is not an event. Listeners run on the request thread: an exception they throw makes the
 * answer a 5xx, and the platform redelivers later.
 */
@RestController
public class CityServicesWebhookController {

  private static final Logger log = LoggerFactory.getLogger(CityServicesWebhookController.class);

  private final WebhookVerifier verifier;
  private final WebhookEventTypes types;
  private final ApplicationEventPublisher publisher;

  CityServicesWebhookController(
      WebhookVerifier verifier, WebhookEventTypes types, ApplicationEventPublisher publisher) {
    this.verifier = verifier;
    this.types = types;
    this.publisher = publisher;
  }

  /** Verifies and publishes one delivery. */
  @PostMapping("${cityservices.webhook.path:/cityservices/webhooks}")
  public ResponseEntity<Void> receive(
      @RequestBody(required = false) byte[] body, @RequestHeader HttpHeaders headers) {
    WebhookEvent event;
    try {
      event = verifier.verify(body, headers.toSingleValueMap());
    } catch (SignatureException e) {
      log.warn("Rejected a webhook delivery: {}", e.getMessage());
      return ResponseEntity.status(401).build();
    } catch (ValidationException e) {
      log.warn("Rejected a signed webhook delivery that is not an event: {}", e.getMessage());
      return ResponseEntity.badRequest().build();
    }
    if (event.isDuplicate()) {
      log.debug("Acknowledged duplicate event {} ({})", event.id(), event.type());
      return ResponseEntity.noContent().build();
    }
    Optional<EventType<?>> type = types.forName(event.type());
    Object published = type.flatMap(t -> event.data(t).<Object>map(data -> data)).orElse(event);
    publisher.publishEvent(published);
    return ResponseEntity.noContent().build();
  }
}
