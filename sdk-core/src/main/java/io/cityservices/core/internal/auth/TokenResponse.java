package io.cityservices.core.internal.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The token endpoint's answer (RFC 6749 section 5.1, plus the platform's session key). */
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenResponse(
    String accessToken,
    String tokenType,
    Long expiresIn,
    String scope,
    String refreshToken,
    String citizenId,
    String signingKeyId,
    String signingKey) {

  @Override
  public String toString() {
    return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
  }
}
