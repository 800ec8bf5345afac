package io.cityservices.core.auth;

import io.cityservices.core.privacy.Redactor;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A citizen's authorisation to let the app act for them: the user token obtained through the
 * authorisation-code flow with PKCE (see {@link CitizenAuthorization}). Pass it per call through
 * {@link io.cityservices.core.RequestOptions#forCitizen(CitizenToken)}; the SDK keeps no "current
 * user", so one client serves many citizens without any risk of acting for the wrong one.
 *
 * <p>Immutable. Store it encrypted, like a password. {@link #toString()} shows neither token.
 *
 * @param citizenId the platform's stable id of the citizen
 * @param accessToken the user access token, sent as {@code X-Citizen-Token}
 * @param refreshToken the refresh token, or null when none was issued
 * @param expiresAt when the access token expires
 * @param scope the granted scope, space-separated, or null when the token endpoint named none
 */
public record CitizenToken(
    String citizenId,
    String accessToken,
    @Nullable String refreshToken,
    Instant expiresAt,
    @Nullable String scope) {

  /**
   * Checks the required components.
   *
   * @param citizenId the citizen's platform id; not null
   * @param accessToken the user access token; not null
   * @param refreshToken the refresh token, or null
   * @param expiresAt when the access token expires; not null
   * @param scope the granted scope, or null
   * @throws NullPointerException if {@code citizenId}, {@code accessToken} or {@code expiresAt} is
   *     null
   */
  public CitizenToken {
    Objects.requireNonNull(citizenId, "citizenId");
    Objects.requireNonNull(accessToken, "accessToken");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * True when the access token has expired at {@code now}.
   *
   * @param now the current instant, from the client's clock
   * @return true if {@code now} is at or after {@link #expiresAt()}
   */
  public boolean isExpired(Instant now) {
    return !now.isBefore(expiresAt);
  }

  @Override
  public String toString() {
    return "CitizenToken[citizenId="
        + citizenId
        + ", accessToken="
        + Redactor.maskSecret(accessToken)
        + ", expiresAt="
        + expiresAt
        + ", scope="
        + scope
        + "]";
  }
}
