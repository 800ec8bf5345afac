package io.cityservices.core.internal.signing;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The parts of one HTTP message that a signature can cover (RFC 9421 §2), independent of any HTTP
 * library: the transport adapts its own request and response types to this view, and so does the
 * sandbox.
 *
 * <p>Derived components ({@code @method}, {@code @target-uri}, ...) exist only for requests; a
 * response offers {@code @status}, its header fields and, through {@link #request()}, the request it
 * answers (for components carrying the {@code req} parameter).
 *
 * <p>Implementations must be safe to read from the thread that signs or verifies; the ones returned by
 * the factories here are immutable apart from the header lookup they wrap.
 */
public interface SignatureComponents {

  /**
   * Describes a request.
   *
   * @param method the request method, as sent (for example {@code POST})
   * @param url the absolute target URI, for example {@code https://example.com/foo?param=Value&Pet=dog}
   * @param headerLookup returns the field value for a lowercase header name, or {@code null} when the
   *     header is absent; several field lines of one name must be combined with {@code ", "}
   * @return the request's components
   * @throws IllegalArgumentException if the URL is not absolute or has no host
   */
  static SignatureComponents forRequest(
      String method, String url, Function<String, String> headerLookup) {
    return RequestComponents.parse(method, url, headerLookup);
  }

  /**
   * Describes a response that is not bound to its request.
   *
   * @param status the HTTP status code
   * @param headerLookup as in {@link #forRequest}
   * @return the response's components, without {@link #request()}
   */
  static SignatureComponents forResponse(int status, Function<String, String> headerLookup) {
    return new ResponseComponents(status, headerLookup, null);
  }

  /**
   * Describes a response together with the request it answers, so that components with the
   * {@code req} parameter (RFC 9421 §2.4) can be signed and verified.
   *
   * @param status the HTTP status code
   * @param headerLookup as in {@link #forRequest}
   * @param request the request's components
   * @return the response's components, with {@code request} as {@link #request()}
   */
  static SignatureComponents forResponse(
      int status, Function<String, String> headerLookup, @Nullable SignatureComponents request) {
    return new ResponseComponents(status, headerLookup, request);
  }

  /**
   * Whether this is a response (then only {@link #status()} and headers are available directly).
   *
   * @return true for a response, false for a request
   */
  boolean isResponse();

  /**
   * The request method ({@code @method}).
   *
   * @return the method as sent, e.g. {@code POST}
   * @throws IllegalStateException for a response
   */
  String method();

  /**
   * The full target URI ({@code @target-uri}).
   *
   * @return the absolute target URI
   * @throws IllegalStateException for a response
   */
  String targetUri();

  /**
   * The lowercase scheme ({@code @scheme}).
   *
   * @return {@code http} or {@code https}
   * @throws IllegalStateException for a response
   */
  String scheme();

  /**
   * The lowercase host with a non-default port ({@code @authority}).
   *
   * @return the authority, e.g. {@code api.example.com} or {@code localhost:8443}
   * @throws IllegalStateException for a response
   */
  String authority();

  /**
   * The raw absolute path, {@code /} when empty ({@code @path}).
   *
   * @return the path, still percent-encoded
   * @throws IllegalStateException for a response
   */
  String path();

  /**
   * The raw query with its leading {@code ?}, just {@code ?} when there is none ({@code @query}).
   *
   * @return the query, still percent-encoded
   * @throws IllegalStateException for a response
   */
  String query();

  /**
   * The value of a header field.
   *
   * @param lowercaseName the field name in lowercase
   * @return the combined field value, or empty when absent
   */
  Optional<String> header(String lowercaseName);

  /**
   * The response status code ({@code @status}); empty for a request.
   *
   * @return the status code of a response, or empty for a request
   */
  OptionalInt status();

  /**
   * For a response built with its request, that request's components; otherwise empty.
   *
   * @return the request's components, or empty
   */
  Optional<SignatureComponents> request();
}
