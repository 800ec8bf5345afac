package io.cityservices.core.internal.resilience;

import io.cityservices.core.resilience.CircuitBreakerState;

import io.cityservices.core.resilience.CircuitBreakerConfig;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class CircuitBreakersTest {

  private final MutableClock clock = MutableClock.at("2026-03-01T08:00:00Z");
  private final List<String> transitions = new CopyOnWriteArrayList<>();
  private final CircuitBreakers registry =
      new CircuitBreakers(
          CircuitBreakerConfig.builder()
              .slidingWindowSize(2)
              .minimumNumberOfCalls(2)
              .openDuration(Duration.ofSeconds(5))
              .build(),
          clock,
          (name, from, to) -> transitions.add(name + ":" + from + "->" + to));

  @Test
  void oneBreakerPerDepartmentWithSharedConfigAndListener() {
    CircuitBreaker traffic = registry.forDepartment("310000/traffic");
    CircuitBreaker water = registry.forDepartment("310000/water");

    assertThat(registry.forDepartment("310000/traffic")).isSameAs(traffic);
    assertThat(water).isNotSameAs(traffic);
    assertThat(registry.size()).isEqualTo(2);

    traffic.onFailure();
    traffic.onFailure();
    assertThat(traffic.state()).isEqualTo(CircuitBreakerState.OPEN);
    assertThat(water.state()).isEqualTo(CircuitBreakerState.CLOSED);
    assertThat(transitions).containsExactly("310000/traffic:CLOSED->OPEN");

    clock.advance(Duration.ofSeconds(5));
    assertThat(traffic.tryAcquirePermission()).isTrue();
  }

  @Test
  void concurrentFirstUseCreatesOneBreaker() throws Exception {
    int threads = 16;
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<CircuitBreaker>> got = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        got.add(
            pool.submit(
                () -> {
                  gate.await();
                  return registry.forDepartment("440300/hospital");
                }));
      }
      gate.countDown();
      CircuitBreaker first = got.get(0).get();
      for (Future<CircuitBreaker> f : got) {
        assertThat(f.get()).isSameAs(first);
      }
      assertThat(registry.size()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
