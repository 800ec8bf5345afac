package io.cityservices.core.internal.http;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.error.ApiTimeoutException;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.http.Operation;
import io.cityservices.core.internal.resilience.Deadline;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * What stays the same across the attempts of one logical call: what is called, its request id and
 * idempotency key (so a retried payment is recognised as the same payment), the body serialised
 * once (every attempt sends identical bytes) and the deadline. The only state is cancellation,
 * which the caller (or the deadline) sets once and every stage may observe.
 */
public final class CallContext {

  private final ApiRequest request;
  private final RequestOptions options;
  private final String requestId;
  private final @Nullable String idempotencyKey;
  private final String url;
  private final byte @Nullable [] body;
  private final MediaType contentType;
  private final Deadline deadline;
  private final CompletableFuture<Void> cancelled = new CompletableFuture<>();

  CallContext(
      ApiRequest request,
      RequestOptions options,
      String requestId,
      @Nullable String idempotencyKey,
      String url,
      byte @Nullable [] body,
      MediaType contentType,
      Deadline deadline) {
    this.request = request;
    this.options = options;
    this.requestId = requestId;
    this.idempotencyKey = idempotencyKey;
    this.url = url;
    this.body = body;
    this.contentType = contentType;
    this.deadline = deadline;
  }

  public ApiRequest request() {
    return request;
  }

  public Operation operation() {
    return request.operation();
  }

  public RequestOptions options() {
    return options;
  }

  public String requestId() {
    return requestId;
  }

  /** The idempotency key of a create or pay call, or null. */
  public @Nullable String idempotencyKey() {
    return idempotencyKey;
  }

  public String url() {
    return url;
  }

  public byte @Nullable [] body() {
    return body;
  }

  MediaType contentType() {
    return contentType;
  }

  public Deadline deadline() {
    return deadline;
  }

  /** The exception of a wait that the deadline ended; {@code waitingFor} names what was awaited. */
  public ApiTimeoutException deadlinePassed(String waitingFor) {
    return new ApiTimeoutException(
        "The deadline of " + operation().name() + " passed while waiting for " + waitingFor,
        0,
        "deadline_exceeded",
        requestId,
        null,
        null);
  }

  /** Ends the call: a pending retry is dropped and the HTTP call in flight is cancelled. */
  void cancel() {
    cancelled.complete(null);
  }

  boolean isCancelled() {
    return cancelled.isDone();
  }

  /** Runs {@code action} when the call is cancelled (at once if it already was). */
  void onCancel(Runnable action) {
    // The actions only cancel (a wait, an OkHttp call) and do not throw: nothing to observe.
    Object unused = cancelled.thenRun(action);
  }

  ExecutionInterceptor.CallInfo callInfo() {
    return new ExecutionInterceptor.CallInfo(
        request.operation().name(), request.department(), requestId);
  }

  ExecutionInterceptor.AttemptInfo attemptInfo(int attempt) {
    return new ExecutionInterceptor.AttemptInfo(
        request.operation().name(), request.department(), requestId, attempt);
  }
}
