package io.cityservices.core.internal.auth;

import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.internal.http.CallContext;
import io.cityservices.core.internal.http.OutgoingRequest;
import io.cityservices.core.internal.http.RequestPolicy;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Authenticates token requests with HTTP Basic when the app uses a client secret (RFC 6749 section
 * 2.3.1: id and secret are form-encoded before being joined and base64-encoded).
 */
public final class ClientAuthenticationPolicy implements RequestPolicy {

  private final String basic;

  public ClientAuthenticationPolicy(AppCredentials credentials) {
    this.basic =
        credentials.clientSecret() == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (enc(credentials.clientId()) + ":" + enc(credentials.clientSecret()))
                            .getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Override
  public void onRequest(CallContext call, OutgoingRequest request) {
    if (basic != null) {
      request.header("authorization", basic);
    }
  }

  @Override
  public String toString() {
    return "ClientAuthenticationPolicy[" + (basic == null ? "private_key_jwt" : "basic") + "]";
  }
}
