package io.cityservices.core.internal.http;

import io.cityservices.core.http.ExecutionInterceptor;
import java.util.List;

/**
 * Sets the headers every attempt carries: request id, user agent, accept, the idempotency key (a
 * structured-field string, draft-ietf-httpapi-idempotency-key-header), the caller's extra headers
 * and those the application's interceptors add.
 */
public final class StandardHeadersPolicy implements RequestPolicy {

  private final String userAgent;
  private final List<ExecutionInterceptor> interceptors;

  public StandardHeadersPolicy(String userAgent, List<ExecutionInterceptor> interceptors) {
    this.userAgent = userAgent;
    this.interceptors = List.copyOf(interceptors);
  }

  // Caller and interceptor headers go first so that the protocol headers set after them (here and
  // by the auth and signing policies) always win.
  @Override
  public void onRequest(CallContext call, OutgoingRequest request) {
    call.options().headers().forEach(request::header);
    if (!interceptors.isEmpty()) {
      ExecutionInterceptor.AttemptInfo info = call.attemptInfo();
      for (ExecutionInterceptor interceptor : interceptors) {
        interceptor.beforeAttempt(info, request::header);
      }
    }
    request.header("x-request-id", call.requestId());
    request.header("user-agent", userAgent);
    request.header("accept", "application/json, application/problem+json");
    if (call.idempotencyKey() != null) {
      request.header("idempotency-key", "\"" + call.idempotencyKey() + "\"");
    }
  }
}
