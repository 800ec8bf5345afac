package io.cityservices.spring;

import io.cityservices.core.resilience.RateLimitMode;
import java.time.Duration;
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
  private String baseUrl;

  /** The app's OAuth client id (required). */
  private String clientId;

  /** The client secret, for HTTP Basic client authentication instead of a private key. */
  private String clientSecret;

  /** The app's PKCS#8 PEM private key, inline (e.g. from a secret store); or use private-key-location. */
  private String privateKey;

  /** Where the app's PKCS#8 PEM private key is, e.g. file:/run/secrets/city-services.pem. */
  private Resource privateKeyLocation;

  /** The id the platform registered the app's public key under (required with a private key). */
  private String keyId;

  /** The app key's algorithm: ed25519 or ecdsa-p256-sha256. */
  private String keyAlgorithm = "ed25519";

  /** The OAuth scope to request (default: the app's registered scope). */
  private String scope;

  /** The six-digit code of the city that department client beans address, e.g. 310000. */
  private String defaultCity;

  /** How long to wait for a TCP/TLS connection. */
  private Duration connectTimeout = Duration.ofSeconds(5);

  /** How long a read may stall. */
  private Duration readTimeout = Duration.ofSeconds(10);

  /** The whole-call deadline, covering every attempt and back-off wait. */
  private Duration callTimeout = Duration.ofSeconds(30);

  /** How many requests may be in flight at once (also the idle connection pool size). */
  private int maxConcurrentRequests = 64;

  /** Appended to the SDK's User-Agent, e.g. my-app/1.2. */
  private String userAgentSuffix;

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

    public int getMaxAttempts() {
      return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    public Duration getBaseDelay() {
      return baseDelay;
    }

    public void setBaseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
    }

    public Duration getMaxDelay() {
      return maxDelay;
    }

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

    public int getSlidingWindowSize() {
      return slidingWindowSize;
    }

    public void setSlidingWindowSize(int slidingWindowSize) {
      this.slidingWindowSize = slidingWindowSize;
    }

    public int getMinimumNumberOfCalls() {
      return minimumNumberOfCalls;
    }

    public void setMinimumNumberOfCalls(int minimumNumberOfCalls) {
      this.minimumNumberOfCalls = minimumNumberOfCalls;
    }

    public double getFailureRateThreshold() {
      return failureRateThreshold;
    }

    public void setFailureRateThreshold(double failureRateThreshold) {
      this.failureRateThreshold = failureRateThreshold;
    }

    public Duration getOpenDuration() {
      return openDuration;
    }

    public void setOpenDuration(Duration openDuration) {
      this.openDuration = openDuration;
    }

    public int getPermittedCallsInHalfOpenState() {
      return permittedCallsInHalfOpenState;
    }

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
    private java.net.URI endpointUrl;

    public boolean isEnabled() {
      return enabled;
    }

    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    public String getPath() {
      return path;
    }

    public void setPath(String path) {
      this.path = path;
    }

    public java.net.URI getEndpointUrl() {
      return endpointUrl;
    }

    public void setEndpointUrl(java.net.URI endpointUrl) {
      this.endpointUrl = endpointUrl;
    }
  }

  public String getBaseUrl() {
    return baseUrl;
  }

  public void setBaseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getClientSecret() {
    return clientSecret;
  }

  public void setClientSecret(String clientSecret) {
    this.clientSecret = clientSecret;
  }

  public String getPrivateKey() {
    return privateKey;
  }

  public void setPrivateKey(String privateKey) {
    this.privateKey = privateKey;
  }

  public Resource getPrivateKeyLocation() {
    return privateKeyLocation;
  }

  public void setPrivateKeyLocation(Resource privateKeyLocation) {
    this.privateKeyLocation = privateKeyLocation;
  }

  public String getKeyId() {
    return keyId;
  }

  public void setKeyId(String keyId) {
    this.keyId = keyId;
  }

  public String getKeyAlgorithm() {
    return keyAlgorithm;
  }

  public void setKeyAlgorithm(String keyAlgorithm) {
    this.keyAlgorithm = keyAlgorithm;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getDefaultCity() {
    return defaultCity;
  }

  public void setDefaultCity(String defaultCity) {
    this.defaultCity = defaultCity;
  }

  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  public void setConnectTimeout(Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  public Duration getReadTimeout() {
    return readTimeout;
  }

  public void setReadTimeout(Duration readTimeout) {
    this.readTimeout = readTimeout;
  }

  public Duration getCallTimeout() {
    return callTimeout;
  }

  public void setCallTimeout(Duration callTimeout) {
    this.callTimeout = callTimeout;
  }

  public int getMaxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  public void setMaxConcurrentRequests(int maxConcurrentRequests) {
    this.maxConcurrentRequests = maxConcurrentRequests;
  }

  public String getUserAgentSuffix() {
    return userAgentSuffix;
  }

  public void setUserAgentSuffix(String userAgentSuffix) {
    this.userAgentSuffix = userAgentSuffix;
  }

  public RateLimitMode getRateLimitMode() {
    return rateLimitMode;
  }

  public void setRateLimitMode(RateLimitMode rateLimitMode) {
    this.rateLimitMode = rateLimitMode;
  }

  public int getCacheEntries() {
    return cacheEntries;
  }

  public void setCacheEntries(int cacheEntries) {
    this.cacheEntries = cacheEntries;
  }

  public boolean isCheckServiceCatalog() {
    return checkServiceCatalog;
  }

  public void setCheckServiceCatalog(boolean checkServiceCatalog) {
    this.checkServiceCatalog = checkServiceCatalog;
  }

  public Duration getSignatureTolerance() {
    return signatureTolerance;
  }

  public void setSignatureTolerance(Duration signatureTolerance) {
    this.signatureTolerance = signatureTolerance;
  }

  public Retry getRetry() {
    return retry;
  }

  public CircuitBreaker getCircuitBreaker() {
    return circuitBreaker;
  }

  public Webhook getWebhook() {
    return webhook;
  }
}
