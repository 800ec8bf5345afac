package io.cityservices.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.internal.signing.ContentDigest;
import io.cityservices.core.internal.signing.SignatureComponents;
import io.cityservices.core.internal.signing.SignatureHeaders;
import io.cityservices.core.webhook.WebhookVerifier;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Serialises an event and signs it with the platform's current key as a request to one endpoint, as
 * every webhook delivery is (core.yaml, "Webhook signatures"): {@code @method}, {@code @target-uri}
 * (the endpoint as registered, normalised) and {@code content-digest}, with {@code created},
 * {@code keyid}, {@code alg}, the delivery id as {@code nonce} and {@code tag="city-services-webhook"}.
 */
final class EventSigner {

  private final ObjectMapper mapper;
  private final PlatformKeys keys;

  EventSigner(ObjectMapper mapper, PlatformKeys keys) {
    this.mapper = mapper;
    this.keys = keys;
  }

  SignedEvent sign(Event event, URI endpoint, String deliveryId) {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event data cannot be written as JSON", e);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Content-Digest", ContentDigest.sha256(body));
    SignatureHeaders signature = keys.signerBuilder("sig1", "@method", "@target-uri", "content-digest")
        .tag(WebhookVerifier.TAG)
        .nonce(() -> deliveryId)
        .build()
        .sign(SignatureComponents.forRequest(
            "POST", WebhookVerifier.targetUri(endpoint), name -> lookup(headers, name)));
    headers.put(SignatureHeaders.SIGNATURE_INPUT, signature.signatureInput());
    headers.put(SignatureHeaders.SIGNATURE, signature.signature());
    return new SignedEvent(event, body, headers);
  }

  private static String lookup(Map<String, String> headers, String lowercaseName) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().toLowerCase(Locale.ROOT).equals(lowercaseName)) {
        return e.getValue();
      }
    }
    return null;
  }
}
