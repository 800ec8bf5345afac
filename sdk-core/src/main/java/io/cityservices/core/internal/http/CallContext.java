package io.cityservices.core.internal.http;

import io.cityservices.core.RequestOptions;
import io.cityservices.core.auth.AccessToken;
import io.cityservices.core.http.ApiRequest;
import io.cityservices.core.http.ExecutionInterceptor;
import io.cityservices.core.http.Operation;
import io.cityservices.core.resilience.Deadline;
import java.time.Duration;
import okhttp3.MediaType;

/**
 * The state of one logical call across its attempts: what is called, its request id and
 * idempotency key (both fixed for every attempt, so a retried payment is recognised as the same
 * payment), the serialised body (serialised once, so every attempt sends identical bytes) and the
 * deadline. Attempts run one after another, never concurrently.
 */
public final class CallContext {

  private final ApiRequest request;
  private final RequestOptions options;
  private final String requestId;
  private final String idempotencyKey;
  private final String url;
  private final byte[] body;
  private final MediaType contentType;
  private final Deadline deadline;
  private int attempt;
  private AccessToken accessToken;
  private boolean tokenRefreshed;
  private boolean immediateRetry;
  private Duration retryAfter;
  private String conditionalEtag;

  CallContext(
      ApiRequest request,
      RequestOptions options,
      String requestId,
      String idempotencyKey,
      String url,
      byte[] body,
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
  public String idempotencyKey() {
    return idempotencyKey;
  }

  public String url() {
    return url;
  }

  public byte[] body() {
    return body;
  }

  MediaType contentType() {
    return contentType;
  }

  public Deadline deadline() {
    return deadline;
  }

  /** The current attempt, starting at 1. */
  public int attempt() {
    return attempt;
  }

  void nextAttempt() {
    attempt++;
  }

  /** What interceptors may know of the current attempt. */
  public ExecutionInterceptor.AttemptInfo attemptInfo() {
    return new ExecutionInterceptor.AttemptInfo(
        request.operation().name(), request.department(), requestId, attempt);
  }

  /**
   * Asks for one immediate retry because a policy removed the failure's cause (a rejected token
   * was refreshed). Returns false when the call already used its immediate retry.
   */
  public boolean requestImmediateRetry() {
    if (tokenRefreshed) {
      return false;
    }
    tokenRefreshed = true;
    immediateRetry = true;
    return true;
  }

  /** True once, after {@link #requestImmediateRetry()} succeeded. */
  public boolean consumeImmediateRetry() {
    boolean r = immediateRetry;
    immediateRetry = false;
    return r;
  }

  /** The last response's {@code Retry-After}, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }

  public void retryAfter(Duration retryAfter) {
    this.retryAfter = retryAfter;
  }

  /** The entity tag to revalidate a cached response with, or null for an unconditional request. */
  public String conditionalEtag() {
    return conditionalEtag;
  }

  void conditionalEtag(String etag) {
    this.conditionalEtag = etag;
  }

  /** The app token the current attempt was authenticated (and signed) with, or null. */
  public AccessToken accessToken() {
    return accessToken;
  }

  public void accessToken(AccessToken token) {
    this.accessToken = token;
  }
}
