package io.cityservices.core.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An {@code application/x-www-form-urlencoded} body, as the OAuth 2.0 token endpoint takes. Use it
 * as an {@link ApiRequest} body; anything else is sent as JSON.
 *
 * @param fields the fields in order; null values are dropped
 */
public record FormBody(Map<String, String> fields) {

  /**
   * Drops the fields whose value is null, keeping the order of the rest.
   *
   * @param fields the fields in order; not null, copied
   */
  public FormBody {
    Map<String, String> copy = new LinkedHashMap<>();
    fields.forEach(
        (k, v) -> {
          if (v != null) {
            copy.put(k, v);
          }
        });
    fields = java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * The encoded body bytes.
   *
   * @return the fields percent-encoded as UTF-8, joined with {@code &}
   */
  public byte[] encode() {
    return fields.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "FormBody" + fields.keySet();
  }
}
