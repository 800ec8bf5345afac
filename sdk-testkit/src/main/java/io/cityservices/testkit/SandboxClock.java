package io.cityservices.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's controllable clock. Token expiry, signature {@code created} windows, rate-limit windows
 * and event timestamps are all judged against it, so a test can move time forward instead of sleeping.
 *
 * <p>It runs on a base clock (the system clock by default, so that signatures made with real time are
 * accepted) plus an offset that {@link #advance(Duration)} grows.
 */
public final class SandboxClock extends Clock {
  private final Clock base;
  private final AtomicReference<Duration> offset;

  private SandboxClock(Clock base, AtomicReference<Duration> offset) {
    this.base = base;
    this.offset = offset;
  }

  /**
   * A clock that follows the system clock until advanced.
   *
   * @return a new clock at the system time, UTC
   */
  public static SandboxClock system() {
    return new SandboxClock(Clock.systemUTC(), new AtomicReference<>(Duration.ZERO));
  }

  /**
   * A clock that stands still at {@code instant} until advanced.
   *
   * @param instant the time the clock shows until advanced
   * @return a new clock, UTC
   */
  public static SandboxClock fixed(Instant instant) {
    return new SandboxClock(Clock.fixed(instant, ZoneOffset.UTC), new AtomicReference<>(Duration.ZERO));
  }

  /**
   * Moves this clock forward.
   *
   * @param amount how far; must not be negative (time never goes back in the platform)
   * @return this clock
   */
  public SandboxClock advance(Duration amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("the sandbox clock only moves forward");
    }
    offset.accumulateAndGet(amount, Duration::plus);
    return this;
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset.get());
  }

  @Override
  public ZoneId getZone() {
    return base.getZone();
  }

  @Override
  public Clock withZone(ZoneId zone) {
    // Shares the offset so that a zoned view still moves when the sandbox clock is advanced.
    return new SandboxClock(base.withZone(zone), offset);
  }
}
