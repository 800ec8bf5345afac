package io.cityservices.core;

import io.cityservices.core.internal.async.Deadlines;
import java.util.concurrent.CompletableFuture;

/**
 * The blocking form of an asynchronous SDK call. Every service interface writes its blocking methods
 * as {@code Blocking.await(xxxAsync(...))}, so each operation builds its request once and the two
 * forms cannot drift apart.
 */
public final class Blocking {

  private Blocking() {}

  /**
   * Waits for {@code call} and returns its result. The exception that failed the future is thrown as
   * it is, never wrapped in a {@code CompletionException}: the same typed
   * {@link io.cityservices.core.error.CityServicesException} (or {@code NullPointerException} for a
   * null argument) the call documents. The call's own deadline bounds the wait.
   *
   * @param call a future returned by an SDK {@code ...Async} method
   * @param <T> the result type
   * @return the call's result ({@code null} for calls completing a {@code CompletableFuture<Void>})
   * @throws io.cityservices.core.error.TransportException when the waiting thread is interrupted (the
   *     call is cancelled and the thread's interrupt flag is set again)
   * @throws NullPointerException if {@code call} is null
   */
  public static <T> T await(CompletableFuture<T> call) {
    return Deadlines.await(java.util.Objects.requireNonNull(call, "call"), "the call");
  }
}
