package io.cityservices.micrometer;

import io.cityservices.core.http.ExecutionInterceptor;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.BiConsumer;

/**
 * Observes every attempt of every call as one {@link Observation} ({@value
 * DefaultAttemptObservationConvention#NAME}), through sdk-core's interceptor SPI:
 *
 * <pre>{@code
 * CityServices city = CityServices.builder()
 *     .addInterceptor(new ObservationInterceptor(observationRegistry))
 *     ...
 * }</pre>
 *
 * <p>With a meter handler registered this gives a timer per operation, city, department, outcome
 * and status; the count of {@code retry=true} attempts is the number of retries. With a tracing
 * handler each attempt is a client span, and its context is propagated in the attempt's headers
 * (W3C {@code traceparent} with Micrometer Tracing's default propagator).
 *
 * <p>An attempt whose end is reported without a start (refused before it was prepared) is recorded
 * as an attempt with no response. An attempt prepared but never reported as ended (sdk-core
 * currently does not report attempts that its circuit breaker or rate limiter refuse after they were
 * prepared) is stopped with error {@code abandoned} once it is older than the maximum attempt age, so
 * that nothing is held for ever. Thread-safe.
 */
public final class ObservationInterceptor implements ExecutionInterceptor {

  /** How old an attempt may get before it is taken as abandoned: longer than any call deadline. */
  public static final Duration DEFAULT_MAX_ATTEMPT_AGE = Duration.ofMinutes(5);

  private static final IllegalStateException ABANDONED =
      new IllegalStateException("abandoned: the attempt's end was never reported");

  private final ObservationRegistry registry;
  private final AttemptObservationConvention convention;
  private final Clock clock;
  private final Duration maxAge;
  private final ConcurrentMap<String, Started> inFlight = new ConcurrentHashMap<>();
  private volatile Instant nextSweep;

  /** Observes attempts with the {@link DefaultAttemptObservationConvention}. */
  public ObservationInterceptor(ObservationRegistry registry) {
    this(registry, null, Clock.systemUTC(), DEFAULT_MAX_ATTEMPT_AGE);
  }

  /**
   * Observes attempts with a custom convention.
   *
   * @param convention overrides the default names and tags, or null for the default
   * @param clock times the maximum attempt age
   * @param maxAttemptAge after how long an attempt never reported as ended is stopped as abandoned
   */
  public ObservationInterceptor(
      ObservationRegistry registry,
      AttemptObservationConvention convention,
      Clock clock,
      Duration maxAttemptAge) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.convention = convention;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.maxAge = Objects.requireNonNull(maxAttemptAge, "maxAttemptAge");
    this.nextSweep = clock.instant().plus(maxAge);
  }

  @Override
  public void beforeAttempt(AttemptInfo attempt, BiConsumer<String, String> headers) {
    Instant now = clock.instant();
    sweepIfDue(now);
    AttemptContext context = new AttemptContext(attempt, headers);
    inFlight.put(key(attempt), new Started(observation(context).start(), context, now));
  }

  // At most once per max age, so the cost is one scan of the in-flight attempts per interval.
  private void sweepIfDue(Instant now) {
    if (now.isBefore(nextSweep)) {
      return;
    }
    nextSweep = now.plus(maxAge);
    Instant oldest = now.minus(maxAge);
    inFlight.forEach(
        (key, started) -> {
          if (started.at().isBefore(oldest) && inFlight.remove(key, started)) {
            started.context().ended(0, ABANDONED);
            started.observation().error(ABANDONED);
            started.observation().stop();
          }
        });
  }

  @Override
  public void afterAttempt(AttemptInfo attempt, int status, RuntimeException failure) {
    Started started = inFlight.remove(key(attempt));
    if (started == null) {
      AttemptContext context = new AttemptContext(attempt, null);
      started = new Started(observation(context).start(), context, clock.instant());
    }
    started.context().ended(status, failure);
    if (failure != null) {
      started.observation().error(failure);
    }
    started.observation().stop();
  }

  private Observation observation(AttemptContext context) {
    return Observation.createNotStarted(
        convention, DefaultAttemptObservationConvention.INSTANCE, () -> context, registry);
  }

  static IllegalStateException abandoned() {
    return ABANDONED;
  }

  private static String key(AttemptInfo attempt) {
    return attempt.requestId() + '#' + attempt.attempt();
  }

  private record Started(Observation observation, AttemptContext context, Instant at) {}
}
