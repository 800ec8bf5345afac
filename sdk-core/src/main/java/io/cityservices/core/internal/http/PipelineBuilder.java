package io.cityservices.core.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.catalog.Catalog;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.internal.auth.OAuthTokenProvider;
import io.cityservices.core.internal.resilience.CircuitBreakers;
import io.cityservices.core.internal.resilience.RateLimitState;
import io.cityservices.core.internal.resilience.ResponseCache;
import io.cityservices.core.internal.resilience.RetryBudget;
import io.cityservices.core.resilience.DepartmentSignal;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.resilience.RequestQuota;
import io.cityservices.core.resilience.RetryPolicy;
import io.cityservices.core.validation.RequestValidator;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Assembles a {@link HttpPipeline}'s chain, outermost first: deadline, retry (with budget), attempt
 * (headers and interceptor hooks), cache and coalescing, admission (breaker and rate limit, status
 * mapping), authentication, catalog check, signing, verification, send. Each stage sees the
 * response only after the stages inside it accepted it. Not thread-safe; use from one thread.
 */
public final class PipelineBuilder {

  private @Nullable OkHttpClient http;
  private @Nullable ObjectMapper mapper;
  private @Nullable String baseUrl;
  private String userAgent = "city-services-sdk-java";
  private List<ExecutionInterceptor> interceptors = List.of();
  private RetryPolicy retryPolicy = RetryPolicy.builder().build();
  private @Nullable RetryBudget budget;
  private @Nullable CircuitBreakers breakers;
  private @Nullable RequestQuota quota;
  private DepartmentSignal departmentSignal = DepartmentSignal.NONE;
  private RateLimitMode rateLimitMode = RateLimitMode.WAIT;
  // Made in build() only when none was given: bootstrapping Hibernate Validator costs milliseconds
  // and hundreds of classes, and the client gives every pipeline its one shared validator.
  private @Nullable RequestValidator validator;
  private Clock clock = Clock.systemUTC();
  private Duration timeout = Duration.ofSeconds(30);
  private @Nullable ResponseCache<IncomingResponse> cache;
  private @Nullable ScheduledExecutorService scheduler;
  private @Nullable Stage clientAuthentication;
  private @Nullable OAuthTokenProvider tokens;
  private boolean authenticate;
  private @Nullable Supplier<CompletableFuture<Catalog>> catalog;
  private @Nullable Duration catalogMaxAge;
  private @Nullable Stage signing;
  private @Nullable Stage verification;

  PipelineBuilder() {}

  public PipelineBuilder http(OkHttpClient http, ObjectMapper mapper, String baseUrl) {
    this.http = http;
    this.mapper = mapper;
    this.baseUrl = baseUrl;
    return this;
  }

  public PipelineBuilder headers(String userAgent, List<ExecutionInterceptor> interceptors) {
    this.userAgent = userAgent;
    this.interceptors = List.copyOf(interceptors);
    return this;
  }

  public PipelineBuilder resilience(
      RetryPolicy retryPolicy,
      RetryBudget budget,
      CircuitBreakers breakers,
      RequestQuota quota,
      RateLimitMode rateLimitMode) {
    this.retryPolicy = retryPolicy;
    this.budget = budget;
    this.breakers = breakers;
    this.quota = quota;
    this.rateLimitMode = rateLimitMode;
    return this;
  }

  /** Fails calls fast while another instance's breaker is open (none by default). */
  public PipelineBuilder departmentSignal(DepartmentSignal signal) {
    this.departmentSignal = signal;
    return this;
  }

  public PipelineBuilder validator(RequestValidator validator) {
    this.validator = validator;
    return this;
  }

  /** The clock of tokens, caches and signatures, and the call timeout when options set none. */
  public PipelineBuilder timing(Clock clock, Duration timeout, ScheduledExecutorService scheduler) {
    this.clock = clock;
    this.timeout = timeout;
    this.scheduler = scheduler;
    return this;
  }

  /** Serves public reference reads from this cache (none by default). */
  public PipelineBuilder cache(ResponseCache<IncomingResponse> cache) {
    this.cache = cache;
    return this;
  }

  /** Authenticates the app itself, for the token endpoint (a stage that sets headers). */
  public PipelineBuilder clientAuthentication(Stage stage) {
    this.clientAuthentication = stage;
    return this;
  }

  /**
   * Authenticates calls: the citizen's token and, when {@code tokens} is not null, the app's token
   * with recovery from a rejected token or a failed session signature.
   */
  public PipelineBuilder authentication(@Nullable OAuthTokenProvider tokens) {
    this.authenticate = true;
    this.tokens = tokens;
    return this;
  }

  /** Refuses calls to services the city does not offer, per the catalog {@code fetch} returns. */
  public PipelineBuilder catalog(Supplier<CompletableFuture<Catalog>> fetch, Duration maxAge) {
    this.catalog = fetch;
    this.catalogMaxAge = maxAge;
    return this;
  }

  /** Signs requests and verifies responses. */
  public PipelineBuilder signing(Stage signing, Stage verification) {
    this.signing = signing;
    this.verification = verification;
    return this;
  }

  public HttpPipeline build() {
    ObjectMapper mapper = Objects.requireNonNull(this.mapper, "http(...) was not called");
    OkHttpClient http = Objects.requireNonNull(this.http, "http(...) was not called");
    String baseUrl = Objects.requireNonNull(this.baseUrl, "http(...) was not called");
    ErrorMapper errors = new ErrorMapper(mapper, clock);
    CallLogger log = new CallLogger();
    Timer timer = new Timer(Objects.requireNonNull(scheduler, "scheduler"));
    Interceptors hooks = new Interceptors(interceptors);
    List<Stage> stages = new ArrayList<>();
    stages.add(new DeadlineStage());
    stages.add(new RetryStage(retryPolicy, Objects.requireNonNull(budget, "budget"), timer, log, hooks));
    stages.add(new AttemptStage(userAgent, hooks, log));
    // The cache goes outside admission: a fresh hit sends nothing, so it neither waits for a
    // rate-limit reset nor needs the breaker's permission, and a coalesced read is one request to
    // the breaker and the quota, as it is to the department.
    if (cache != null) {
      stages.add(new CacheStage(cache, hooks));
    }
    stages.add(
        new AdmissionStage(
            Objects.requireNonNull(breakers, "breakers"),
            Objects.requireNonNull(quota, "quota"),
            departmentSignal, rateLimitMode, timer, errors, clock, hooks));
    if (clientAuthentication != null) {
      stages.add(clientAuthentication);
    }
    if (authenticate) {
      stages.add(new AuthStage(tokens, clock, errors));
    }
    if (catalog != null) {
      stages.add(
          new CatalogStage(catalog, clock, Objects.requireNonNull(catalogMaxAge, "catalogMaxAge")));
    }
    if (signing != null) {
      stages.add(signing);
    }
    if (verification != null) {
      stages.add(verification);
    }
    stages.add(new SendStage(http, errors, log));
    return new HttpPipeline(
        mapper,
        baseUrl,
        validator != null ? validator : new RequestValidator(),
        clock,
        timeout,
        errors,
        stages,
        timer,
        hooks);
  }
}
