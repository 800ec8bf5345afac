package io.cityservices.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.signing.ContentDigest;
import io.cityservices.core.signing.SignatureComponents;
import io.cityservices.core.signing.SignatureHeaders;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Serialises an event and signs it with the platform's current key, as every webhook delivery is. */
final class EventSigner {
  /** Header-only components do not depend on the target, so any absolute URI serves for signing. */
  private static final String ANY_TARGET = "http://127.0.0.1/webhook";

  private final ObjectMapper mapper;
  private final PlatformKeys keys;

  EventSigner(ObjectMapper mapper, PlatformKeys keys) {
    this.mapper = mapper;
    this.keys = keys;
  }

  SignedEvent sign(Event event) {
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(event);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("event data cannot be written as JSON", e);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    headers.put("Content-Digest", ContentDigest.sha256(body));
    SignatureHeaders signature = keys.signer("sig1", "content-digest")
        .sign(SignatureComponents.forRequest("POST", ANY_TARGET, name -> lookup(headers, name)));
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
