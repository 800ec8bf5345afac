package io.cityservices.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.auth.AppCredentials;
import io.cityservices.core.auth.CitizenAuthorization;
import io.cityservices.core.auth.InMemoryTokenStore;
import io.cityservices.core.auth.TokenStore;
import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.internal.auth.ClientAuthenticationStage;
import io.cityservices.core.internal.auth.OAuthTokenProvider;
import io.cityservices.core.internal.auth.PkceCitizenAuthorization;
import io.cityservices.core.internal.auth.TokenEndpoint;
import io.cityservices.core.internal.http.HttpPipeline;
import io.cityservices.core.internal.http.PipelineBuilder;
import io.cityservices.core.internal.json.JsonMapperFactory;
import io.cityservices.core.internal.resilience.CircuitBreakers;
import io.cityservices.core.internal.resilience.RateLimitState;
import io.cityservices.core.internal.resilience.ResponseCache;
import io.cityservices.core.internal.resilience.RetryBudget;
import io.cityservices.core.internal.signing.PlatformKeys;
import io.cityservices.core.internal.signing.SigningStage;
import io.cityservices.core.internal.signing.VerificationStage;
import io.cityservices.core.internal.transport.SecureHttpClients;
import io.cityservices.core.resilience.CircuitBreakerListener;
import io.cityservices.core.resilience.DepartmentSignal;
import io.cityservices.core.validation.RequestValidator;
import io.cityservices.core.webhook.InMemoryEventDeduplicator;
import io.cityservices.core.webhook.WebhookVerifier;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Everything a {@link CityServices} owns at run time, wired from its configuration: the HTTP
 * client, mapper, token provider, signing, resilience state and the two pipelines (the main one,
 * and a bootstrap one without app token or session signing for the token and key endpoints).
 */
final class ClientRuntime {

  private static final String SDK_USER_AGENT = "city-services-sdk-java/" + version();
  private static final Duration TOKEN_REFRESH_MARGIN = Duration.ofSeconds(30);
  private static final Duration KEY_REFETCH_INTERVAL = Duration.ofSeconds(30);
  private static final Duration CATALOG_MAX_AGE = Duration.ofMinutes(5);
  private static final Operation CATALOG = Operation.publicRead("getCatalog", "platform", "/v1/catalog");
  private static final ResponseType<Catalog> CATALOG_TYPE = ResponseType.of(Catalog.class);

  private final ObjectMapper mapper = JsonMapperFactory.create();
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final ScheduledThreadPoolExecutor scheduler;
  private final HttpPipeline executor;
  private final HttpPipeline bootstrap;
  private final @Nullable CitizenAuthorization citizenAuthorization;
  private final WebhookVerifier webhooks;
  private final AtomicBoolean closed = new AtomicBoolean();

  ClientRuntime(ClientConfiguration config) {
    this.ownsHttp = config.okHttpClient() == null;
    this.http = httpClient(config);
    this.scheduler = new ScheduledThreadPoolExecutor(1, daemonThreads());
    scheduler.setRemoveOnCancelPolicy(true);
    RequestValidator validator = new RequestValidator();
    RetryBudget budget = RetryBudget.create();
    CircuitBreakerListener listener = config.circuitBreakerListener();
    DepartmentSignal signal = config.departmentSignal();
    CircuitBreakers breakers =
        new CircuitBreakers(
            config.circuitBreaker(),
            config.clock(),
            signal == DepartmentSignal.NONE
                ? listener
                : (name, from, to) -> {
                  signal.onStateChange(name, from, to);
                  listener.onStateChange(name, from, to);
                });
    String userAgent =
        config.userAgentSuffix().map(suffix -> SDK_USER_AGENT + " " + suffix).orElse(SDK_USER_AGENT);
    Supplier<PipelineBuilder> common =
        () ->
            HttpPipeline.builder()
                .http(http, mapper, config.baseUrl())
                .headers(userAgent, config.interceptors())
                .resilience(
                    config.retryPolicy(),
                    budget,
                    breakers,
                    config.requestQuota(),
                    config.rateLimitMode())
                .departmentSignal(signal)
                .validator(validator)
                .timing(config.clock(), config.callTimeout(), scheduler);

    AppCredentials credentials = config.credentials();
    PipelineBuilder bootstrapBuilder = common.get();
    if (credentials != null) {
      bootstrapBuilder.clientAuthentication(new ClientAuthenticationStage(credentials));
    }
    this.bootstrap = bootstrapBuilder.build();

    PlatformKeys platformKeys =
        new PlatformKeys(bootstrap, config.clock(), KEY_REFETCH_INTERVAL, config.callTimeout());
    this.webhooks =
        new WebhookVerifier(
            platformKeys::find,
            config.eventDeduplicator() != null
                ? config.eventDeduplicator()
                : new InMemoryEventDeduplicator(
                    config.clock(), config.signatureTolerance().multipliedBy(2), 100_000),
            config.clock(),
            config.signatureTolerance());
    PipelineBuilder main = common.get();
    if (credentials != null) {
      TokenEndpoint tokenEndpoint =
          new TokenEndpoint(bootstrap, mapper, credentials, config.baseUrl(), config.clock());
      TokenStore store =
          config.tokenStore() != null ? config.tokenStore() : new InMemoryTokenStore();
      main.authentication(
              new OAuthTokenProvider(
                  tokenEndpoint,
                  store,
                  new TokenStore.TokenKey(config.baseUrl(), credentials.clientId(), config.scope()),
                  config.clock(),
                  TOKEN_REFRESH_MARGIN,
                  config.callTimeout()))
          .signing(
              new SigningStage(credentials, config.clock()),
              new VerificationStage(platformKeys, config.clock(), config.signatureTolerance()));
      this.citizenAuthorization =
          new PkceCitizenAuthorization(tokenEndpoint, config.baseUrl(), credentials.clientId());
    } else {
      main.authentication(null);
      this.citizenAuthorization = null;
    }
    if (config.checkServiceCatalog()) {
      main.catalog(this::catalogAsync, CATALOG_MAX_AGE);
    }
    if (config.cacheEntries() > 0) {
      main.cache(new ResponseCache<>(config.cacheEntries(), config.clock()));
    }
    this.executor = main.build();
  }

  ApiExecutor executor() {
    return executor;
  }

  Catalog catalog() {
    return executor.execute(ApiRequest.of(CATALOG).build(), RequestOptions.none(), CATALOG_TYPE);
  }

  CompletableFuture<Catalog> catalogAsync() {
    return executor.executeAsync(ApiRequest.of(CATALOG).build(), RequestOptions.none(), CATALOG_TYPE);
  }

  WebhookVerifier webhooks() {
    return webhooks;
  }

  CitizenAuthorization citizenAuthorization() {
    if (citizenAuthorization == null) {
      throw new IllegalStateException("acting for citizens needs app credentials");
    }
    return citizenAuthorization;
  }

  void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    scheduler.shutdownNow();
    executor.close();
    bootstrap.close();
    if (ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static OkHttpClient httpClient(ClientConfiguration config) {
    OkHttpClient.Builder b;
    if (config.okHttpClient() != null) {
      b = config.okHttpClient().newBuilder();
    } else {
      Dispatcher dispatcher = new Dispatcher();
      dispatcher.setMaxRequests(config.maxConcurrentRequests());
      dispatcher.setMaxRequestsPerHost(config.maxConcurrentRequests());
      b =
          new OkHttpClient.Builder()
              .dispatcher(dispatcher)
              .connectionPool(
                  new ConnectionPool(config.maxConcurrentRequests(), 5, TimeUnit.MINUTES));
    }
    SecureHttpClients.apply(
        b, config.transportSecurity(), config.baseUrl().regionMatches(true, 0, "http:", 0, 5));
    return b.connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.readTimeout())
        // The pipeline retries with idempotency and budget rules of its own; OkHttp's silent retry
        // of a POST whose connection failed would bypass both.
        .retryOnConnectionFailure(false)
        .build();
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "city-services-scheduler");
      t.setDaemon(true);
      return t;
    };
  }

  private static String version() {
    String v = ClientRuntime.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
