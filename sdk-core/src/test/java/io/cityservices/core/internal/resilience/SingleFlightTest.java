package io.cityservices.core.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

  private final SingleFlight<String, List<String>> flight = new SingleFlight<>();
  private final AtomicInteger invocations = new AtomicInteger();
  private final CompletableFuture<List<String>> pending = new CompletableFuture<>();

  private final Supplier<CompletableFuture<List<String>>> call =
      () -> {
        invocations.incrementAndGet();
        return pending;
      };

  /** Starts {@code n} callers at once through a gate and returns each caller's future. */
  private List<CompletableFuture<List<String>>> concurrentCallers(int n) throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<CompletableFuture<List<String>>>> submitted = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        submitted.add(
            pool.submit(
                () -> {
                  gate.await();
                  return flight.execute("GET /v1/hospitals?city=310000", call);
                }));
      }
      gate.countDown();
      List<CompletableFuture<List<String>>> futures = new ArrayList<>();
      for (Future<CompletableFuture<List<String>>> f : submitted) {
        futures.add(f.get());
      }
      return futures;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hundredConcurrentCallersShareOneCall() throws Exception {
    List<CompletableFuture<List<String>>> futures = concurrentCallers(100);

    assertThat(invocations).hasValue(1);
    assertThat(flight.inFlight()).isEqualTo(1);
    assertThat(futures).noneMatch(CompletableFuture::isDone);

    List<String> result = List.of("Ruijin Hospital", "Huashan Hospital");
    pending.complete(result);

    assertThat(futures).hasSize(100).allSatisfy(f -> assertThat(f.join()).isSameAs(result));
    assertThat(flight.inFlight()).isZero();
  }

  @Test
  void failurePropagatesToAllCallers() throws Exception {
    List<CompletableFuture<List<String>>> futures = concurrentCallers(100);

    pending.completeExceptionally(new IllegalStateException("department down"));

    assertThat(invocations).hasValue(1);
    assertThat(futures)
        .allSatisfy(
            f ->
                assertThatThrownBy(f::join)
                    .isInstanceOf(CompletionException.class)
                    .hasCauseInstanceOf(IllegalStateException.class));
    assertThat(flight.inFlight()).isZero();
  }

  @Test
  void aLaterCallStartsANewRequest() {
    CompletableFuture<List<String>> first = flight.execute("k", call);
    pending.complete(List.of("a"));
    assertThat(first.join()).containsExactly("a");

    CompletableFuture<List<String>> second =
        flight.execute("k", () -> CompletableFuture.completedFuture(List.of("b")));
    assertThat(second.join()).containsExactly("b");
    assertThat(flight.inFlight()).isZero();
  }

  @Test
  void aCallerReactingToCompletionStartsANewRequest() {
    AtomicInteger again = new AtomicInteger();
    CompletableFuture<List<String>> next =
        flight
            .execute("k", call)
            .thenCompose(
                v ->
                    flight.execute(
                        "k",
                        () -> {
                          again.incrementAndGet();
                          return CompletableFuture.completedFuture(List.of("fresh"));
                        }));
    pending.complete(List.of("first"));

    assertThat(next.join()).containsExactly("fresh");
    assertThat(again).hasValue(1);
  }

  @Test
  void differentKeysDoNotShare() {
    flight.execute("a", call);
    flight.execute("b", call);
    assertThat(invocations).hasValue(2);
    assertThat(flight.inFlight()).isEqualTo(2);
  }

  @Test
  void aThrowingOrNullSupplierFailsTheFlightAndFreesTheKey() {
    CompletableFuture<List<String>> thrown =
        flight.execute(
            "k",
            () -> {
              throw new IllegalArgumentException("bad request");
            });
    assertThatThrownBy(thrown::join).hasCauseInstanceOf(IllegalArgumentException.class);
    assertThat(flight.inFlight()).isZero();

    CompletableFuture<List<String>> nulled = flight.execute("k", () -> null);
    assertThatThrownBy(nulled::join).hasCauseInstanceOf(NullPointerException.class);
    assertThat(flight.inFlight()).isZero();
  }

  @Test
  void oneCallerCancellingDoesNotAffectTheOthers() {
    CompletableFuture<List<String>> a = flight.execute("k", call);
    CompletableFuture<List<String>> b = flight.execute("k", call);

    a.cancel(true);
    pending.complete(List.of("ok"));

    assertThatThrownBy(a::join).isInstanceOf(CancellationException.class);
    assertThat(b.join()).containsExactly("ok");
    assertThat(invocations).hasValue(1);
  }
}
