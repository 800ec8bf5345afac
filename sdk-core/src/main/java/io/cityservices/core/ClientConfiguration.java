package io.cityservices.core;

import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.TokenStore;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.resilience.DepartmentSignal;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RequestQuota;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.core.transport.TransportSecurity;
import io.cityservices.core.webhook.EventDeduplicator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings a {@link CityServices} was built with, read through accessors; see {@link
 * CityServices.Builder} for each one's meaning and default.
 *
 * <p>Immutable and thread-safe. Only {@link CityServices.Builder#build()} creates one, so that a new
 * setting is a new accessor, never a broken constructor. The app's credentials, token store, event
 * de-duplicator and caller-supplied {@link OkHttpClient} are not readable here: they stay with the
 * client. {@link #toString()} shows no credentials.
 */
public final class ClientConfiguration {

  private final String baseUrl;
  private final @Nullable AppCredentials credentials;
  private final String scope;
  private final @Nullable CityCode defaultCity;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final @Nullable String userAgentSuffix;
  private final @Nullable OkHttpClient okHttpClient;
  private final int maxConcurrentRequests;
  private final List<ExecutionInterceptor> interceptors;
  private final Clock clock;
  private final RetryPolicy retryPolicy;
  private final CircuitBreakerConfig circuitBreaker;
  private final CircuitBreakerListener circuitBreakerListener;
  private final RateLimitMode rateLimitMode;
  private final int cacheEntries;
  private final @Nullable TokenStore tokenStore;
  private final Duration signatureTolerance;
  private final @Nullable EventDeduplicator eventDeduplicator;
  private final boolean checkServiceCatalog;
  private final RequestQuota requestQuota;
  private final DepartmentSignal departmentSignal;
  private final TransportSecurity transportSecurity;

  /** Copies the builder's settings; {@code baseUrl} is the builder's without trailing slashes. */
  ClientConfiguration(CityServices.Builder b, String baseUrl) {
    this.baseUrl = baseUrl;
    this.credentials = b.credentials;
    this.scope = b.scope;
    this.defaultCity = b.defaultCity;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.userAgentSuffix = b.userAgentSuffix;
    this.okHttpClient = b.okHttpClient;
    this.maxConcurrentRequests = b.maxConcurrentRequests;
    this.interceptors = List.copyOf(b.interceptors);
    this.clock = b.clock;
    this.retryPolicy = b.retryPolicy;
    this.circuitBreaker = b.circuitBreaker;
    this.circuitBreakerListener = b.circuitBreakerListener;
    this.rateLimitMode = b.rateLimitMode;
    this.cacheEntries = b.cacheEntries;
    this.tokenStore = b.tokenStore;
    this.signatureTolerance = b.signatureTolerance;
    this.eventDeduplicator = b.eventDeduplicator;
    this.checkServiceCatalog = b.checkServiceCatalog;
    this.requestQuota = b.requestQuota != null ? b.requestQuota : RequestQuota.inMemory(b.clock);
    this.departmentSignal = b.departmentSignal;
    this.transportSecurity = b.transportSecurity;
  }

  /**
   * The platform's base URL, without trailing slashes, e.g. {@code https://api.example.gov.cn}.
   *
   * @return the base URL as a string
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * The OAuth scope requested for the app token; empty when none was configured.
   *
   * @return the space-separated scopes, or the empty string
   */
  public String scope() {
    return scope;
  }

  /**
   * The city of module clients made without an explicit city, if one was configured.
   *
   * @return the default city, or empty when module clients must be given one
   */
  public Optional<CityCode> defaultCity() {
    return Optional.ofNullable(defaultCity);
  }

  /**
   * How long establishing a connection may take.
   *
   * @return the connect timeout, positive
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * How long the platform may be silent while a response is read.
   *
   * @return the read timeout, positive
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * The deadline of a call without its own timeout, retries and waits included.
   *
   * @return the default call timeout, positive
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * What the app appends to the SDK's {@code User-Agent}, if anything.
   *
   * @return the suffix, or empty when none was set
   */
  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /**
   * How many requests may be in flight at once over this client's own connection pool.
   *
   * @return the limit on concurrent requests, at least 1
   */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /**
   * The interceptors told of every call and attempt, in the order they were added; unmodifiable.
   *
   * @return the interceptors, possibly empty
   */
  public List<ExecutionInterceptor> interceptors() {
    return interceptors;
  }

  /**
   * The clock for deadlines, token expiry, caching and signature times.
   *
   * @return the client's clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * How failed attempts are retried.
   *
   * @return the retry policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * The settings of each department's circuit breaker.
   *
   * @return the circuit breaker settings, shared by every department
   */
  public CircuitBreakerConfig circuitBreaker() {
    return circuitBreaker;
  }

  /**
   * The listener told of every circuit breaker state change.
   *
   * @return the listener, {@link CircuitBreakerListener#NONE} unless one was set
   */
  public CircuitBreakerListener circuitBreakerListener() {
    return circuitBreakerListener;
  }

  /**
   * What a call does when the platform has said the quota is used up.
   *
   * @return whether to wait for the quota's reset or fail fast
   */
  public RateLimitMode rateLimitMode() {
    return rateLimitMode;
  }

  /**
   * How many responses the shared response cache keeps; 0 turns caching off.
   *
   * @return the cache capacity in responses, 0 or more
   */
  public int cacheEntries() {
    return cacheEntries;
  }

  /**
   * How far a webhook's signature time may be from the clock.
   *
   * @return the allowed clock skew, positive
   */
  public Duration signatureTolerance() {
    return signatureTolerance;
  }

  /**
   * Whether calls to services the city does not offer are refused before sending.
   *
   * @return true unless catalog checking was turned off
   */
  public boolean checkServiceCatalog() {
    return checkServiceCatalog;
  }

  @Nullable AppCredentials credentials() {
    return credentials;
  }

  @Nullable OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  @Nullable TokenStore tokenStore() {
    return tokenStore;
  }

  @Nullable EventDeduplicator eventDeduplicator() {
    return eventDeduplicator;
  }

  /**
   * How connections are secured: trust, certificate pins, proxy and whether plain HTTP to a
   * non-loopback host was allowed. Its {@code toString()} shows no proxy password.
   *
   * @return the transport security settings
   */
  public TransportSecurity transportSecurity() {
    return transportSecurity;
  }

  RequestQuota requestQuota() {
    return requestQuota;
  }

  DepartmentSignal departmentSignal() {
    return departmentSignal;
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
