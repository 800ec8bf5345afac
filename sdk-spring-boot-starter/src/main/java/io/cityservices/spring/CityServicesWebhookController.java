package io.cityservices.spring;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Receives platform events in a Spring MVC application at {@code cityservices.webhook.path} (when
 * {@code cityservices.webhook.enabled=true}), verifies each with the SDK (signature, digest, time,
 * target URI {@code cityservices.webhook.endpoint-url}, duplicates) and publishes it as a Spring
 * application event, so that an application writes:
 *
 * <pre>{@code
 * @EventListener
 * void on(ViolationRecorded violation) { ... }
 * }</pre>
 *
 * <p>An event of a type a department module on the classpath declares is published as its typed
 * {@code data} record; any other verified event as the {@code WebhookEvent} itself. Answers: 204
 * for a verified event, and for a duplicate, which is acknowledged but not published again; 401
 * when verification fails; 400 for a signed body that is not an event. Listeners run on the request
 * thread: an exception they throw makes the answer a 5xx, and the platform redelivers later. A
 * WebFlux application gets the same endpoint as a router function instead.
 */
@RestController
public class CityServicesWebhookController {

  private final WebhookReceiver receiver;

  CityServicesWebhookController(WebhookReceiver receiver) {
    this.receiver = receiver;
  }

  /**
   * Verifies and publishes one delivery; a redelivered event is acknowledged, not published again.
   *
   * @param body the delivery's bytes, exactly as signed
   * @param headers the delivery's headers (signature, digest)
   * @return 204, 400 or 401, with no body
   */
  @PostMapping("${cityservices.webhook.path:/cityservices/webhooks}")
  public ResponseEntity<Void> receive(
      @RequestBody(required = false) byte[] body, @RequestHeader HttpHeaders headers) {
    return ResponseEntity.status(receiver.receive(body, headers.toSingleValueMap())).build();
  }
}
