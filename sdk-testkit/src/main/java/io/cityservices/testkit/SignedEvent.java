package io.cityservices.testkit;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A webhook delivery as the platform sends it: the JSON body and the headers that sign it
 * ({@code Content-Type}, {@code Content-Digest}, {@code Signature-Input}, {@code Signature}).
 *
 * @param event the event
 * @param body the exact bytes that are signed
 * @param headers the delivery's headers
 */
// The body is copied in and out (see the constructor and body()), so callers never share the array.
@SuppressWarnings("ArrayRecordComponent")
public record SignedEvent(Event event, byte[] body, Map<String, String> headers) {
  /**
   * Copies the body and the headers.
   *
   * @param event the event
   * @param body the signed bytes; copied
   * @param headers the delivery's headers; copied
   */
  public SignedEvent {
    body = body.clone();
    headers = Map.copyOf(headers);
  }

  /**
   * The body bytes.
   *
   * @return a copy of the exact bytes that are signed
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body as UTF-8 text.
   *
   * @return the JSON text that was signed
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    // The payload may hold personal data.
    return "SignedEvent[id=" + event.id() + ", type=" + event.type() + "]";
  }
}
