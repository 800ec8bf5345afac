package io.cityservices.core.internal.http;

import io.cityservices.core.http.ExecutionInterceptor.AttemptInfo;
import io.cityservices.core.http.ExecutionInterceptor.CallInfo;
import io.cityservices.core.http.ExecutionInterceptor;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's {@link ExecutionInterceptor}s, called in registration order. The hooks before
 * a call or an attempt (and {@code afterAttempt}) may fail the call, as the SPI documents; {@code
 * afterCall} and the notifications run where the outcome is already decided (often inside a
 * completion callback, where a throw would leave a future pending), so what they throw is logged
 * and dropped, and the remaining interceptors still hear of the event.
 */
final class Interceptors {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutionInterceptor.class);

  private final List<ExecutionInterceptor> interceptors;

  Interceptors(List<ExecutionInterceptor> interceptors) {
    this.interceptors = List.copyOf(interceptors);
  }

  void beforeCall(CallInfo call) {
    for (ExecutionInterceptor interceptor : interceptors) {
      interceptor.beforeCall(call);
    }
  }

  void afterCall(CallInfo call, int status, @Nullable RuntimeException failure) {
    notifyEach("afterCall", i -> i.afterCall(call, status, failure));
  }

  void beforeAttempt(AttemptInfo attempt, BiConsumer<String, String> headers) {
    for (ExecutionInterceptor interceptor : interceptors) {
      interceptor.beforeAttempt(attempt, headers);
    }
  }

  void afterAttempt(AttemptInfo attempt, int status, @Nullable RuntimeException failure) {
    for (ExecutionInterceptor interceptor : interceptors) {
      interceptor.afterAttempt(attempt, status, failure);
    }
  }

  void retry(AttemptInfo failed, Duration delay) {
    notifyEach("onRetry", i -> i.onRetry(failed, delay));
  }

  void rateLimitWait(AttemptInfo attempt, Duration wait) {
    notifyEach("onRateLimitWait", i -> i.onRateLimitWait(attempt, wait));
  }

  void cacheHit(AttemptInfo attempt) {
    notifyEach("onCacheHit", i -> i.onCacheHit(attempt));
  }

  void coalesced(AttemptInfo attempt) {
    notifyEach("onCoalesced", i -> i.onCoalesced(attempt));
  }

  private void notifyEach(String hook, Consumer<ExecutionInterceptor> event) {
    for (ExecutionInterceptor interceptor : interceptors) {
      try {
        event.accept(interceptor);
      } catch (RuntimeException e) {
        LOG.warn("Interceptor {} failed in {}; ignored", interceptor.getClass().getName(), hook, e);
      }
    }
  }
}
