package io.cityservices.core.internal.http;

import java.util.concurrent.CompletableFuture;

/**
 * One stage of the request chain. A stage shapes the exchange, passes it to the stages inside it
 * with {@link Chain#proceed} and sees their result only after they accepted it (so nothing from a
 * response reaches a stage before verification, which sits just outside the send). It must not
 * block: waits are futures bounded by the call's deadline. The result is the response, or a
 * failure: a {@link io.cityservices.core.error.CityServicesException}, or an {@code AttemptFailure}
 * that tells the stages outside how the attempt failed.
 */
public interface Stage {

  CompletableFuture<IncomingResponse> handle(Exchange exchange, Chain next);
}
