package io.cityservices.conventions;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Interceptor;
import okio.Buffer;

/**
 * Records the HTTP exchanges of a department module's contract test so each can be checked against the
 * module's OpenAPI document with swagger-request-validator.
 */
public final class ContractExchanges {

  private ContractExchanges() {}

  /**
   * One request the SDK sent and the response it got, as seen on the wire.
   *
   * @param method the request's method
   * @param path the request's encoded path
   * @param query the request's encoded query, or {@code null}
   * @param requestHeaders the headers sent, as name and value pairs
   * @param requestBody the request body, or {@code null}
   * @param status the response's status
   * @param contentType the response's content type, or {@code null}
   * @param responseBody the response body, possibly empty
   * @param responseHeaders the headers received, as name and value pairs
   */
  public record Exchange(String method, String path, String query, List<String[]> requestHeaders, String requestBody,
      int status, String contentType, String responseBody, List<String[]> responseHeaders) {

    /** This exchange's request, query parameters decoded, for {@code OpenApiInteractionValidator}. */
    public SimpleRequest toRequest() {
      SimpleRequest.Builder b = new SimpleRequest.Builder(Request.Method.valueOf(method), path);
      if (query != null) {
        for (String pair : query.split("&", -1)) {
          int eq = pair.indexOf('=');
          b.withQueryParam(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)));
        }
      }
      requestHeaders.forEach(h -> b.withHeader(h[0], h[1]));
      if (requestBody != null) {
        b.withBody(requestBody);
      }
      return b.build();
    }

    /** This exchange's response, for {@code OpenApiInteractionValidator}. */
    public SimpleResponse toResponse() {
      SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
      if (contentType != null) {
        b.withContentType(contentType);
      }
      responseHeaders.stream().filter(h -> !h[0].equalsIgnoreCase("Content-Type")).forEach(h -> b.withHeader(h[0], h[1]));
      if (responseBody != null && !responseBody.isEmpty()) {
        b.withBody(responseBody);
      }
      return b.build();
    }
  }

  /**
   * A network interceptor adding every exchange to {@code exchanges} (which must be thread-safe: OkHttp
   * calls it from its dispatcher threads). As a network interceptor it sees the headers actually sent,
   * and the request body's content type is added as a header when OkHttp has not yet set it.
   */
  public static Interceptor record(List<Exchange> exchanges) {
    return chain -> {
      okhttp3.Request request = chain.request();
      String requestBody = null;
      List<String[]> headers = new ArrayList<>();
      request.headers().forEach(h -> headers.add(new String[] {h.getFirst(), h.getSecond()}));
      if (request.body() != null) {
        try (Buffer buffer = new Buffer()) {
          request.body().writeTo(buffer);
          requestBody = buffer.readString(StandardCharsets.UTF_8);
        }
        if (request.body().contentType() != null && request.header("Content-Type") == null) {
          headers.add(new String[] {"Content-Type", request.body().contentType().toString()});
        }
      }
      okhttp3.Response response = chain.proceed(request);
      String body = response.peekBody(Long.MAX_VALUE).string();
      List<String[]> responseHeaders = new ArrayList<>();
      response.headers().forEach(h -> responseHeaders.add(new String[] {h.getFirst(), h.getSecond()}));
      exchanges.add(new Exchange(request.method(), request.url().encodedPath(), request.url().encodedQuery(), headers,
          requestBody, response.code(), response.header("Content-Type"), body, responseHeaders));
      return response;
    };
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException ex) {
      throw new UncheckedIOException(new IOException(ex));
    }
  }
}
