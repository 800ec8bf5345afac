package io.cityservices.core;

import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.CitizenAuthorization;
import io.cityservices.core.auth.CitizenToken;
import io.cityservices.core.auth.TokenStore;
import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.internal.overview.DefaultCitizenView;
import io.cityservices.core.internal.overview.OverviewContributors;
import io.cityservices.core.internal.transport.BaseUrlPolicy;
import io.cityservices.core.model.CityCode;
import io.cityservices.core.overview.CitizenView;
import io.cityservices.core.resilience.CircuitBreakerConfig;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.resilience.DepartmentSignal;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RequestQuota;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.core.transport.InsecureBaseUrlException;
import io.cityservices.core.transport.TransportSecurity;
import io.cityservices.core.webhook.EventDeduplicator;
import io.cityservices.core.webhook.WebhookVerifier;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the SDK: one immutable, thread-safe object holding the configuration, the
 * HTTP client, the JSON mapper, the app's tokens and the resilience state (retry budget, circuit
 * breakers, caches) that every module client made from it shares.
 *
 * <pre>{@code
 * try (CityServices city = CityServices.builder()
 *         .baseUrl("https://api.cityservices.example")
 *         .credentials(AppCredentials.privateKeyPem(clientId, keyId, SignatureAlgorithm.ED25519, pem))
 *         .defaultCity(CityCode.SHANGHAI)
 *         .build()) {
 *   TrafficClient traffic = TrafficClient.create(city);
 *   ...
 * }
 * }</pre>
 *
 * <p>Create one per app and platform and share it; it is cheap to use and costly to create. Several
 * may live side by side in one JVM (different apps, different platforms): they share nothing.
 * {@link #close()} releases what it created (never a caller-supplied {@link OkHttpClient}'s
 * threads or connections).
 */
public final class CityServices implements AutoCloseable {

  private final ClientConfiguration config;
  private final ClientRuntime runtime;
  private final OverviewContributors overviewContributors = new OverviewContributors();

  private CityServices(ClientConfiguration config) {
    this.config = config;
    this.runtime = new ClientRuntime(config);
  }

  /**
   * A builder; {@link Builder#baseUrl} is required, everything else has a default.
   *
   * @return a new builder with every setting at its default and no base URL
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The configuration this client was built with.
   *
   * @return the immutable configuration, with the defaults filled in
   */
  public ClientConfiguration configuration() {
    return config;
  }

  /**
   * The default city of module clients made without an explicit city, if one was configured.
   *
   * @return the configured default city, or empty when module clients must be given one
   */
  public Optional<CityCode> defaultCity() {
    return config.defaultCity();
  }

  /**
   * Helpers for acting for a citizen: build the authorisation URL with PKCE, exchange the code for
   * the citizen's token, refresh it.
   *
   * @return the citizen authorisation helpers bound to this client's credentials and base URL
   * @throws IllegalStateException when no app credentials are configured
   */
  public CitizenAuthorization citizenAuthorization() {
    return runtime.citizenAuthorization();
  }

  /**
   * Which services each city offers ({@code GET /v1/catalog}): public reference data, cached per
   * HTTP caching. Safe to call often. Calls to a service a city lacks are refused before sending
   * with a {@link io.cityservices.core.error.ServiceNotOfferedException}.
   *
   * @return the catalog of every city, as last fetched or served from the HTTP cache
   * @throws io.cityservices.core.error.CityServicesException when the catalog cannot be fetched
   */
  public Catalog catalog() {
    return runtime.catalog();
  }

  /**
   * {@link #catalog()} without blocking.
   *
   * @return a future failing with a {@link io.cityservices.core.error.CityServicesException} when
   *     the catalog cannot be fetched
   */
  public CompletableFuture<Catalog> catalogAsync() {
    return runtime.catalogAsync();
  }

  /**
   * The SDK acting for one citizen across every department module on the classpath, e.g. {@code
   * city.citizen(token).overview()}. Cheap; make one per request or keep it.
   *
   * @param citizen the citizen's access token, from {@link #citizenAuthorization()}
   * @return a view acting for {@code citizen}, served by the department modules found on the module
   *     path
   * @throws NullPointerException if {@code citizen} is null
   */
  public CitizenView citizen(CitizenToken citizen) {
    return new DefaultCitizenView(this, citizen, overviewContributors.get());
  }

  /**
   * The verifier for platform events, not yet bound to an endpoint: bind it once with {@link
   * WebhookVerifier#forEndpoint} to the URL registered with the platform, then verify deliveries.
   *
   * @return the verifier shared by this client, using its clock, signature tolerance and event
   *     deduplicator
   * @see WebhookVerifier#verify(byte[], java.util.Map)
   */
  public WebhookVerifier webhooks() {
    return runtime.webhooks();
  }

  /**
   * The transport for service modules ({@code TrafficClient.create(this)} and the like use it).
   * Application code does not need it.
   *
   * @return the executor that sends, signs, retries and decodes module calls for this client
   */
  public ApiExecutor apiExecutor() {
    return runtime.executor();
  }

  /** Releases the threads, connections and caches this client created. Idempotent. */
  @Override
  public void close() {
    runtime.close();
  }

  @Override
  public String toString() {
    return "CityServices[" + config + "]";
  }

  /** Builds a {@link CityServices}. Not thread-safe; each {@link #build()} makes a new client. */
  public static final class Builder {
    // Package-private: ClientConfiguration copies them; a new setting is a field here and there.
    @Nullable URI baseUrl;
    @Nullable AppCredentials credentials;
    String scope = "";
    @Nullable CityCode defaultCity;
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration readTimeout = Duration.ofSeconds(10);
    Duration callTimeout = Duration.ofSeconds(30);
    @Nullable String userAgentSuffix;
    @Nullable OkHttpClient okHttpClient;
    int maxConcurrentRequests = 64;
    final List<ExecutionInterceptor> interceptors = new ArrayList<>();
    Clock clock = Clock.systemUTC();
    RetryPolicy retryPolicy = RetryPolicy.builder().build();
    CircuitBreakerConfig circuitBreaker = CircuitBreakerConfig.builder().build();
    CircuitBreakerListener circuitBreakerListener = CircuitBreakerListener.NONE;
    RateLimitMode rateLimitMode = RateLimitMode.WAIT;
    int cacheEntries = 1_000;
    @Nullable TokenStore tokenStore;
    Duration signatureTolerance = Duration.ofMinutes(5);
    @Nullable EventDeduplicator eventDeduplicator;
    boolean checkServiceCatalog = true;
    @Nullable RequestQuota requestQuota;
    DepartmentSignal departmentSignal = DepartmentSignal.NONE;
    TransportSecurity transportSecurity = TransportSecurity.defaults();

    private Builder() {}

    /**
     * The platform's base URL, e.g. {@code https://api.cityservices.example} (required).
     *
     * @param baseUrl the absolute http(s) URL; trailing slashes are dropped; not null
     * @return this builder
     * @throws IllegalArgumentException if {@code baseUrl} is not a valid URI
     */
    public Builder baseUrl(String baseUrl) {
      return baseUrl(URI.create(Objects.requireNonNull(baseUrl, "baseUrl")));
    }

    /**
     * The platform's base URL (required).
     *
     * @param baseUrl the absolute http(s) URI; trailing slashes are dropped; not null
     * @return this builder
     */
    public Builder baseUrl(URI baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /**
     * The app's credentials; without them only the token-free endpoints can be called.
     *
     * @param credentials the app's client id with its secret or key, or null for none
     * @return this builder
     */
    public Builder credentials(AppCredentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * The OAuth scope to request for the app's token (default: the app's registered scope).
     *
     * @param scope space-separated OAuth scopes; null or empty asks for the registered scope
     * @return this builder
     */
    public Builder scope(@Nullable String scope) {
      this.scope = scope == null ? "" : scope;
      return this;
    }

    /**
     * The city module clients use when created without one.
     *
     * @param city the default city, or null for none (each module client must then name one)
     * @return this builder
     */
    public Builder defaultCity(CityCode city) {
      this.defaultCity = city;
      return this;
    }

    /**
     * How long to wait for a TCP/TLS connection (default 5 s).
     *
     * @param timeout the connect timeout; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * How long a read may stall (default 10 s).
     *
     * @param timeout the longest pause between two reads of a response; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * The default whole-call deadline, covering every attempt and back-off wait (default 30 s);
     * {@link RequestOptions#timeout()} overrides it per call.
     *
     * @param timeout the deadline for a whole call, retries included; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code timeout} is zero or negative
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = positive(timeout, "callTimeout");
      return this;
    }

    /**
     * Appended to the SDK's User-Agent, e.g. {@code my-app/1.2}.
     *
     * @param suffix the product token(s) to append, or null for none
     * @return this builder
     */
    public Builder userAgentSuffix(@Nullable String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * An OkHttp client to derive from (sharing its connection pool and dispatcher, which this
     * client then never shuts down). By default the SDK creates its own.
     *
     * @param client the OkHttp client whose pool and dispatcher are reused, or null to let the SDK
     *     create its own
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = client;
      return this;
    }

    /**
     * How many requests may be in flight at once (default 64); the connection pool keeps as many
     * idle connections so that concurrent callers do not reconnect. Ignored for the dispatcher and
     * pool of a caller-supplied {@link OkHttpClient}.
     *
     * @param max the most concurrent requests, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is less than 1
     */
    public Builder maxConcurrentRequests(int max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /**
     * Adds an interceptor, called around every attempt in the order added.
     *
     * @param interceptor the interceptor to add after those already added; not null
     * @return this builder
     */
    public Builder addInterceptor(ExecutionInterceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * The clock for token expiry, signature times and breakers (default: the system UTC clock).
     *
     * @param clock the clock to read the current instant from; not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How calls are retried (default: 3 attempts, full-jitter back-off from 100 ms to 5 s).
     *
     * @param policy the retry policy, see {@link RetryPolicy#builder()}; not null
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * The configuration of the per-department circuit breakers.
     *
     * @param config thresholds and wait times shared by every department's breaker; not null
     * @return this builder
     */
    public Builder circuitBreaker(CircuitBreakerConfig config) {
      this.circuitBreaker = Objects.requireNonNull(config, "circuitBreaker");
      return this;
    }

    /**
     * Told of every circuit breaker state change, e.g. to alert.
     *
     * @param listener told of each transition of any department's breaker; not null
     * @return this builder
     */
    public Builder circuitBreakerListener(CircuitBreakerListener listener) {
      this.circuitBreakerListener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * What to do when the platform's advertised rate-limit quota is used up: wait for the reset
     * (within the call's deadline) or fail fast (default {@link RateLimitMode#WAIT}).
     *
     * @param mode whether to wait for or fail on an exhausted quota; not null
     * @return this builder
     */
    public Builder rateLimitMode(RateLimitMode mode) {
      this.rateLimitMode = Objects.requireNonNull(mode, "rateLimitMode");
      return this;
    }

    /**
     * Decides when each request may be sent under the platform's advertised rate limit (default:
     * {@link RequestQuota#inMemory}, this client's own view; {@code sdk-redis} shares one quota
     * among instances). The {@link #rateLimitMode} is passed to it.
     *
     * @param quota the quota that admits requests; not null
     * @return this builder
     * @throws NullPointerException if {@code quota} is null
     */
    public Builder requestQuota(RequestQuota quota) {
      this.requestQuota = Objects.requireNonNull(quota, "requestQuota");
      return this;
    }

    /**
     * Shares circuit breaker state with other instances: told of this client's transitions, and
     * consulted while this client's breaker for a department is closed (default {@link
     * DepartmentSignal#NONE}).
     *
     * @param signal the signal shared with other instances; not null
     * @return this builder
     * @throws NullPointerException if {@code signal} is null
     */
    public Builder departmentSignal(DepartmentSignal signal) {
      this.departmentSignal = Objects.requireNonNull(signal, "departmentSignal");
      return this;
    }

    /**
     * How many public reference responses are cached (default 1,000; 0 disables caching).
     *
     * @param entries the cache's capacity in responses, 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is negative
     */
    public Builder cacheEntries(int entries) {
      if (entries < 0) {
        throw new IllegalArgumentException("cacheEntries must not be negative");
      }
      this.cacheEntries = entries;
      return this;
    }

    /**
     * Where app tokens are kept (default: in memory, per client).
     *
     * @param store the token store, or null for a private in-memory one
     * @return this builder
     */
    public Builder tokenStore(TokenStore store) {
      this.tokenStore = store;
      return this;
    }

    /**
     * How far a response signature's {@code created} may be from the clock (default 5 min).
     *
     * @param tolerance the allowed clock skew either way; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code tolerance} is zero or negative
     */
    public Builder signatureTolerance(Duration tolerance) {
      this.signatureTolerance = positive(tolerance, "signatureTolerance");
      return this;
    }

    /**
     * Where the ids of received webhook events are remembered (default: in memory, for the
     * signature tolerance, at most 100,000 ids).
     *
     * @param deduplicator the store of seen event ids, or null for the in-memory default
     * @return this builder
     */
    public Builder eventDeduplicator(EventDeduplicator deduplicator) {
      this.eventDeduplicator = deduplicator;
      return this;
    }

    /**
     * Whether calls are checked against the platform catalog before sending, so that a service a
     * city lacks fails fast with {@link io.cityservices.core.error.ServiceNotOfferedException}
     * (default true; the catalog is fetched once and kept for five minutes).
     *
     * @param check false to send calls without consulting the catalog
     * @return this builder
     */
    public Builder checkServiceCatalog(boolean check) {
      this.checkServiceCatalog = check;
      return this;
    }

    /**
     * How connections are secured: trust anchors, certificate pins, proxy and the opt-in to plain
     * HTTP for a non-loopback host (default {@link TransportSecurity#defaults()}: the JDK's trust,
     * no pins, the JVM's proxy selector, HTTPS only). TLS 1.2+ is always required; applied to a
     * caller-supplied {@link OkHttpClient} too.
     *
     * @param security trust, pinning, proxy and plain-HTTP settings; not null
     * @return this builder
     */
    public Builder transportSecurity(TransportSecurity security) {
      this.transportSecurity = Objects.requireNonNull(security, "transportSecurity");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a new client; the builder may be reused to build more
     * @throws IllegalStateException when no base URL was given
     * @throws IllegalArgumentException when the base URL is not an absolute http(s) URL
     * @throws InsecureBaseUrlException when the base URL is {@code http://} for a host that is not
     *     a loopback address and {@link TransportSecurity.Builder#allowInsecureHttp()} was not set
     */
    public CityServices build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      BaseUrlPolicy.check(baseUrl, transportSecurity);
      String base = baseUrl.toString();
      while (base.endsWith("/")) {
        base = base.substring(0, base.length() - 1);
      }
      return new CityServices(
          new ClientConfiguration(this, base));
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
