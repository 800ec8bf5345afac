package io.cityservices.core.internal.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The token endpoint's answer (RFC 6749 section 5.1, plus the platform's session key). */
@JsonIgnoreProperties(ignoreUnknown = true)
record TokenResponse(
    @Nullable String accessToken,
    @Nullable String tokenType,
    @Nullable Long expiresIn,
    @Nullable String scope,
    @Nullable String refreshToken,
    @Nullable String citizenId,
    @Nullable String signingKeyId,
    @Nullable String signingKey) {

  @Override
  public String toString() {
    return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
  }
}
