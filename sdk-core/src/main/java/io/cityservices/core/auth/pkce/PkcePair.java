package io.cityservices.core.auth.pkce;

import java.util.Objects;

/**
 * A PKCE code verifier with its challenge. The verifier is a secret until the token exchange, so
 * {@link #toString()} masks it. Immutable.
 *
 * @param verifier the code verifier, sent only with the token request
 * @param challenge the code challenge, sent with the authorisation request
 * @param method the challenge method, always {@code S256}
 */
public record PkcePair(String verifier, String challenge, String method) {

  /**
   * Validates the members.
   *
   * @param verifier the code verifier; not null
   * @param challenge the code challenge; not null
   * @param method the challenge method; not null
   * @throws NullPointerException if an argument is null
   */
  public PkcePair {
    Objects.requireNonNull(verifier, "verifier");
    Objects.requireNonNull(challenge, "challenge");
    Objects.requireNonNull(method, "method");
  }

  /** Shows the challenge and method; the verifier is masked. */
  @Override
  public String toString() {
    return "PkcePair[verifier=***, challenge=" + challenge + ", method=" + method + ']';
  }
}
