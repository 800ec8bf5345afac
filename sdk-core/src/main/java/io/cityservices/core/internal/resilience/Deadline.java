package io.cityservices.core.internal.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The point in time by which a whole operation, all its attempts and waits included, must finish.
 * Use {@link #min(Duration)} to clamp every back-off, {@code Retry-After} wait and per-attempt
 * timeout so that nothing runs past it.
 *
 * <p>Time is read from a nanosecond source with {@link System#nanoTime()} semantics: only
 * differences matter, and it must not go backwards. Immutable and thread-safe.
 */
public final class Deadline {

  private final LongSupplier nanoTime;
  private final long startNanos;
  private final long totalNanos;

  private Deadline(LongSupplier nanoTime, Duration total) {
    this.nanoTime = nanoTime;
    this.startNanos = nanoTime.getAsLong();
    this.totalNanos = saturatedNanos(total);
  }

  /**
   * A deadline {@code total} from now, measured with {@link System#nanoTime()}.
   *
   * @throws IllegalArgumentException if {@code total} is negative
   */
  public static Deadline after(Duration total) {
    return after(total, System::nanoTime);
  }

  /**
   * A deadline {@code total} from now, measured with the given monotonic nanosecond source (a fake
   * in tests).
   *
   * @throws IllegalArgumentException if {@code total} is negative
   * @throws NullPointerException if an argument is null
   */
  public static Deadline after(Duration total, LongSupplier nanoTime) {
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(nanoTime, "nanoTime");
    if (total.isNegative()) {
      throw new IllegalArgumentException("total must not be negative: " + total);
    }
    return new Deadline(nanoTime, total);
  }

  /**
   * A deadline {@code total} from now, measured with {@code clock}. Prefer {@link #after(Duration,
   * LongSupplier)} in production: a wall clock can jump.
   *
   * @throws IllegalArgumentException if {@code total} is negative
   * @throws NullPointerException if an argument is null
   */
  public static Deadline after(Duration total, Clock clock) {
    Objects.requireNonNull(clock, "clock");
    return after(total, () -> epochNanos(clock.instant()));
  }

  /** The time left, never negative; {@link Duration#ZERO} once expired. */
  public Duration remaining() {
    return Duration.ofNanos(remainingNanos());
  }

  /** Whether no time is left. */
  public boolean isExpired() {
    return remainingNanos() == 0;
  }

  /**
   * The shorter of {@code wait} and the time left: the longest the caller may wait or let an
   * attempt run without passing the deadline. Negative input is treated as zero.
   *
   * @throws NullPointerException if {@code wait} is null
   */
  public Duration min(Duration wait) {
    Duration left = remaining();
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    return wait.compareTo(left) < 0 ? wait : left;
  }

  private long remainingNanos() {
    // A source that steps backwards must not make the deadline longer (or overflow).
    long elapsed = Math.max(0, nanoTime.getAsLong() - startNanos);
    return Math.max(0, totalNanos - elapsed);
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }

  private static long epochNanos(Instant instant) {
    // Epoch nanoseconds fit in a long until the year 2262.
    return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
  }

  @Override
  public String toString() {
    return "Deadline[remaining=" + remaining() + "]";
  }
}
