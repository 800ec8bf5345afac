package io.cityservices.core.internal.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A response read in full (its body must be complete before its digest and signature can be
 * checked). Header names are lower-case. Immutable.
 */
// The body is read once and never written to; a record is never compared, so no copy is made.
@SuppressWarnings("ArrayRecordComponent")
public record IncomingResponse(int status, Map<String, String> headers, byte[] body) {

  public IncomingResponse {
    headers = Map.copyOf(headers);
    body = body == null ? new byte[0] : body;
  }

  /** A header's value, or null. */
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  public Optional<String> headerOptional(String name) {
    return Optional.ofNullable(header(name));
  }

  public boolean isSuccessful() {
    return status >= 200 && status < 300;
  }
}
