package io.cityservices.core.internal.http;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.error.TransportException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.http.FormBody;
import io.cityservices.core.http.Operation;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.resilience.CacheLookup;
import io.cityservices.core.resilience.Deadline;
import io.cityservices.core.resilience.ResponseCache;
import io.cityservices.core.resilience.SingleFlight;
import io.cityservices.core.validation.RequestValidator;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The transport: runs each call through validation, the ordered {@link RequestPolicy} chain, the
 * {@link CallGuard}'s admission, OkHttp, the policies' response checks, error mapping and
 * decoding, retrying as the guard decides. Public reference data is served from a shared HTTP
 * cache and identical concurrent reads of it are coalesced into one request. The blocking and the
 * asynchronous forms share every step but the waiting.
 */
public final class HttpPipeline implements ApiExecutor {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  private final OkHttpClient http;
  private final ObjectMapper mapper;
  private final String baseUrl;
  private final List<RequestPolicy> policies;
  private final List<ExecutionInterceptor> interceptors;
  private final CallGuard guard;
  private final RequestValidator validator;
  private final ErrorMapper errors;
  private final CallLogger log = new CallLogger();
  private final Clock clock;
  private final Duration defaultTimeout;
  private final ScheduledExecutorService scheduler;
  private final ResponseCache<IncomingResponse> cache;
  private final SingleFlight<String, IncomingResponse> inFlight = new SingleFlight<>();
  /** Calls waiting for a delayed retry: failed by {@link #close()}, never left pending. */
  private final java.util.Set<CompletableFuture<?>> waiting = ConcurrentHashMap.newKeySet();

  /**
   * @param baseUrl the platform's base URL without a trailing slash
   * @param policies the request policies, in the order they run
   * @param cache the cache of public reference responses, or null to disable caching
   * @param scheduler runs delayed asynchronous retries
   */
  public HttpPipeline(
      OkHttpClient http,
      ObjectMapper mapper,
      String baseUrl,
      List<RequestPolicy> policies,
      List<ExecutionInterceptor> interceptors,
      CallGuard guard,
      RequestValidator validator,
      Clock clock,
      Duration defaultTimeout,
      ResponseCache<IncomingResponse> cache,
      ScheduledExecutorService scheduler) {
    this.http = http;
    this.mapper = mapper;
    this.baseUrl = baseUrl;
    this.policies = List.copyOf(policies);
    this.interceptors = List.copyOf(interceptors);
    this.guard = guard;
    this.validator = validator;
    this.errors = new ErrorMapper(mapper, clock);
    this.clock = clock;
    this.defaultTimeout = defaultTimeout;
    this.cache = cache;
    this.scheduler = scheduler;
  }

  @Override
  public <T> T execute(ApiRequest request, RequestOptions options, ResponseType<T> type) {
    CallContext call = begin(request, options);
    if (isCached(call)) {
      return decode(call, awaitShared(call), type);
    }
    return decode(call, runSync(call), type);
  }

  @Override
  public <T> CompletableFuture<T> executeAsync(
      ApiRequest request, RequestOptions options, ResponseType<T> type) {
    CallContext call;
    try {
      call = begin(request, options);
    } catch (CityServicesException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (isCached(call)) {
      // A dependent future: a caller cancelling its own call must not cancel the shared request,
      // and each caller of a coalesced read waits no longer than its own deadline.
      return cachedAsync(call)
          .thenApply(r -> decode(call, r, type))
          .orTimeout(call.deadline().remaining().toNanos(), TimeUnit.NANOSECONDS)
          .exceptionally(
              t -> {
                throw asCityServices(call, t);
              });
    }
    CompletableFuture<IncomingResponse> response = new CompletableFuture<>();
    CompletableFuture<T> result = response.thenApply(r -> decode(call, r, type));
    result.whenComplete(
        (v, t) -> {
          if (result.isCancelled()) {
            response.cancel(false);
          }
        });
    attemptAsync(call, response);
    return result;
  }

  private CallContext begin(ApiRequest request, RequestOptions options) {
    RequestOptions opts = options == null ? RequestOptions.none() : options;
    for (Object target : request.validate()) {
      validator.validate(target);
    }
    String idempotencyKey = null;
    if (request.operation().needsIdempotencyKey()) {
      idempotencyKey =
          opts.idempotencyKey() != null ? opts.idempotencyKey() : RequestIds.newIdempotencyKey();
    }
    byte[] body;
    MediaType contentType = JSON;
    try {
      if (request.body() instanceof FormBody form) {
        body = form.encode();
        contentType = FORM;
      } else {
        body = request.body() == null ? null : mapper.writeValueAsBytes(request.body());
      }
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "request body of " + request.operation().name() + " cannot be written as JSON", e);
    }
    Duration timeout = opts.timeout() != null ? opts.timeout() : defaultTimeout;
    return new CallContext(
        request,
        opts,
        RequestIds.newRequestId(),
        idempotencyKey,
        baseUrl + request.pathAndQuery(),
        body,
        contentType,
        Deadline.after(timeout, clock));
  }

  private boolean isCached(CallContext call) {
    return cache != null && call.operation().kind() == Operation.Kind.PUBLIC_READ;
  }

  /** A public read: from the cache when fresh, else one shared (conditional) request per URL. */
  private CompletableFuture<IncomingResponse> cachedAsync(CallContext call) {
    String key = call.url();
    CacheLookup<IncomingResponse> hit = cache.lookup(key);
    if (hit instanceof CacheLookup.Fresh<IncomingResponse> fresh) {
      return CompletableFuture.completedFuture(fresh.value());
    }
    String etag = hit instanceof CacheLookup.Stale<IncomingResponse> stale ? stale.etag() : null;
    return inFlight.execute(
        key,
        () -> {
          call.conditionalEtag(etag);
          CompletableFuture<IncomingResponse> response = new CompletableFuture<>();
          attemptAsync(call, response);
          return response.thenApply(r -> storeOrRevalidate(key, r));
        });
  }

  /** Waits for a shared public read, no longer than this caller's own deadline. */
  private IncomingResponse awaitShared(CallContext call) {
    try {
      return cachedAsync(call).get(call.deadline().remaining().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(call, e);
    } catch (ExecutionException | TimeoutException e) {
      throw asCityServices(call, e);
    }
  }

  private CityServicesException asCityServices(CallContext call, Throwable t) {
    Throwable cause =
        (t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null
            ? t.getCause()
            : t;
    if (cause instanceof CityServicesException e) {
      return e;
    }
    if (cause instanceof TimeoutException) {
      return new ApiTimeoutException(
          "The deadline of " + call.operation().name() + " passed", 0, "deadline_exceeded",
          call.requestId(), null, cause);
    }
    return new TransportException(
        call.operation().name() + " failed: " + cause.getClass().getSimpleName(), 0,
        "transport_error", call.requestId(), null, cause);
  }

  private IncomingResponse storeOrRevalidate(String key, IncomingResponse response) {
    if (response.status() == 304) {
      return cache
          .refresh(key, response::header)
          .orElseThrow(
              () ->
                  new TransportException(
                      "Cached entry for a 304 was evicted; retry the call",
                      304,
                      "cache_evicted",
                      response.header("x-request-id"),
                      null,
                      null));
    }
    cache.store(key, response, response::header);
    return response;
  }

  private IncomingResponse runSync(CallContext call) {
    while (true) {
      try {
        OutgoingRequest request = prepare(call);
        sleep(call, guard.admit(call));
        IncomingResponse response;
        try (Response r = newCall(call, request).execute()) {
          response = read(r);
        } catch (IOException e) {
          throw attemptFailed(call, 0, errors.fromIo(call, e));
        }
        return check(call, request, response);
      } catch (CityServicesException e) {
        sleep(call, retryDelayOrThrow(call, e));
      }
    }
  }

  private void attemptAsync(CallContext call, CompletableFuture<IncomingResponse> result) {
    if (result.isDone()) {
      return;
    }
    OutgoingRequest request;
    Duration wait;
    try {
      request = prepare(call);
      wait = guard.admit(call);
    } catch (CityServicesException e) {
      failAsync(call, e, result);
      return;
    }
    later(wait, () -> sendAsync(call, request, result), result);
  }

  private void sendAsync(
      CallContext call, OutgoingRequest request, CompletableFuture<IncomingResponse> result) {
    Call httpCall = newCall(call, request);
    result.whenComplete(
        (v, t) -> {
          if (result.isCancelled()) {
            httpCall.cancel();
          }
        });
    httpCall.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            failAsync(call, attemptFailed(call, 0, errors.fromIo(call, e)), result);
          }

          @Override
          public void onResponse(Call c, Response r) {
            try (r) {
              result.complete(check(call, request, read(r)));
            } catch (IOException e) {
              failAsync(call, attemptFailed(call, 0, errors.fromIo(call, e)), result);
            } catch (CityServicesException e) {
              failAsync(call, e, result);
            } catch (RuntimeException e) {
              result.completeExceptionally(e);
            }
          }
        });
  }

  private void failAsync(
      CallContext call, CityServicesException e, CompletableFuture<IncomingResponse> result) {
    Duration wait;
    try {
      wait = retryDelayOrThrow(call, e);
    } catch (CityServicesException finalFailure) {
      result.completeExceptionally(finalFailure);
      return;
    }
    later(wait, () -> attemptAsync(call, result), result);
  }

  private void later(Duration wait, Runnable task, CompletableFuture<?> result) {
    if (wait.isZero()) {
      task.run();
      return;
    }
    // Registered before scheduling, so that close() either sees it or the scheduler refuses it.
    waiting.add(result);
    result.whenComplete((v, t) -> waiting.remove(result));
    try {
      // The scheduler's one thread only times the wait; the attempt itself (which may block, e.g.
      // on a token refresh) runs on the HTTP client's worker pool.
      var scheduled =
          scheduler.schedule(
              () -> runOnWorker(task, result), wait.toNanos(), TimeUnit.NANOSECONDS);
      result.whenComplete((v, t) -> scheduled.cancel(false));
    } catch (RejectedExecutionException e) {
      closed(result, e);
    }
  }

  /**
   * Fails every call that is waiting for a delayed retry; called when the client closes, after
   * its scheduler has stopped taking tasks, so that no future is left pending forever.
   */
  public void close() {
    for (CompletableFuture<?> result : List.copyOf(waiting)) {
      closed(result, new RejectedExecutionException("client closed"));
    }
  }

  private void runOnWorker(Runnable task, CompletableFuture<?> result) {
    try {
      http.dispatcher().executorService().execute(task);
    } catch (RejectedExecutionException e) {
      closed(result, e);
    }
  }

  private static void closed(CompletableFuture<?> result, RejectedExecutionException e) {
    result.completeExceptionally(
        new TransportException(
            "The client was closed while the call waited to retry", 0, "client_closed", null,
            null, e));
  }

  private Duration retryDelayOrThrow(CallContext call, CityServicesException e) {
    // An interrupted caller wants the call to end, not to spend the retry budget on it.
    boolean interrupted = Thread.currentThread().isInterrupted() || "interrupted".equals(e.code());
    Duration wait = interrupted ? null : guard.retryDelay(call, e);
    if (wait == null) {
      e.recordCall(Math.max(1, call.attempt()), call.idempotencyKey());
      throw e;
    }
    log.retrying(call, e, wait);
    return wait;
  }

  private OutgoingRequest prepare(CallContext call) {
    call.nextAttempt();
    OutgoingRequest request =
        new OutgoingRequest(call.operation().method(), call.url(), call.body(), call.contentType());
    if (call.conditionalEtag() != null) {
      request.header("if-none-match", call.conditionalEtag());
    }
    for (RequestPolicy policy : policies) {
      policy.onRequest(call, request);
    }
    log.sending(call, request);
    return request;
  }

  private Call newCall(CallContext call, OutgoingRequest request) {
    Call c = http.newCall(request.toOkHttp());
    c.timeout().timeout(Math.max(1, call.deadline().remaining().toNanos()), TimeUnit.NANOSECONDS);
    return c;
  }

  private static IncomingResponse read(Response r) throws IOException {
    Map<String, String> headers = new HashMap<>();
    for (int i = 0; i < r.headers().size(); i++) {
      // Repeated headers are joined per RFC 9110 section 5.3, the form signatures cover.
      headers.merge(
          r.headers().name(i).toLowerCase(Locale.ROOT),
          r.headers().value(i),
          (a, b) -> a + ", " + b);
    }
    return new IncomingResponse(r.code(), headers, r.body().bytes());
  }

  /** Runs the response checks; returns the response if it is a success, else throws. */
  private IncomingResponse check(
      CallContext call, OutgoingRequest request, IncomingResponse response) {
    log.received(call, response);
    guard.onResponse(call, response);
    try {
      for (RequestPolicy policy : policies) {
        policy.onResponse(call, request, response);
      }
    } catch (CityServicesException e) {
      throw attemptFailed(call, response.status(), e);
    }
    boolean notModified = response.status() == 304 && call.conditionalEtag() != null;
    if (!response.isSuccessful() && !notModified) {
      throw attemptFailed(call, response.status(), errors.fromResponse(call, response));
    }
    guard.onSuccess(call);
    notifyInterceptors(call, response.status(), null);
    return response;
  }

  private <T> T decode(CallContext call, IncomingResponse response, ResponseType<T> type) {
    JavaType javaType = type.javaType(mapper.getTypeFactory());
    if (javaType == null) {
      return null;
    }
    try {
      return mapper.readValue(response.body(), javaType);
    } catch (IOException | RuntimeException e) {
      throw errors.malformed(call, response, e);
    }
  }

  private CityServicesException attemptFailed(
      CallContext call, int status, CityServicesException e) {
    guard.onFailure(call, status, e);
    log.failed(call, status, e);
    notifyInterceptors(call, status, e);
    return e;
  }

  private void notifyInterceptors(CallContext call, int status, RuntimeException failure) {
    if (interceptors.isEmpty()) {
      return;
    }
    ExecutionInterceptor.AttemptInfo info = call.attemptInfo();
    for (ExecutionInterceptor interceptor : interceptors) {
      interceptor.afterAttempt(info, status, failure);
    }
  }

  private static void sleep(CallContext call, Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted(call, e);
    }
  }

  private static TransportException interrupted(CallContext call, InterruptedException e) {
    return new TransportException(
        "Interrupted while waiting for " + call.operation().name(), 0, "interrupted",
        call.requestId(), null, e);
  }
}
