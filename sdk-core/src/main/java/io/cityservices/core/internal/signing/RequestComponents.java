package io.cityservices.core.internal.signing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** A request's signature components, derived once from its method, URL and header lookup. Immutable. */
record RequestComponents(
    String method,
    String targetUri,
    String scheme,
    String authority,
    String path,
    String query,
    Function<String, String> headerLookup)
    implements SignatureComponents {

  static RequestComponents parse(String method, String url, Function<String, String> headerLookup) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(headerLookup, "headerLookup");
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URI: " + e.getReason(), e);
    }
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException("the target URI must be absolute with a host");
    }
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    String authority = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    // RFC 9421 §2.2.3: the authority is normalised, so a default port is omitted.
    if (port != -1 && !(port == 443 && scheme.equals("https")) && !(port == 80 && scheme.equals("http"))) {
      authority = authority + ':' + port;
    }
    String rawPath = uri.getRawPath();
    String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
    String rawQuery = uri.getRawQuery();
    String query = rawQuery == null ? "?" : "?" + rawQuery;
    return new RequestComponents(method, url, scheme, authority, path, query, headerLookup);
  }

  @Override
  public boolean isResponse() {
    return false;
  }

  @Override
  public Optional<String> header(String lowercaseName) {
    return Optional.ofNullable(headerLookup.apply(lowercaseName));
  }

  @Override
  public OptionalInt status() {
    return OptionalInt.empty();
  }

  @Override
  public Optional<SignatureComponents> request() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "RequestComponents[" + method + ' ' + targetUri + ']';
  }
}
