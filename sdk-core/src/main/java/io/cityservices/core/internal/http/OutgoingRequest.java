package io.cityservices.core.internal.http;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP request of one attempt while the pipeline's policies shape it. Headers are kept under
 * lower-case names, the form signatures cover. Not thread-safe: one per attempt.
 */
public final class OutgoingRequest {

  private final String method;
  private final String url;
  private final byte @Nullable [] body;
  private final MediaType contentType;
  private final Map<String, String> headers = new LinkedHashMap<>();

  OutgoingRequest(String method, String url, byte @Nullable [] body, MediaType contentType) {
    this.method = method;
    this.url = url;
    this.body = body;
    this.contentType = contentType;
  }

  public String method() {
    return method;
  }

  /** The absolute URL, as signed in {@code @target-uri}. */
  public String url() {
    return url;
  }

  /** The serialised body, or null; never modified after construction. */
  public byte @Nullable [] body() {
    return body;
  }

  /** Sets a header, replacing any earlier value. */
  public void header(String name, String value) {
    headers.put(name.toLowerCase(Locale.ROOT), value);
  }

  /** A header's value, or null. */
  public @Nullable String header(String name) {
    return headers.get(name.toLowerCase(Locale.ROOT));
  }

  Request toOkHttp() {
    Headers.Builder hb = new Headers.Builder();
    headers.forEach(hb::addUnsafeNonAscii);
    RequestBody rb = body == null ? null : RequestBody.create(body, contentType);
    if (rb == null && ("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))) {
      rb = RequestBody.create(new byte[0], contentType);
    }
    return new Request.Builder().url(url).headers(hb.build()).method(method, rb).build();
  }
}
