package io.cityservices.core.internal.auth;

import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.internal.http.Chain;
import io.cityservices.core.internal.http.Exchange;
import io.cityservices.core.internal.http.IncomingResponse;
import io.cityservices.core.internal.http.Stage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Authenticates token requests with HTTP Basic when the app uses a client secret (RFC 6749 section
 * 2.3.1: id and secret are form-encoded before being joined and base64-encoded).
 */
public final class ClientAuthenticationStage implements Stage {

  private final @Nullable String basic;

  public ClientAuthenticationStage(AppCredentials credentials) {
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
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    if (basic != null) {
      exchange.request().header("authorization", basic);
    }
    return next.proceed(exchange);
  }

  @Override
  public String toString() {
    return "ClientAuthenticationStage[" + (basic == null ? "private_key_jwt" : "basic") + "]";
  }
}
