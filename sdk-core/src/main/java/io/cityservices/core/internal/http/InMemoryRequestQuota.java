package io.cityservices.core.internal.http;

import io.cityservices.core.internal.resilience.Deadline;
import io.cityservices.core.internal.resilience.RateLimitHeaders;
import io.cityservices.core.resilience.RateLimitMode;
import io.cityservices.core.internal.resilience.RateLimitState;
import io.cityservices.core.resilience.RequestQuota;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The default {@link RequestQuota}: this client's own {@link RateLimitState}, answering at once.
 * Obtain it from {@link RequestQuota#inMemory(Clock)}.
 */
public final class InMemoryRequestQuota implements RequestQuota {

  private final RateLimitState state;

  /** A quota with nothing observed; {@code clock} measures reset times. */
  public InMemoryRequestQuota(Clock clock) {
    this.state = new RateLimitState(clock);
  }

  @Override
  public CompletableFuture<Duration> acquire(
      String departmentKey, RateLimitMode mode, Duration maxWait) {
    Objects.requireNonNull(departmentKey, "departmentKey");
    try {
      return CompletableFuture.completedFuture(
          state.delayBeforeSend(departmentKey, mode, Deadline.after(maxWait)));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public void observe(String departmentKey, Observation observation) {
    state.update(
        departmentKey,
        new RateLimitHeaders(observation.remaining(), observation.reset(), observation.limit()));
  }
}
