package io.cityservices.core.internal.resilience;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket that bounds how many retries a client may send relative to its successful calls,
 * in the style of gRPC retry throttling and the AWS SDK retry quota. One budget belongs to one
 * entry object, shared by all its calls.
 *
 * <p>Arithmetic, in integer milli-tokens so that the bucket is a single {@link AtomicLong}: the
 * bucket starts full at {@code capacity}; each successful response deposits {@code
 * depositPerSuccess} (default 100 milli-tokens = 0.1 token), never above capacity; each retry
 * withdraws {@value #RETRY_COST_MILLIS} milli-tokens (1 token) and is allowed only if the bucket
 * holds at least that much. First attempts are never charged. Hence over any period the number of
 * retries is at most {@code capacity / 1 token + successes * depositPerSuccess / 1 token}: with the
 * defaults (10 tokens, 0.1 per success) a back end that fails everything sees at most 10 retries in
 * total until calls succeed again, and in general at most 10% more requests than calls plus 10.
 *
 * <p>Thread-safe and lock-free.
 */
public final class RetryBudget {

  /** Milli-tokens one retry costs (one token). */
  public static final long RETRY_COST_MILLIS = 1_000;

  /** Default capacity: 10 tokens. */
  public static final long DEFAULT_CAPACITY_MILLIS = 10_000;

  /** Default deposit per success: 0.1 token. */
  public static final long DEFAULT_DEPOSIT_MILLIS = 100;

  private final long capacityMillis;
  private final long depositMillis;
  private final AtomicLong balanceMillis;

  private RetryBudget(long capacityMillis, long depositMillis) {
    this.capacityMillis = capacityMillis;
    this.depositMillis = depositMillis;
    this.balanceMillis = new AtomicLong(capacityMillis);
  }

  /** A full budget with the defaults: 10 tokens capacity, 0.1 token deposited per success. */
  public static RetryBudget create() {
    return new RetryBudget(DEFAULT_CAPACITY_MILLIS, DEFAULT_DEPOSIT_MILLIS);
  }

  /**
   * A full budget with the given sizes, in milli-tokens (1,000 = one retry).
   *
   * @param capacityMillis the bucket size and starting balance; at least {@value
   *     #RETRY_COST_MILLIS} so that some retry is ever possible
   * @param depositPerSuccessMillis credited per successful response; 0 disables refills
   * @throws IllegalArgumentException if {@code capacityMillis < 1000} or the deposit is negative
   */
  public static RetryBudget of(long capacityMillis, long depositPerSuccessMillis) {
    if (capacityMillis < RETRY_COST_MILLIS) {
      throw new IllegalArgumentException(
          "capacity must be at least " + RETRY_COST_MILLIS + " milli-tokens: " + capacityMillis);
    }
    if (depositPerSuccessMillis < 0) {
      throw new IllegalArgumentException(
          "deposit must not be negative: " + depositPerSuccessMillis);
    }
    return new RetryBudget(capacityMillis, depositPerSuccessMillis);
  }

  /**
   * Withdraws one token for a retry if the bucket holds one.
   *
   * @return true if the retry may be sent; false if the budget is exhausted and the caller should
   *     give up with the last failure
   */
  public boolean tryAcquireRetry() {
    long current;
    do {
      current = balanceMillis.get();
      if (current < RETRY_COST_MILLIS) {
        return false;
      }
    } while (!balanceMillis.compareAndSet(current, current - RETRY_COST_MILLIS));
    return true;
  }

  /** Credits the deposit for one successful response, up to capacity. */
  public void onSuccess() {
    balanceMillis.accumulateAndGet(
        depositMillis, (balance, deposit) -> Math.min(capacityMillis, balance + deposit));
  }

  /** The current balance in tokens (milli-tokens / 1,000), for metrics. */
  public double available() {
    return balanceMillis.get() / (double) RETRY_COST_MILLIS;
  }

  /** The bucket size in tokens, for metrics. */
  public double capacity() {
    return capacityMillis / (double) RETRY_COST_MILLIS;
  }
}
