package io.cityservices.core.internal.signing;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** A response's signature components, optionally bound to the request it answers. Immutable. */
record ResponseComponents(
    int statusCode, Function<String, String> headerLookup, @Nullable SignatureComponents boundRequest)
    implements SignatureComponents {

  ResponseComponents {
    if (statusCode < 100 || statusCode > 999) {
      throw new IllegalArgumentException("status must be a three-digit code");
    }
    Objects.requireNonNull(headerLookup, "headerLookup");
    if (boundRequest != null && boundRequest.isResponse()) {
      throw new IllegalArgumentException("the bound request must be a request");
    }
  }

  @Override
  public boolean isResponse() {
    return true;
  }

  @Override
  public String method() {
    throw noDerived("@method");
  }

  @Override
  public String targetUri() {
    throw noDerived("@target-uri");
  }

  @Override
  public String scheme() {
    throw noDerived("@scheme");
  }

  @Override
  public String authority() {
    throw noDerived("@authority");
  }

  @Override
  public String path() {
    throw noDerived("@path");
  }

  @Override
  public String query() {
    throw noDerived("@query");
  }

  @Override
  public Optional<String> header(String lowercaseName) {
    return Optional.ofNullable(headerLookup.apply(lowercaseName));
  }

  @Override
  public OptionalInt status() {
    return OptionalInt.of(statusCode);
  }

  @Override
  public Optional<SignatureComponents> request() {
    return Optional.ofNullable(boundRequest);
  }

  private static IllegalStateException noDerived(String name) {
    return new IllegalStateException("a response has no " + name + " of its own; use the req parameter");
  }

  @Override
  public String toString() {
    return "ResponseComponents[" + statusCode + ']';
  }
}
