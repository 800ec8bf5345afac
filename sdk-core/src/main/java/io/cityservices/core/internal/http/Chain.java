package io.cityservices.core.internal.http;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The stages inside the current one; immutable. */
public final class Chain {

  private final List<Stage> stages;
  private final int index;

  Chain(List<Stage> stages, int index) {
    this.stages = stages;
    this.index = index;
  }

  /** Runs the next stage; a stage that throws instead of failing its future fails it all the same. */
  public CompletableFuture<IncomingResponse> proceed(Exchange exchange) {
    if (index >= stages.size()) {
      return CompletableFuture.failedFuture(new IllegalStateException("no stage sends the request"));
    }
    try {
      return stages.get(index).handle(exchange, new Chain(stages, index + 1));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
