package io.cityservices.core;

import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.TokenStore;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.core.transport.TransportSecurity;
import io.cityservices.core.webhook.EventDeduplicator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The settings a {@link CityServices} was built with; see its builder for each one's meaning.
 * Immutable; {@link #toString()} shows no credentials.
 */
public record ClientConfiguration(
    String baseUrl,
    AppCredentials credentials,
    String scope,
    CityCode defaultCity,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    String userAgentSuffix,
    OkHttpClient okHttpClient,
    int maxConcurrentRequests,
    List<ExecutionInterceptor> interceptors,
    Clock clock,
    RetryPolicy retryPolicy,
    CircuitBreakerConfig circuitBreaker,
    CircuitBreakerListener circuitBreakerListener,
    RateLimitMode rateLimitMode,
    int cacheEntries,
    TokenStore tokenStore,
    Duration signatureTolerance,
    EventDeduplicator eventDeduplicator,
    boolean checkServiceCatalog,
    TransportSecurity transportSecurity) {

  public ClientConfiguration {
    interceptors = List.copyOf(interceptors);
  }

  @Override
  public String toString() {
    return "baseUrl="
        + baseUrl
        + ", credentials="
        + credentials
        + ", defaultCity="
        + defaultCity
        + ", callTimeout="
        + callTimeout;
  }
}
