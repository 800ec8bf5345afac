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
    return Deadlines.within(
        next.proceed(exchange),
        call.deadline(),
        () -> {
          // Before the caller hears of the timeout, so nothing of the call outlives its answer.
          call.cancel();
          return call.deadlinePassed("a response");
        });
  }
}
