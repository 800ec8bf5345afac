package io.cityservices.core.internal.async;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/** Callbacks on futures whose outcome is settled into another future. */
public final class Futures {

  private Futures() {}

  /**
   * Runs {@code action} with {@code source}'s outcome. The action is expected to complete
   * {@code owner}; if it throws instead, {@code owner} fails with that exception, so a broken
   * callback (a throwing interceptor or token store) fails the caller's future rather than leaving
   * it pending forever.
   */
  public static <T> void onComplete(
      CompletableFuture<T> source,
      CompletableFuture<?> owner,
      BiConsumer<? super @Nullable T, ? super @Nullable Throwable> action) {
    // The stage whenComplete returns can only repeat source's outcome: the callback never throws.
    Object unused =
        source.whenComplete(
            (value, failure) -> {
              try {
                action.accept(value, failure);
              } catch (RuntimeException e) {
                owner.completeExceptionally(e);
              }
            });
  }
}
