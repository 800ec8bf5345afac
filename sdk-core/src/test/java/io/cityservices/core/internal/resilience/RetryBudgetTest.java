package io.cityservices.core.internal.resilience;

import io.cityservices.core.resilience.RetryPolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class RetryBudgetTest {

  private static final int SERVICE_UNAVAILABLE = 503;

  private final RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).build();

  /**
   * Runs the transport's retry loop for {@code calls} calls and returns the attempts sent. {@code
   * callFails} says whether every attempt of call {@code i} fails with 503 (else its first attempt
   * succeeds).
   */
  private int simulate(int calls, RetryBudget budget, IntPredicate callFails) {
    int attempts = 0;
    for (int call = 0; call < calls; call++) {
      int attemptsThisCall = 1;
      attempts++;
      if (!callFails.test(call)) {
        budget.onSuccess();
        continue;
      }
      while (policy.isRetryableStatus(SERVICE_UNAVAILABLE)
          && policy.hasAttemptsLeft(attemptsThisCall)
          && budget.tryAcquireRetry()) {
        attemptsThisCall++;
        attempts++;
      }
    }
    return attempts;
  }

  @Test
  void totalOutageAddsAtMostTheBudgetCapacity() {
    RetryBudget budget = RetryBudget.create();

    int attempts = simulate(1_000, budget, call -> true);

    // 1,000 first attempts + the 10 tokens the full bucket started with; no successes refill it.
    assertThat(attempts).isEqualTo(1_010).isLessThanOrEqualTo(1_100);
    assertThat(budget.available()).isZero();
  }

  @Test
  void partialOutageAddsAtMostTenPercentOfSuccessesPlusCapacity() {
    RetryBudget budget = RetryBudget.create();

    // Every other call fails on every attempt; the other 500 succeed and deposit 0.1 each.
    int attempts = simulate(1_000, budget, call -> call % 2 == 1);

    // 10 starting tokens + 499 x 0.1 (the first success found the bucket full) = 59.9 tokens:
    // 59 retries and 0.9 left, within the bound of 10% of successes plus the capacity.
    assertThat(attempts).isEqualTo(1_059).isLessThanOrEqualTo(1_000 + 500 / 10 + 10);
    assertThat(budget.available()).isEqualTo(0.9);
  }

  @Test
  void allSuccessesKeepTheBudgetFull() {
    RetryBudget budget = RetryBudget.create();

    int attempts = simulate(1_000, budget, call -> false);

    assertThat(attempts).isEqualTo(1_000);
    assertThat(budget.available()).isEqualTo(10.0);
    assertThat(budget.capacity()).isEqualTo(10.0);
  }

  @Test
  void successesRefillAnExhaustedBudget() {
    RetryBudget budget = RetryBudget.create();
    simulate(100, budget, call -> true);
    assertThat(budget.tryAcquireRetry()).isFalse();

    for (int i = 0; i < 9; i++) {
      budget.onSuccess();
    }
    assertThat(budget.available()).isEqualTo(0.9);
    assertThat(budget.tryAcquireRetry()).isFalse();

    budget.onSuccess();
    assertThat(budget.tryAcquireRetry()).isTrue();
    assertThat(budget.available()).isZero();

    for (int i = 0; i < 1_000; i++) {
      budget.onSuccess();
    }
    assertThat(budget.available()).isEqualTo(10.0);
    assertThat(simulate(1_000, budget, call -> true)).isEqualTo(1_010);
  }

  @Test
  void customSizes() {
    RetryBudget budget = RetryBudget.of(2_000, 500);
    assertThat(budget.tryAcquireRetry()).isTrue();
    assertThat(budget.tryAcquireRetry()).isTrue();
    assertThat(budget.tryAcquireRetry()).isFalse();
    budget.onSuccess();
    budget.onSuccess();
    assertThat(budget.available()).isEqualTo(1.0);
    assertThatThrownBy(() -> RetryBudget.of(999, 100)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryBudget.of(1_000, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentWithdrawalsNeverOverdraw() throws Exception {
    RetryBudget budget = RetryBudget.create();
    int threads = 8;
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> granted = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        granted.add(
            pool.submit(
                () -> {
                  gate.await();
                  int n = 0;
                  for (int i = 0; i < 100; i++) {
                    if (budget.tryAcquireRetry()) {
                      n++;
                    }
                  }
                  return n;
                }));
      }
      gate.countDown();
      int total = 0;
      for (Future<Integer> f : granted) {
        total += f.get();
      }
      assertThat(total).isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }
}
