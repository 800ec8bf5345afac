package io.cityservices.spring;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The webhook endpoint of a WebFlux application: the same verification, answers and typed
 * application events as {@link CityServicesWebhookController} gives a Spring MVC application.
 * Verification may fetch the platform's key set and listeners may block, so each delivery is
 * handled on Reactor's bounded elastic scheduler, never on the event loop.
 */
final class CityServicesWebhookRouter {

  private final WebhookReceiver receiver;

  CityServicesWebhookRouter(WebhookReceiver receiver) {
    this.receiver = receiver;
  }

  RouterFunction<ServerResponse> route(String path) {
    return RouterFunctions.route(RequestPredicates.POST(path), this::receive);
  }

  private Mono<ServerResponse> receive(ServerRequest request) {
    return DataBufferUtils.join(request.bodyToFlux(DataBuffer.class))
        .map(CityServicesWebhookRouter::bytes)
        .defaultIfEmpty(new byte[0])
        .publishOn(Schedulers.boundedElastic())
        .map(body -> receiver.receive(body, request.headers().asHttpHeaders().toSingleValueMap()))
        .flatMap(status -> ServerResponse.status(status).build());
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }
}
