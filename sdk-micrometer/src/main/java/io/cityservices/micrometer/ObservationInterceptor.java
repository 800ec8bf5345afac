package io.cityservices.micrometer;

import io.cityservices.core.http.ExecutionInterceptor;
import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Observes the SDK's calls through sdk-core's interceptor SPI:
 *
 * <pre>{@code
 * CityServices city = CityServices.builder()
 *     .addInterceptor(new ObservationInterceptor(observationRegistry))
 *     ...
 * }</pre>
 *
 * <ul>
 *   <li>{@value DefaultCallObservationConvention#NAME}: one observation per call, however many
 *       attempts it took, tagged {@code operation}, {@code city}, {@code department}, {@code
 *       outcome}, {@code status} and {@code error};
 *   <li>{@value DefaultAttemptObservationConvention#NAME}: one per attempt, a child of its call's,
 *       with the same tags plus {@code retry};
 *   <li>instant observations, counted by a meter handler, tagged {@code operation}, {@code city},
 *       {@code department}: {@value #RETRY} (plus {@code status}, the failed attempt's), {@value
 *       #RATE_LIMIT_WAIT}, {@value #CACHE_HIT} and {@value #COALESCED}.
 * </ul>
 *
 * <p>With a meter handler registered the call and attempt observations are timers; the others'
 * counts are the numbers of retries, rate-limit waits, cache hits and coalesced reads. With a
 * tracing handler (Micrometer Tracing on the classpath) a call is a span with a client span per
 * attempt, and each attempt carries its trace context in its headers (W3C {@code traceparent} with
 * Micrometer Tracing's default propagation). No tag carries a path value or personal datum: the SDK
 * gives an interceptor nothing personal to tag with.
 *
 * <p>An observation whose end the SDK never reported is stopped with error {@code abandoned} once it
 * is older than the maximum age, so that nothing is held for ever. Thread-safe.
 */
public final class ObservationInterceptor implements ExecutionInterceptor {

  /** How old a call or attempt may get before it is taken as abandoned: longer than any deadline. */
  public static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);

  /** The instant observation of a failed attempt that will be retried. */
  public static final String RETRY = "cityservices.retry";

  /** The instant observation of an attempt held until the platform's rate-limit quota resets. */
  public static final String RATE_LIMIT_WAIT = "cityservices.rate_limit.wait";

  /** The instant observation of an attempt answered from the SDK's cache (nothing sent). */
  public static final String CACHE_HIT = "cityservices.cache.hit";

  /** The instant observation of a read that shared an identical read in flight (nothing sent). */
  public static final String COALESCED = "cityservices.coalesced";

  // A marker, never thrown: what an abandoned observation is stopped with, recognised by identity
  // (ErrorTag); one instance is the point, and its stack trace is never looked at.
  @SuppressWarnings("StaticAssignmentOfThrowable")
  private static final IllegalStateException ABANDONED =
      new IllegalStateException("abandoned: the end was never reported");

  private final ObservationRegistry registry;
  private final @Nullable CallObservationConvention callConvention;
  private final @Nullable AttemptObservationConvention attemptConvention;
  private final Clock clock;
  private final Duration maxAge;
  private final ConcurrentMap<String, Started<CallContext>> calls = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Started<AttemptContext>> attempts = new ConcurrentHashMap<>();
  private volatile Instant nextSweep;

  /**
   * Observes calls and attempts with the default conventions.
   *
   * @param registry where observations are recorded
   * @throws NullPointerException if {@code registry} is null
   */
  public ObservationInterceptor(ObservationRegistry registry) {
    this(builder(registry));
  }

  private ObservationInterceptor(Builder b) {
    this.registry = b.registry;
    this.callConvention = b.callConvention;
    this.attemptConvention = b.attemptConvention;
    this.clock = b.clock;
    this.maxAge = b.maxAge;
    this.nextSweep = clock.instant().plus(maxAge);
  }

  /**
   * Starts a builder, for custom conventions or timing.
   *
   * @param registry where observations are recorded
   * @return a builder with the default conventions, the system clock and {@link #DEFAULT_MAX_AGE}
   * @throws NullPointerException if {@code registry} is null
   */
  public static Builder builder(ObservationRegistry registry) {
    return new Builder(registry);
  }

  @Override
  public void beforeCall(CallInfo call) {
    Instant now = clock.instant();
    sweepIfDue(now);
    CallContext context = new CallContext(call);
    Observation observation =
        Observation.createNotStarted(
            callConvention, DefaultCallObservationConvention.INSTANCE, () -> context, registry);
    calls.put(call.requestId(), new Started<>(observation.start(), context, now));
  }

  @Override
  public void afterCall(CallInfo call, int status, @Nullable RuntimeException failure) {
    Started<CallContext> started = calls.remove(call.requestId());
    if (started != null) {
      started.context().ended(status, failure);
      stop(started.observation(), failure);
    }
  }

  @Override
  public void beforeAttempt(AttemptInfo attempt, BiConsumer<String, String> headers) {
    Instant now = clock.instant();
    sweepIfDue(now);
    AttemptContext context = new AttemptContext(attempt, headers);
    attempts.put(key(attempt), new Started<>(attemptObservation(context).start(), context, now));
  }

  @Override
  public void afterAttempt(AttemptInfo attempt, int status, @Nullable RuntimeException failure) {
    Started<AttemptContext> started = attempts.remove(key(attempt));
    if (started == null) {
      // Its start was never reported (or it was swept): record it as an attempt all the same.
      AttemptContext context = new AttemptContext(attempt, null);
      started = new Started<>(attemptObservation(context).start(), context, clock.instant());
    }
    started.context().ended(status, failure);
    Started<CallContext> call = calls.get(attempt.requestId());
    if (call != null) {
      call.context().attemptEnded(status);
    }
    stop(started.observation(), failure);
  }

  @Override
  public void onRetry(AttemptInfo failed, Duration delay) {
    Started<CallContext> call = calls.get(failed.requestId());
    String status = call == null ? "0" : Integer.toString(call.context().lastAttemptStatus());
    instant(RETRY, failed, KeyValues.of("status", status));
  }

  @Override
  public void onRateLimitWait(AttemptInfo attempt, Duration wait) {
    instant(RATE_LIMIT_WAIT, attempt, KeyValues.empty());
  }

  @Override
  public void onCacheHit(AttemptInfo attempt) {
    instant(CACHE_HIT, attempt, KeyValues.empty());
  }

  @Override
  public void onCoalesced(AttemptInfo attempt) {
    instant(COALESCED, attempt, KeyValues.empty());
  }

  private Observation attemptObservation(AttemptContext context) {
    Observation observation =
        Observation.createNotStarted(
            attemptConvention, DefaultAttemptObservationConvention.INSTANCE, () -> context, registry);
    Started<CallContext> call = calls.get(context.attempt().requestId());
    return call == null ? observation : observation.parentObservation(call.observation());
  }

  private void instant(String name, AttemptInfo attempt, KeyValues extra) {
    DepartmentKey department = DepartmentKey.parse(attempt.department());
    Observation observation =
        Observation.createNotStarted(name, registry)
            .contextualName(name)
            .lowCardinalityKeyValues(
                KeyValues.of(
                        "operation", attempt.operation(),
                        "city", department.city(),
                        "department", department.service())
                    .and(extra));
    Started<CallContext> call = calls.get(attempt.requestId());
    if (call != null) {
      observation.parentObservation(call.observation());
    }
    observation.start().stop();
  }

  // At most once per max age, so the cost is one scan of what is in flight per interval.
  private void sweepIfDue(Instant now) {
    if (now.isBefore(nextSweep)) {
      return;
    }
    nextSweep = now.plus(maxAge);
    Instant oldest = now.minus(maxAge);
    attempts.forEach(
        (key, started) -> {
          if (started.at().isBefore(oldest) && attempts.remove(key, started)) {
            started.context().ended(0, ABANDONED);
            stop(started.observation(), ABANDONED);
          }
        });
    calls.forEach(
        (key, started) -> {
          if (started.at().isBefore(oldest) && calls.remove(key, started)) {
            started.context().ended(0, ABANDONED);
            stop(started.observation(), ABANDONED);
          }
        });
  }

  private static void stop(Observation observation, @Nullable RuntimeException failure) {
    if (failure != null) {
      observation.error(failure);
    }
    observation.stop();
  }

  static IllegalStateException abandoned() {
    return ABANDONED;
  }

  private static String key(AttemptInfo attempt) {
    return attempt.requestId() + '#' + attempt.attempt();
  }

  private record Started<C extends Observation.Context>(
      Observation observation, C context, Instant at) {}

  /** Configures an {@link ObservationInterceptor}. Not thread-safe; use from one thread. */
  public static final class Builder {

    private final ObservationRegistry registry;
    // Null: the default convention.
    private @Nullable CallObservationConvention callConvention;
    private @Nullable AttemptObservationConvention attemptConvention;
    private Clock clock = Clock.systemUTC();
    private Duration maxAge = DEFAULT_MAX_AGE;

    private Builder(ObservationRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * Names and tags call observations (default: {@link DefaultCallObservationConvention}).
     *
     * @param convention the convention
     * @return this builder
     * @throws NullPointerException if {@code convention} is null
     */
    public Builder callConvention(CallObservationConvention convention) {
      this.callConvention = Objects.requireNonNull(convention, "convention");
      return this;
    }

    /**
     * Names and tags attempt observations (default: {@link DefaultAttemptObservationConvention}).
     *
     * @param convention the convention
     * @return this builder
     * @throws NullPointerException if {@code convention} is null
     */
    public Builder attemptConvention(AttemptObservationConvention convention) {
      this.attemptConvention = Objects.requireNonNull(convention, "convention");
      return this;
    }

    /**
     * How old a call or attempt may get before it is stopped as abandoned.
     *
     * @param maxAge the maximum age, positive
     * @param clock the clock that times it
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code maxAge} is not positive
     */
    public Builder maxAge(Duration maxAge, Clock clock) {
      if (maxAge.isZero() || maxAge.isNegative()) {
        throw new IllegalArgumentException("maxAge must be positive: " + maxAge);
      }
      this.maxAge = maxAge;
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Makes the interceptor.
     *
     * @return a new interceptor; register it on the {@code CityServices} builder
     */
    public ObservationInterceptor build() {
      return new ObservationInterceptor(this);
    }
  }
}
