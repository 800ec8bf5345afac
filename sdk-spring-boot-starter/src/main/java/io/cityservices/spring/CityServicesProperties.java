package io.cityservices.spring;

import io.cityservices.core.resilience.RateLimitMode;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code cityservices.*} properties: everything {@code CityServices.builder()} takes that can be
 * written in {@code application.yml}. Defaults are the SDK's own.
 *
 * <p>The app authenticates either with its private key ({@code private-key} as PEM text, or {@code
 * private-key-location} as a resource, plus {@code key-id}) or with a {@code client-secret}; a key
 * is needed to make payments either way.
 */
@ConfigurationProperties("cityservices")
public class CityServicesProperties {

  /** The platform's base URL, e.g. https://api.cityservices.example (required). */
  private @Nullable String baseUrl;

  /** The app's OAuth client id (required). */
  private @Nullable String clientId;

  /** The client secret, for HTTP Basic client authentication instead of a private key. */
  private @Nullable String clientSecret;

  /** The app's PKCS#8 PEM private key, inline (e.g. from a secret store); or use private-key-location. */
  private @Nullable String privateKey;

  /** Where the app's PKCS#8 PEM private key is, e.g. file:/run/secrets/city-services.pem. */
  private @Nullable Resource privateKeyLocation;

  /** The id the platform registered the app's public key under (required with a private key). */
  private @Nullable String keyId;

  /** The app key's algorithm: ed25519 or ecdsa-p256-sha256. */
  private String keyAlgorithm = "ed25519";

  /** The OAuth scope to request (default: the app's registered scope). */
  private @Nullable String scope;

  /** The six-digit code of the city that department client beans address, e.g. 310000. */
  private @Nullable String defaultCity;

  /** How long to wait for a TCP/TLS connection. */
  private Duration connectTimeout = Duration.ofSeconds(5);

  /** How long a read may stall. */
  private Duration readTimeout = Duration.ofSeconds(10);

  /** The whole-call deadline, covering every attempt and back-off wait. */
  private Duration callTimeout = Duration.ofSeconds(30);

  /** How many requests may be in flight at once (also the idle connection pool size). */
  private int maxConcurrentRequests = 64;

  /** Appended to the SDK's User-Agent, e.g. my-app/1.2. */
  private @Nullable String userAgentSuffix;

  /** What to do when the advertised rate-limit quota is used up: wait or fail-fast. */
  private RateLimitMode rateLimitMode = RateLimitMode.WAIT;

  /** How many public reference responses are cached (0 disables caching). */
  private int cacheEntries = 1_000;

  /** Whether calls are checked against the platform catalog before sending. */
  private boolean checkServiceCatalog = true;

  /**
   * How far the {@code created} time of a signed response or webhook delivery may be from the
   * clock.
   */
  private Duration signatureTolerance = Duration.ofMinutes(5);

  private final Retry retry = new Retry();
  private final CircuitBreaker circuitBreaker = new CircuitBreaker();
  private final Webhook webhook = new Webhook();

  /** How calls are retried. */
  public static class Retry {
    /** Attempts per call, the first included (1 disables retries). */
    private int maxAttempts = 3;

    /** The back-off ceiling of the first retry (full jitter below it). */
    private Duration baseDelay = Duration.ofMillis(100);

    /** The largest back-off between two attempts. */
    private Duration maxDelay = Duration.ofSeconds(5);

    /**
     * The {@code cityservices.retry.max-attempts} property: attempts per call, the first included
     * (1 disables retries).
     *
     * @return the value; default 3
     */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets {@code cityservices.retry.max-attempts}; Spring Boot binds it from the application's
     * configuration.
     *
     * @param maxAttempts attempts per call, the first included (1 disables retries)
     */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /**
     * The {@code cityservices.retry.base-delay} property: the back-off ceiling of the first retry
     * (full jitter below it).
     *
     * @return the value; default 100 ms
     */
    public Duration getBaseDelay() {
      return baseDelay;
    }

    /**
     * Sets {@code cityservices.retry.base-delay}; Spring Boot binds it from the application's
     * configuration.
     *
     * @param baseDelay the back-off ceiling of the first retry (full jitter below it)
     */
    public void setBaseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
    }

    /**
     * The {@code cityservices.retry.max-delay} property: the largest back-off between two attempts.
     *
     * @return the value; default 5 s
     */
    public Duration getMaxDelay() {
      return maxDelay;
    }

    /**
     * Sets {@code cityservices.retry.max-delay}; Spring Boot binds it from the application's
     * configuration.
     *
     * @param maxDelay the largest back-off between two attempts
     */
    public void setMaxDelay(Duration maxDelay) {
      this.maxDelay = maxDelay;
    }
  }

  /** The per-department circuit breakers. */
  public static class CircuitBreaker {
    /** How many of the most recent outcomes are considered. */
    private int slidingWindowSize = 20;

    /** Outcomes needed in the window before the failure rate is evaluated. */
    private int minimumNumberOfCalls = 10;

    /** Failure percentage at or above which the breaker opens. */
    private double failureRateThreshold = 50;

    /** How long the breaker stays open before letting trial calls through. */
    private Duration openDuration = Duration.ofSeconds(30);

    /** Trial calls let through while half-open; all must succeed to close the breaker. */
    private int permittedCallsInHalfOpenState = 2;

    /**
     * The {@code cityservices.circuit-breaker.sliding-window-size} property: how many of the most
     * recent outcomes are considered.
     *
     * @return the value; default 20
     */
    public int getSlidingWindowSize() {
      return slidingWindowSize;
    }

    /**
     * Sets {@code cityservices.circuit-breaker.sliding-window-size}; Spring Boot binds it from the
     * application's configuration.
     *
     * @param slidingWindowSize how many of the most recent outcomes are considered
     */
    public void setSlidingWindowSize(int slidingWindowSize) {
      this.slidingWindowSize = slidingWindowSize;
    }

    /**
     * The {@code cityservices.circuit-breaker.minimum-number-of-calls} property: outcomes needed
     * in the window before the failure rate is evaluated.
     *
     * @return the value; default 10
     */
    public int getMinimumNumberOfCalls() {
      return minimumNumberOfCalls;
    }

    /**
     * Sets {@code cityservices.circuit-breaker.minimum-number-of-calls}; Spring Boot binds it from
     * the application's configuration.
     *
     * @param minimumNumberOfCalls outcomes needed in the window before the failure rate is
     *     evaluated
     */
    public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
      this.minimumNumberOfCalls = minimumNumberOfCalls;
    }

    /**
     * The {@code cityservices.circuit-breaker.failure-rate-threshold} property: failure percentage
     * at or above which the breaker opens.
     *
     * @return the value; default 50
     */
    public double getFailureRateThreshold() {
      return failureRateThreshold;
    }

    /**
     * Sets {@code cityservices.circuit-breaker.failure-rate-threshold}; Spring Boot binds it from
     * the application's configuration.
     *
     * @param failureRateThreshold failure percentage at or above which the breaker opens
     */
    public void setFailureRateThreshold(double failureRateThreshold) {
      this.failureRateThreshold = failureRateThreshold;
    }

    /**
     * The {@code cityservices.circuit-breaker.open-duration} property: how long the breaker stays
     * open before letting trial calls through.
     *
     * @return the value; default 30 s
     */
    public Duration getOpenDuration() {
      return openDuration;
    }

    /**
     * Sets {@code cityservices.circuit-breaker.open-duration}; Spring Boot binds it from the
     * application's configuration.
     *
     * @param openDuration how long the breaker stays open before letting trial calls through
     */
    public void setOpenDuration(Duration openDuration) {
      this.openDuration = openDuration;
    }

    /**
     * The {@code cityservices.circuit-breaker.permitted-calls-in-half-open-state} property: trial
     * calls let through while half-open; all must succeed to close the breaker.
     *
     * @return the value; default 2
     */
    public int getPermittedCallsInHalfOpenState() {
      return permittedCallsInHalfOpenState;
    }

    /**
     * Sets {@code cityservices.circuit-breaker.permitted-calls-in-half-open-state}; Spring Boot
     * binds it from the application's configuration.
     *
     * @param permittedCallsInHalfOpenState trial calls let through while half-open; all must
     *     succeed to close the breaker
     */
    public void setPermittedCallsInHalfOpenState(int permittedCallsInHalfOpenState) {
      this.permittedCallsInHalfOpenState = permittedCallsInHalfOpenState;
    }
  }

  /** The webhook endpoint (Spring MVC), off unless enabled. */
  public static class Webhook {
    /** Whether to receive platform events at the endpoint and publish them as application events. */
    private boolean enabled;

    /** The endpoint's path in this application. */
    private String path = "/cityservices/webhooks";

    /**
     * The endpoint's public URL exactly as registered with the platform (required when enabled):
     * deliveries are signed over it, so one captured for another endpoint or app is refused. Behind a
     * proxy or load balancer this is the outside URL, not the one the request arrived at.
     */
    private java.net.@Nullable URI endpointUrl;

    /**
     * The {@code cityservices.webhook.enabled} property: whether to receive platform events at the
     * endpoint and publish them as application events.
     *
     * @return the value; default false
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets {@code cityservices.webhook.enabled}; Spring Boot binds it from the application's
     * configuration.
     *
     * @param enabled whether to receive platform events at the endpoint and publish them as
     *     application events
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * The {@code cityservices.webhook.path} property: the endpoint's path in this application.
     *
     * @return the value; default {@code /cityservices/webhooks}
     */
    public String getPath() {
      return path;
    }

    /**
     * Sets {@code cityservices.webhook.path}; Spring Boot binds it from the application's
     * configuration.
     *
     * @param path the endpoint's path in this application
     */
    public void setPath(String path) {
      this.path = path;
    }

    /**
     * The {@code cityservices.webhook.endpoint-url} property: the endpoint's public URL exactly as
     * registered with the platform (required when enabled): deliveries are signed over it, so
     * one captured for another endpoint or app is refused. Behind a proxy or load balancer
     * this is the outside URL, not the one the request arrived at.
     *
     * @return the value, or null when it is not set
     */
    public java.net.@Nullable URI getEndpointUrl() {
      return endpointUrl;
    }

    /**
     * Sets {@code cityservices.webhook.endpoint-url}; Spring Boot binds it from the application's
     * configuration.
     *
     * @param endpointUrl the endpoint's public URL exactly as registered with the platform
     *     (required when enabled): deliveries are signed over it, so one captured for another
     *     endpoint or app is refused. Behind a proxy or load balancer this is the outside URL, not
     *     the one the request arrived at, or null to unset it
     */
    public void setEndpointUrl(java.net.@Nullable URI endpointUrl) {
      this.endpointUrl = endpointUrl;
    }
  }

  /**
   * The {@code cityservices.base-url} property: the platform's base URL, e.g.
   * https://api.cityservices.example (required).
   *
   * @return the value, or null when it is not set
   */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets {@code cityservices.base-url}; Spring Boot binds it from the application's configuration.
   *
   * @param baseUrl the platform's base URL, e.g. https://api.cityservices.example (required), or
   *     null to unset it
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * The {@code cityservices.client-id} property: the app's OAuth client id (required).
   *
   * @return the value, or null when it is not set
   */
  public @Nullable String getClientId() {
    return clientId;
  }

  /**
   * Sets {@code cityservices.client-id}; Spring Boot binds it from the application's configuration.
   *
   * @param clientId the app's OAuth client id (required), or null to unset it
   */
  public void setClientId(@Nullable String clientId) {
    this.clientId = clientId;
  }

  /**
   * The {@code cityservices.client-secret} property: the client secret, for HTTP Basic client
   * authentication instead of a private key.
   *
   * @return the value, or null when it is not set
   */
  public @Nullable String getClientSecret() {
    return clientSecret;
  }

  /**
   * Sets {@code cityservices.client-secret}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param clientSecret the client secret, for HTTP Basic client authentication instead of a
   *     private key, or null to unset it
   */
  public void setClientSecret(@Nullable String clientSecret) {
    this.clientSecret = clientSecret;
  }

  /**
   * The {@code cityservices.private-key} property: the app's PKCS#8 PEM private key, inline (e.g.
   * from a secret store); or use private-key-location.
   *
   * @return the value, or null when it is not set
   */
  public @Nullable String getPrivateKey() {
    return privateKey;
  }

  /**
   * Sets {@code cityservices.private-key}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param privateKey the app's PKCS#8 PEM private key, inline (e.g. from a secret store); or use
   *     private-key-location, or null to unset it
   */
  public void setPrivateKey(@Nullable String privateKey) {
    this.privateKey = privateKey;
  }

  /**
   * The {@code cityservices.private-key-location} property: where the app's PKCS#8 PEM private key
   * is, e.g. file:/run/secrets/city-services.pem.
   *
   * @return the value, or null when it is not set
   */
  public @Nullable Resource getPrivateKeyLocation() {
    return privateKeyLocation;
  }

  /**
   * Sets {@code cityservices.private-key-location}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param privateKeyLocation where the app's PKCS#8 PEM private key is, e.g.
   *     file:/run/secrets/city-services.pem, or null to unset it
   */
  public void setPrivateKeyLocation(@Nullable Resource privateKeyLocation) {
    this.privateKeyLocation = privateKeyLocation;
  }

  /**
   * The {@code cityservices.key-id} property: the id the platform registered the app's public key
   * under (required with a private key).
   *
   * @return the value, or null when it is not set
   */
  public @Nullable String getKeyId() {
    return keyId;
  }

  /**
   * Sets {@code cityservices.key-id}; Spring Boot binds it from the application's configuration.
   *
   * @param keyId the id the platform registered the app's public key under (required with a
   *     private key), or null to unset it
   */
  public void setKeyId(@Nullable String keyId) {
    this.keyId = keyId;
  }

  /**
   * The {@code cityservices.key-algorithm} property: the app key's algorithm: ed25519 or
   * ecdsa-p256-sha256.
   *
   * @return the value; default {@code ed25519}
   */
  public String getKeyAlgorithm() {
    return keyAlgorithm;
  }

  /**
   * Sets {@code cityservices.key-algorithm}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param keyAlgorithm the app key's algorithm: ed25519 or ecdsa-p256-sha256
   */
  public void setKeyAlgorithm(String keyAlgorithm) {
    this.keyAlgorithm = keyAlgorithm;
  }

  /**
   * The {@code cityservices.scope} property: the OAuth scope to request (default: the app's
   * registered scope).
   *
   * @return the value, or null when it is not set
   */
  public @Nullable String getScope() {
    return scope;
  }

  /**
   * Sets {@code cityservices.scope}; Spring Boot binds it from the application's configuration.
   *
   * @param scope the OAuth scope to request (default: the app's registered scope), or null to
   *     unset it
   */
  public void setScope(@Nullable String scope) {
    this.scope = scope;
  }

  /**
   * The {@code cityservices.default-city} property: the six-digit code of the city that department
   * client beans address, e.g. 310000.
   *
   * @return the value, or null when it is not set
   */
  public @Nullable String getDefaultCity() {
    return defaultCity;
  }

  /**
   * Sets {@code cityservices.default-city}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param defaultCity the six-digit code of the city that department client beans address, e.g.
   *     310000, or null to unset it
   */
  public void setDefaultCity(@Nullable String defaultCity) {
    this.defaultCity = defaultCity;
  }

  /**
   * The {@code cityservices.connect-timeout} property: how long to wait for a TCP/TLS connection.
   *
   * @return the value; default 5 s
   */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets {@code cityservices.connect-timeout}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param connectTimeout how long to wait for a TCP/TLS connection
   */
  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /**
   * The {@code cityservices.read-timeout} property: how long a read may stall.
   *
   * @return the value; default 10 s
   */
  public Duration getReadTimeout() {
    return readTimeout;
  }

  /**
   * Sets {@code cityservices.read-timeout}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param readTimeout how long a read may stall
   */
  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  /**
   * The {@code cityservices.call-timeout} property: the whole-call deadline, covering every
   * attempt and back-off wait.
   *
   * @return the value; default 30 s
   */
  public Duration getCallTimeout() {
    return callTimeout;
  }

  /**
   * Sets {@code cityservices.call-timeout}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param callTimeout the whole-call deadline, covering every attempt and back-off wait
   */
  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  /**
   * The {@code cityservices.max-concurrent-requests} property: how many requests may be in flight
   * at once (also the idle connection pool size).
   *
   * @return the value; default 64
   */
  public int getMaxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /**
   * Sets {@code cityservices.max-concurrent-requests}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param maxConcurrentRequests how many requests may be in flight at once (also the idle
   *     connection pool size)
   */
  public void setMaxConcurrentRequests(int maxConcurrentRequests) {
    this.maxConcurrentRequests = maxConcurrentRequests;
  }

  /**
   * The {@code cityservices.user-agent-suffix} property: appended to the SDK's User-Agent, e.g.
   * my-app/1.2.
   *
   * @return the value, or null when it is not set
   */
  public @Nullable String getUserAgentSuffix() {
    return userAgentSuffix;
  }

  /**
   * Sets {@code cityservices.user-agent-suffix}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param userAgentSuffix appended to the SDK's User-Agent, e.g. my-app/1.2, or null to unset it
   */
  public void setUserAgentSuffix(@Nullable String userAgentSuffix) {
    this.userAgentSuffix = userAgentSuffix;
  }

  /**
   * The {@code cityservices.rate-limit-mode} property: what to do when the advertised rate-limit
   * quota is used up: wait or fail-fast.
   *
   * @return the value; default {@code WAIT}
   */
  public RateLimitMode getRateLimitMode() {
    return rateLimitMode;
  }

  /**
   * Sets {@code cityservices.rate-limit-mode}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param rateLimitMode what to do when the advertised rate-limit quota is used up: wait or
   *     fail-fast
   */
  public void setRateLimitMode(RateLimitMode rateLimitMode) {
    this.rateLimitMode = rateLimitMode;
  }

  /**
   * The {@code cityservices.cache-entries} property: how many public reference responses are
   * cached (0 disables caching).
   *
   * @return the value; default 1000
   */
  public int getCacheEntries() {
    return cacheEntries;
  }

  /**
   * Sets {@code cityservices.cache-entries}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param cacheEntries how many public reference responses are cached (0 disables caching)
   */
  public void setCacheEntries(int cacheEntries) {
    this.cacheEntries = cacheEntries;
  }

  /**
   * The {@code cityservices.check-service-catalog} property: whether calls are checked against the
   * platform catalog before sending.
   *
   * @return the value; default true
   */
  public boolean isCheckServiceCatalog() {
    return checkServiceCatalog;
  }

  /**
   * Sets {@code cityservices.check-service-catalog}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param checkServiceCatalog whether calls are checked against the platform catalog before
   *     sending
   */
  public void setCheckServiceCatalog(boolean checkServiceCatalog) {
    this.checkServiceCatalog = checkServiceCatalog;
  }

  /**
   * The {@code cityservices.signature-tolerance} property: how far the {@code created} time of a
   * signed response or webhook delivery may be from the clock.
   *
   * @return the value; default 5 minutes
   */
  public Duration getSignatureTolerance() {
    return signatureTolerance;
  }

  /**
   * Sets {@code cityservices.signature-tolerance}; Spring Boot binds it from the application's
   * configuration.
   *
   * @param signatureTolerance how far the {@code created} time of a signed response or webhook
   *     delivery may be from the clock
   */
  public void setSignatureTolerance(Duration signatureTolerance) {
    this.signatureTolerance = signatureTolerance;
  }

  /**
   * The {@code cityservices.retry.*} properties: how calls are retried.
   *
   * @return the nested settings, bound in place; never null
   */
  public Retry getRetry() {
    return retry;
  }

  /**
   * The {@code cityservices.circuit-breaker.*} properties: the per-department circuit breakers.
   *
   * @return the nested settings, bound in place; never null
   */
  public CircuitBreaker getCircuitBreaker() {
    return circuitBreaker;
  }

  /**
   * The {@code cityservices.webhook.*} properties: the webhook endpoint (Spring MVC), off unless
   * enabled.
   *
   * @return the nested settings, bound in place; never null
   */
  public Webhook getWebhook() {
    return webhook;
  }
}
