package io.cityservices.spring;

import io.cityservices.core.CityServices;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.core.signing.SignatureAlgorithm;
import io.cityservices.core.signing.SigningKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/** Turns {@link CityServicesProperties} into a configured {@link CityServices.Builder}. */
final class CityServicesFactory {

  private static final Logger log = LoggerFactory.getLogger(CityServicesFactory.class);

  private CityServicesFactory() {}

  static CityServices.Builder builder(
      CityServicesProperties p,
      List<ExecutionInterceptor> interceptors,
      List<CircuitBreakerListener> listeners) {
    CityServices.Builder b =
        CityServices.builder()
            .baseUrl(require(p.getBaseUrl(), "cityservices.base-url", "the platform's address"))
            .credentials(credentials(p))
            .scope(p.getScope())
            .connectTimeout(p.getConnectTimeout())
            .readTimeout(p.getReadTimeout())
            .callTimeout(p.getCallTimeout())
            .maxConcurrentRequests(p.getMaxConcurrentRequests())
            .userAgentSuffix(p.getUserAgentSuffix())
            .rateLimitMode(p.getRateLimitMode())
            .cacheEntries(p.getCacheEntries())
            .checkServiceCatalog(p.isCheckServiceCatalog())
            .signatureTolerance(p.getSignatureTolerance())
            .retryPolicy(
                RetryPolicy.builder()
                    .maxAttempts(p.getRetry().getMaxAttempts())
                    .baseDelay(p.getRetry().getBaseDelay())
                    .maxDelay(p.getRetry().getMaxDelay())
                    .build())
            .circuitBreaker(
                CircuitBreakerConfig.builder()
                    .slidingWindowSize(p.getCircuitBreaker().getSlidingWindowSize())
                    .minimumNumberOfCalls(p.getCircuitBreaker().getMinimumNumberOfCalls())
                    .failureRateThreshold(p.getCircuitBreaker().getFailureRateThreshold())
                    .openDuration(p.getCircuitBreaker().getOpenDuration())
                    .permittedCallsInHalfOpenState(
                        p.getCircuitBreaker().getPermittedCallsInHalfOpenState())
                    .build())
            .circuitBreakerListener(composite(List.copyOf(listeners)));
    String defaultCity = p.getDefaultCity();
    if (defaultCity != null && !defaultCity.isBlank()) {
      b.defaultCity(CityCode.of(defaultCity));
    }
    interceptors.forEach(b::addInterceptor);
    return b;
  }

  private static AppCredentials credentials(CityServicesProperties p) {
    String clientId = require(p.getClientId(), "cityservices.client-id", "the app's OAuth client id");
    String pem = privateKeyPem(p);
    SigningKey key = null;
    if (pem != null) {
      String keyId =
          require(p.getKeyId(), "cityservices.key-id", "the id the platform registered the app's key under");
      key = SigningKey.fromPem(keyId, SignatureAlgorithm.fromName(p.getKeyAlgorithm()), pem);
    }
    String secret = p.getClientSecret();
    if (secret != null && !secret.isBlank()) {
      AppCredentials basic = AppCredentials.clientSecret(clientId, secret);
      return key == null ? basic : basic.withSigningKey(key);
    }
    if (key == null) {
      throw new MissingCityServicesPropertyException(
          "cityservices.private-key",
          "the app authenticates with its private key (cityservices.private-key or"
              + " cityservices.private-key-location, with cityservices.key-id) or with"
              + " cityservices.client-secret");
    }
    return AppCredentials.privateKey(clientId, key);
  }

  private static @Nullable String privateKeyPem(CityServicesProperties p) {
    String inline = p.getPrivateKey();
    if (inline != null && !inline.isBlank()) {
      return inline;
    }
    Resource location = p.getPrivateKeyLocation();
    if (location == null) {
      return null;
    }
    try {
      return location.getContentAsString(StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read cityservices.private-key-location " + location.getDescription(), e);
    }
  }

  private static String require(@Nullable String value, String property, String why) {
    if (value == null || value.isBlank()) {
      throw new MissingCityServicesPropertyException(property, why);
    }
    return value;
  }

  // The builder takes one listener; every listener bean is told, and one that throws does not keep
  // the others from hearing of the transition.
  private static CircuitBreakerListener composite(List<CircuitBreakerListener> listeners) {
    if (listeners.isEmpty()) {
      return CircuitBreakerListener.NONE;
    }
    return (name, from, to) -> {
      for (CircuitBreakerListener listener : listeners) {
        try {
          listener.onStateChange(name, from, to);
        } catch (RuntimeException e) {
          log.warn("Circuit breaker listener {} failed on {} -> {} for {}", listener, from, to, name, e);
        }
      }
    };
  }
}
