package io.cityservices.core.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.CityServicesException;
import io.cityservices.core.http.ApiExecutor;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.http.FormBody;
import io.cityservices.core.http.ResponseType;
import io.cityservices.core.internal.CallRecords;
import io.cityservices.core.internal.async.Deadlines;
import io.cityservices.core.internal.resilience.Deadline;
import io.cityservices.core.validation.RequestValidator;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * The transport: validates a call, serialises its body once, runs it through the chain of {@link
 * Stage}s (see {@link PipelineBuilder} for their order) and decodes the verified response. One
 * asynchronous core; the blocking form only waits on it.
 */
public final class HttpPipeline implements ApiExecutor {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");

  private final ObjectMapper mapper;
  private final String baseUrl;
  private final RequestValidator validator;
  private final Clock clock;
  private final Duration defaultTimeout;
  private final ErrorMapper errors;
  private final Chain chain;
  private final Timer timer;
  private final Interceptors interceptors;
  // One reader per body type: it resolves a generic type such as Page<Violation> and finds its
  // root deserializer once, not on every response. Bounded by the response types the code declares.
  private final Map<Type, ObjectReader> readers = new ConcurrentHashMap<>();

  HttpPipeline(
      ObjectMapper mapper,
      String baseUrl,
      RequestValidator validator,
      Clock clock,
      Duration defaultTimeout,
      ErrorMapper errors,
      List<Stage> stages,
      Timer timer,
      Interceptors interceptors) {
    this.interceptors = interceptors;
    this.mapper = mapper;
    this.baseUrl = baseUrl;
    this.validator = validator;
    this.clock = clock;
    this.defaultTimeout = defaultTimeout;
    this.errors = errors;
    this.chain = new Chain(List.copyOf(stages), 0);
    this.timer = timer;
  }

  public static PipelineBuilder builder() {
    return new PipelineBuilder();
  }

  @Override
  public <T> T execute(ApiRequest request, RequestOptions options, ResponseType<T> type) {
    CallContext call = begin(request, options);
    return Deadlines.await(run(call, type), call.operation().name());
  }

  @Override
  public <T> CompletableFuture<T> executeAsync(
      ApiRequest request, RequestOptions options, ResponseType<T> type) {
    try {
      return run(begin(request, options), type);
    } catch (CityServicesException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private <T> CompletableFuture<T> run(CallContext call, ResponseType<T> type) {
    ExecutionInterceptor.CallInfo info = call.callInfo();
    CompletableFuture<IncomingResponse> attempts;
    try {
      interceptors.beforeCall(info);
      attempts = chain.proceed(Exchange.first(call));
    } catch (RuntimeException e) {
      attempts = CompletableFuture.failedFuture(e);
    }
    CompletableFuture<T> result =
        attempts.handle(
            (response, failure) -> {
              Throwable t = failure;
              if (t == null) {
                try {
                  T value = decode(call, response, type);
                  interceptors.afterCall(info, response.status(), null);
                  return value;
                } catch (CityServicesException e) {
                  t = e;
                }
              }
              CityServicesException e = typed(call, t);
              interceptors.afterCall(info, e.status(), e);
              throw e;
            });
    // Cancelling the caller's future cancels the HTTP call; the callback cannot fail.
    Object unused =
        result.whenComplete(
            (v, t) -> {
              if (result.isCancelled()) {
                call.cancel();
              }
            });
    return result;
  }

  /** Whatever ended the call, the caller sees a typed exception that names its idempotency key. */
  private static CityServicesException typed(CallContext call, Throwable t) {
    CityServicesException e = AttemptFailure.of(t, call).failure();
    if (e.idempotencyKey() == null && call.idempotencyKey() != null) {
      CallRecords.record(e, Math.max(1, e.attempts()), call.idempotencyKey());
    }
    return e;
  }

  private CallContext begin(ApiRequest request, RequestOptions options) {
    RequestOptions opts = options == null ? RequestOptions.none() : options;
    // Started first: the caller's deadline covers validation and serialisation too.
    Deadline deadline =
        Deadline.after(opts.timeout() != null ? opts.timeout() : defaultTimeout, clock);
    validator.validateAll(request.violations(), request.validate());
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
    return new CallContext(
        request,
        opts,
        RequestIds.newRequestId(),
        idempotencyKey,
        baseUrl + request.pathAndQuery(),
        body,
        contentType,
        deadline);
  }

  private <T> @Nullable T decode(CallContext call, IncomingResponse response, ResponseType<T> type) {
    if (type.bodyType().isEmpty()) {
      return null;
    }
    try {
      return readers
          .computeIfAbsent(
              type.bodyType().get(), t -> mapper.readerFor(mapper.getTypeFactory().constructType(t)))
          .readValue(response.body());
    } catch (IOException | RuntimeException e) {
      throw errors.malformed(call, response, e);
    }
  }

  /**
   * Fails every call that is waiting to retry or for a rate-limit reset; called when the client
   * closes, after its scheduler has stopped taking tasks, so that no future is left pending.
   */
  public void close() {
    timer.close();
  }
}
