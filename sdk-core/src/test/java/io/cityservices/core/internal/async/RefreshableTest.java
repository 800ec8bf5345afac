package io.cityservices.core.internal.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cityservices.core.internal.resilience.Deadline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class RefreshableTest {

  /** A value with a version, fresh or usable as the test says. */
  record Value(int version) {}

  final List<CompletableFuture<Value>> fetches = new ArrayList<>();
  final AtomicBoolean fresh = new AtomicBoolean(true);
  final AtomicBoolean usable = new AtomicBoolean(true);
  final Refreshable<Value> value =
      Refreshable.inMemory(
          previous -> {
            CompletableFuture<Value> f = new CompletableFuture<>();
            fetches.add(f);
            return f;
          },
          v -> usable.get(),
          v -> fresh.get());

  static Deadline seconds(int s) {
    return Deadline.after(Duration.ofSeconds(s));
  }

  static RuntimeException timeout() {
    return new IllegalStateException("deadline");
  }

  @Test
  void concurrentFirstCallersShareOneFetch() {
    CompletableFuture<Value> a = value.get(seconds(10), RefreshableTest::timeout);
    CompletableFuture<Value> b = value.get(seconds(10), RefreshableTest::timeout);
    assertThat(fetches).hasSize(1);
    assertThat(a).isNotDone();

    fetches.get(0).complete(new Value(1));

    assertThat(a.join()).isEqualTo(new Value(1));
    assertThat(b.join()).isSameAs(a.join());
    assertThat(value.get(seconds(10), RefreshableTest::timeout).join()).isSameAs(a.join());
    assertThat(fetches).hasSize(1);
  }

  @Test
  void aWaiterGivesUpAtItsDeadlineWithoutFailingTheFetchForOthers() {
    CompletableFuture<Value> impatient = value.get(Deadline.after(Duration.ofMillis(50)), RefreshableTest::timeout);
    CompletableFuture<Value> patient = value.get(seconds(10), RefreshableTest::timeout);

    assertThatThrownBy(impatient::join).isInstanceOf(CompletionException.class).hasMessageContaining("deadline");
    assertThat(patient).isNotDone();
    fetches.get(0).complete(new Value(1));
    assertThat(patient.join()).isEqualTo(new Value(1));
  }

  @Test
  void aPassedDeadlineFailsAtOnceButStillStartsTheFetch() {
    CompletableFuture<Value> late = value.get(Deadline.after(Duration.ZERO), RefreshableTest::timeout);

    assertThat(late).isCompletedExceptionally();
    assertThat(fetches).hasSize(1);
  }

  @Test
  void aStaleValueIsServedWhileOneBackgroundFetchReplacesIt() {
    value.get(seconds(10), RefreshableTest::timeout);
    fetches.get(0).complete(new Value(1));
    fresh.set(false);

    assertThat(value.get(seconds(10), RefreshableTest::timeout).join()).isEqualTo(new Value(1));
    assertThat(value.get(seconds(10), RefreshableTest::timeout).join()).isEqualTo(new Value(1));
    assertThat(fetches).hasSize(2);

    fetches.get(1).complete(new Value(2));
    assertThat(value.current()).isEqualTo(new Value(2));
  }

  @Test
  void refreshReplacesTheRejectedValueOnceHoweverManyAsk() {
    value.get(seconds(10), RefreshableTest::timeout);
    fetches.get(0).complete(new Value(1));
    Value rejected = value.current();

    CompletableFuture<Value> first = value.refresh(rejected, seconds(10), RefreshableTest::timeout);
    CompletableFuture<Value> second = value.refresh(rejected, seconds(10), RefreshableTest::timeout);
    assertThat(fetches).hasSize(2);
    fetches.get(1).complete(new Value(2));

    assertThat(first.join()).isEqualTo(new Value(2));
    assertThat(second.join()).isEqualTo(new Value(2));
    assertThat(value.refresh(rejected, seconds(10), RefreshableTest::timeout).join()).isEqualTo(new Value(2));
    assertThat(fetches).hasSize(2);
  }

  @Test
  void aFailedFetchIsForgottenSoTheNextCallTriesAgain() {
    value.get(seconds(10), RefreshableTest::timeout);
    fetches.get(0).completeExceptionally(new IllegalStateException("down"));
    usable.set(false);

    CompletableFuture<Value> retry = value.get(seconds(10), RefreshableTest::timeout);

    assertThat(fetches).hasSize(2);
    fetches.get(1).complete(new Value(3));
    assertThat(retry.join()).isEqualTo(new Value(3));
  }
}
