package io.cityservices.core.internal.http;

import io.cityservices.core.internal.async.Deadlines;
import java.util.concurrent.CompletableFuture;

/**
 * Outermost: ends the call with an {@code ApiTimeoutException} when its deadline passes, whatever
 * the stages inside are waiting for, and cancels what they still run.
 */
final class DeadlineStage implements Stage {

  @Override
  public CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next) {
    CallContext call = exchange.call();
    CompletableFuture<IncomingResponse> inner = next.proceed(exchange);
    CompletableFuture<IncomingResponse> bounded =
        Deadlines.within(inner, call.deadline(), () -> call.deadlinePassed("a response"));
    bounded.whenComplete(
        (r, t) -> {
          if (!inner.isDone()) {
            call.cancel();
          }
        });
    return bounded;
  }
}
